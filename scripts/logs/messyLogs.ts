/**
 * Two small, deliberately messy queue-ticket logs, written out row by row so that each
 * problem sits on a known row (docs/calibration-logs.md lists them, the tests check each
 * one's reason). SYNTHETIC. `messy-tickets-gbk.csv`: GBK, Chinese headers, CRLF line
 * ends; `messy-tickets-bom.csv`: UTF-8 with a byte-order mark, English headers, times
 * with AM/PM and time-zone offsets.
 */

/** [row text, the reason the reader must give (undefined: used as it is)]. Row 1 is the header. */
export type MessyRow = [string, string | undefined];

export const MESSY_GBK_ROWS: MessyRow[] = [
  ['日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,柜员号,状态', undefined],
  ['2026-03-02,A001,存款,09:01:10,09:03:00,09:03:20,09:08:45,1,G1021,已办结', undefined],
  ['2026-03-02,A001,存款,09:01:10,09:03:00,09:03:20,09:08:45,1,G1021,已办结', 'duplicate'],
  ['2026-03-02,A002,存款,,09:04:00,09:04:30,09:09:00,2,G1022,已办结', 'missing-value'],
  ['2026/3/2,B001,取款,9:40,9:41,9:41:30,9:45,3,G1023,办结', undefined],
  ['2026年3月2日,B002,取款,9时45分,9时50分,9时50分30秒,9时55分,3,G1023,完成', undefined],
  ['03/02/2026,A003,存款,10:00:00,10:02:00,10:02:20,10:07:00,1,G1021,已办结', 'ambiguous-date'],
  ['2026-03-02,C001,转账汇款,23:55:00,00:04:00,00:04:30,00:12:10,4,G1024,已办结', undefined],
  ['2026-03-02,A004,存款,10:30:00,10:28:00,10:28:30,10:33:00,2,G1022,已办结', 'time-order'],
  ['2026-03-02,A005,存款,10:40:00,10:45:00,10:45:20,10:50:00,2,G1022,待定', 'unknown-outcome'],
  [',,,,,,,,,', 'blank-row'],
  ['2026-03-02,A000,存款,08:59:00,09:00:00,09:00:20,09:04:00,4,G1024,已办结', undefined],
  ['2026-03-02,A006,存款,9:75,10:50:00,10:50:20,10:55:00,1,G1021,已办结', 'bad-time'],
  ['2026-03-02,A007,存款,11:00:00,11:05:00,11:05:20,11:09:00,3,G1023,', 'outcome-inferred'],
  ['2026-03-02,B003,取款,11:10:00,11:20:00,11:20:20,11:22:00,4,G1024,转窗', undefined],
  ['2026-03-02,B004,取款,11:15:00', 'wrong-field-count'],
  ['2026-03-02,A008,存款,11:20:00,11:50:00,,,2,G1022,过号', undefined],
  ['2026-03-02,A009,存款,11:25:00,11:52:00,11:52:20,,2,G1022,已办结', 'incomplete'],
  [',A010,存款,11:30:00,11:55:00,11:55:20,12:00:00,3,G1023,已办结', 'missing-date'],
  ['2026-03-03,A001,存款,09:01:10,09:03:00,09:03:20,09:08:45,1,G1021,已办结', undefined],
  ['2026-03-03,A002,"存款,现金",09:02:00,09:04:00,09:04:20,09:09:00,2,G1022,已办结', undefined],
  ['2026-03-03,A003,存款,09:05:00,09:07:00,09:07:20,09:12:00,1,G1021,"已办结', 'bad-quotes'],
];

export const MESSY_BOM_ROWS: MessyRow[] = [
  [
    'Ticket No,Service Type,Issue Time,Call Time,Start Time,End Time,Counter,Teller ID,Status',
    undefined,
  ],
  [
    'A001,Deposit,2026-03-02 9:01:10 AM,2026-03-02 9:03:00 AM,2026-03-02 9:03:20 AM,2026-03-02 9:08:45 AM,1,T01,Served',
    undefined,
  ],
  [
    'A002,Deposit,2026-03-02T01:04:00Z,2026-03-02T01:06:00Z,2026-03-02T01:06:20Z,2026-03-02T01:11:00Z,2,T02,served',
    undefined,
  ],
  [
    'A002,Deposit,2026-03-02T01:04:00Z,2026-03-02T01:06:00Z,2026-03-02T01:06:20Z,2026-03-02T01:11:00Z,2,T02,served',
    'duplicate',
  ],
  ['B001,Withdrawal,2026-03-02 1:15:00 PM,2026-03-02 1:40:00 PM,,,3,T03,No-show', undefined],
  [
    'B002,Withdrawal,2026-03-02 11:58:00 PM,2026-03-03 12:06:00 AM,2026-03-03 12:06:20 AM,2026-03-03 12:10:00 AM,3,T03,Completed',
    undefined,
  ],
  ['B003,Withdrawal,2026-03-02 13:00:00,2026-03-02 12:00:00,,,1,T01,Abandoned', 'time-order'],
  [
    'C001,Transfer,,2026-03-02 14:00:00,2026-03-02 14:00:20,2026-03-02 14:06:00,2,T02,Served',
    'missing-value',
  ],
  ['C002,Transfer,2026-02-30 14:00:00,2026-02-30 14:01:00,,,2,T02,Abandoned', 'bad-time'],
  [
    'C003,Transfer,2026-03-02 14:10:00,2026-03-02 14:12:00,2026-03-02 14:12:20,2026-03-02 14:18:00,4,T04,Transferred',
    undefined,
  ],
];
