import { describe, expect, it } from 'vitest';
import { describeRowIssue, inspectLog } from '../../../src/calibrate/logs/index.ts';
import { readAll, ticketCsv, utf8 } from './support.ts';

const SERVED = '2026-03-02,A001,存款,09:01:10,09:03:00,09:03:20,09:08:45,1,G1021,已办结';

/** The one issue a log of the header and `line` gives for that line (row 2). */
async function issueOf(line: string, settings = {}) {
  const { issues, result } = await readAll(ticketCsv(line), settings);
  expect(result.ok).toBe(true);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('queue-ticket rows', () => {
  it('reads a served ticket into minutes after midnight of its day', async () => {
    const { tickets, result } = await readAll(ticketCsv(SERVED));
    expect(tickets).toEqual([
      {
        row: 2,
        day: '2026-03-02',
        dayNumber: 20514,
        weekday: 1,
        ticket: 'A001',
        businessType: '存款',
        ticketAt: 541 + 1 / 6,
        calledAt: 543,
        startAt: 543 + 1 / 3,
        endAt: 548.75,
        window: '1',
        teller: 'G1021',
        outcome: 'served',
        outcomeInferred: false,
      },
    ]);
    expect(result.ok && result.summary).toMatchObject({ rows: 1, used: 1, skipped: 0, days: 1 });
  });

  it('carries a service past midnight onto the next day without a date', async () => {
    const { tickets } = await readAll(
      ticketCsv('2026-03-02,C001,转账汇款,23:55:00,00:04:00,00:04:30,00:12:10,4,G1024,已办结'),
    );
    expect(tickets[0]).toMatchObject({ ticketAt: 1435, calledAt: 1444, startAt: 1444.5 });
    expect(tickets[0]!.endAt).toBeCloseTo(1452 + 1 / 6, 9);
  });

  it.each([
    [
      '2026-03-02,A002,存款,,09:04,09:04:30,09:09,2,G1022,已办结',
      'missing-value',
      { column: '取号时间' },
    ],
    [
      '2026-03-02,A006,存款,9:75,10:50,10:50:20,10:55,1,G1021,已办结',
      'bad-time',
      { column: '取号时间', value: '9:75' },
    ],
    [
      '2026-03-02,A006,存款,10:45,10:50,10:50:20,soon,1,G1021,已办结',
      'bad-time',
      { column: '办结时间', value: 'soon' },
    ],
    [
      '03/02/2026,A003,存款,10:00,10:02,10:02:20,10:07,1,G1021,已办结',
      'ambiguous-date',
      { column: '日期' },
    ],
    [
      ',A010,存款,11:30,11:55,11:55:20,12:00,3,G1023,已办结',
      'missing-date',
      { column: '取号时间', value: '11:30' },
    ],
    [
      '2026-03-02,A004,存款,10:30,10:28,10:28:30,10:33,2,G1022,已办结',
      'time-order',
      { column: '叫号时间', other: '取号时间' },
    ],
    [
      '2026-03-02,A004,存款,10:30,10:31,10:40,10:35,2,G1022,已办结',
      'time-order',
      { column: '办结时间', other: '开始办理时间' },
    ],
    [
      '2026-03-02,A005,存款,10:40,10:45,10:45:20,10:50,2,G1022,待定',
      'unknown-outcome',
      { value: '待定' },
    ],
    [',,,,,,,,,', 'blank-row', {}],
    ['2026-03-02,B004,取款,11:15:00', 'wrong-field-count', { found: 4, expected: 10 }],
    [
      '2026-03-02,B004,取款,11:15,11:20,11:21,11:25,1,G1021,已办结,extra',
      'wrong-field-count',
      { found: 11, expected: 10 },
    ],
    ['2026-03-02,A003,存款,09:05,09:07,09:07:20,09:12,1,G1021,"已办结', 'bad-quotes', {}],
    [
      '2026-03-02,A007,存款,11:00,11:05,11:05:20,11:09,3,G1023,',
      'outcome-inferred',
      { outcome: 'served' },
    ],
    [
      '2026-03-02,A009,存款,11:25,11:52,11:52:20,,2,G1022,已办结',
      'incomplete',
      { column: '办结时间' },
    ],
  ])('«%s»: %s', async (line, code, params) => {
    const issue = await issueOf(line);
    expect(issue).toMatchObject({ row: 2, code, params });
    expect(issue.skipped).toBe(code !== 'outcome-inferred' && code !== 'incomplete');
    expect(describeRowIssue(issue, 'en')).not.toMatch(/\{\{/);
    expect(describeRowIssue(issue, 'zh-CN')).not.toMatch(/\{\{/);
  });

  it('reads day/month dates once the order is stated', async () => {
    const { tickets, issues } = await readAll(
      ticketCsv('02/03/2026,A003,存款,10:00,10:02,10:02:20,10:07,1,G1021,已办结'),
      { dateOrder: 'dmy' },
    );
    expect(issues).toEqual([]);
    expect(tickets[0]?.day).toBe('2026-03-02');
  });

  it('skips a duplicate ticket but not the same number on another day or called again', async () => {
    const { tickets, issues } = await readAll(
      ticketCsv(
        SERVED,
        SERVED,
        SERVED.replace('2026-03-02', '2026-03-03'),
        '2026-03-02,A001,存款,09:01:10,09:20:00,09:20:20,09:25:00,2,G1022,已办结',
      ),
    );
    expect(tickets.map((ticket) => ticket.row)).toEqual([2, 4, 5]);
    expect(issues).toEqual([
      {
        row: 3,
        code: 'duplicate',
        skipped: true,
        params: { what: 'ticket', key: 'A001', firstRow: 2 },
      },
    ]);
    expect(describeRowIssue(issues[0]!, 'en')).toBe('the same ticket A001 as row 2');
    expect(describeRowIssue(issues[0]!, 'zh-CN')).toBe('与第 2 行的票号「A001」重复');
  });

  it('takes the map’s own outcome words and infers outcomes without a status column', async () => {
    const own = await readAll(ticketCsv(SERVED.replace('已办结', '待定')), {
      map: {
        kind: 'queue',
        columns: {
          date: '日期',
          ticket: '票号',
          ticketTime: '取号时间',
          endTime: '办结时间',
          outcome: '状态',
        },
        outcomes: { 待定: 'transferred' },
      },
    });
    expect(own.tickets[0]).toMatchObject({ outcome: 'transferred', outcomeInferred: false });
    const header = 'date,issue time,call time,end time\n';
    const inferred = await readAll(
      utf8(`${header}2026-03-02,09:00,09:10,09:15\n2026-03-02,09:01,09:20,\n`),
    );
    expect(inferred.tickets.map((t) => [t.outcome, t.outcomeInferred])).toEqual([
      ['served', true],
      ['abandoned', true],
    ]);
    expect(inferred.issues).toEqual([]);
  });

  it('counts rows out of order and keeps them', async () => {
    const { result } = await readAll(
      ticketCsv(SERVED, '2026-03-02,A000,存款,08:59,09:00,09:00:20,09:04,4,G1024,已办结'),
    );
    expect(result.ok && result.summary).toMatchObject({ used: 2, outOfOrder: 1 });
  });

  it('turns instants into the stated zone’s wall clock', async () => {
    const csv = utf8('ticket,issue time,end time\nA1,2026-03-02T01:00:00Z,2026-03-02T01:05:00Z\n');
    const shanghai = await readAll(csv);
    expect(shanghai.tickets[0]).toMatchObject({ day: '2026-03-02', ticketAt: 540, endAt: 545 });
    const london = await readAll(csv, { timeZone: 'Europe/London' });
    expect(london.tickets[0]).toMatchObject({ ticketAt: 60, endAt: 65 });
  });
});

describe('event-log rows', () => {
  const header = 'case_id,activity,start_timestamp,complete_timestamp,resource';

  it('reads activities, a duration past midnight and a completion without a start', async () => {
    const { activities, issues } = await readAll(
      utf8(
        [
          header,
          'LN1,Intake,2026-03-02 09:00:00,2026-03-02 09:12:00,LO-01',
          'LN1,Underwriting,2026-03-02 23:50:00,2026-03-03 00:20:00,UW-01',
          'LN1,Disbursement,,2026-03-04 10:00:00,',
        ].join('\n'),
      ),
    );
    expect(issues).toEqual([]);
    expect(activities).toEqual([
      {
        row: 2,
        day: '2026-03-02',
        dayNumber: 20514,
        weekday: 1,
        caseId: 'LN1',
        activity: 'Intake',
        startAt: 540,
        completeAt: 552,
        resource: 'LO-01',
      },
      {
        row: 3,
        day: '2026-03-02',
        dayNumber: 20514,
        weekday: 1,
        caseId: 'LN1',
        activity: 'Underwriting',
        startAt: 1430,
        completeAt: 1460,
        resource: 'UW-01',
      },
      {
        row: 4,
        day: '2026-03-04',
        dayNumber: 20516,
        weekday: 3,
        caseId: 'LN1',
        activity: 'Disbursement',
        completeAt: 600,
      },
    ]);
  });

  it.each([
    [',Intake,2026-03-02 09:00,2026-03-02 09:12,LO-01', 'missing-value', { column: 'case_id' }],
    ['LN1,,2026-03-02 09:00,2026-03-02 09:12,LO-01', 'missing-value', { column: 'activity' }],
    ['LN1,Intake,2026-03-02 09:00,,LO-01', 'missing-value', { column: 'complete_timestamp' }],
    ['LN1,Intake,09:00,2026-03-02 09:12,LO-01', 'missing-date', { column: 'start_timestamp' }],
    [
      'LN1,Intake,2026-03-02 09:30,2026-03-02 09:12,LO-01',
      'time-order',
      { column: 'complete_timestamp' },
    ],
  ])('«%s»: %s', async (line, code, params) => {
    const { issues } = await readAll(utf8(`${header}\n${line}\n`));
    expect(issues).toMatchObject([{ row: 2, code, params, skipped: true }]);
  });

  it('skips a repeated activity instance', async () => {
    const line = 'LN1,Intake,2026-03-02 09:00,2026-03-02 09:12,LO-01';
    const { activities, issues } = await readAll(utf8(`${header}\n${line}\n${line}\n`));
    expect(activities).toHaveLength(1);
    expect(issues).toMatchObject([{ row: 3, code: 'duplicate', params: { firstRow: 2 } }]);
  });
});

describe('a log that cannot be read as asked', () => {
  it('says which required field is missing, with the suggestion to start from', async () => {
    const { result } = await readAll(utf8('票号,业务类型\nA1,存款\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: '$.columns',
        code: 'missing-required',
        params: { field: 'ticketTime', kind: 'queue' },
      },
    ]);
    expect(result.suggestion?.columns).toEqual({ ticket: 0, businessType: 1 });
  });

  it('says an empty file has no header, and refuses an unknown zone or encoding', async () => {
    const empty = await readAll(new Uint8Array(0));
    expect(!empty.result.ok && empty.result.problems[0]?.code).toBe('no-header');
    const zone = await readAll(ticketCsv(SERVED), { timeZone: 'Mars/Olympus' });
    expect(!zone.result.ok && zone.result.problems[0]?.code).toBe('bad-time-zone');
    const encoding = await readAll(ticketCsv(SERVED), { encoding: 'klingon' });
    expect(!encoding.result.ok && encoding.result.problems[0]?.code).toBe('bad-encoding');
  });
});

describe('a report with title rows above the header and a total below', () => {
  const report = [
    '城东支行排队叫号明细表,,,,,,,,,',
    '统计日期：2026-03-02,,,,,,,,,',
    '',
    '日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,柜员号,状态',
    SERVED,
    '合计,1,,,,,,,,',
  ].join('\n');

  it('finds the header under the titles, numbers rows from the top of the file and gives the total its reason', async () => {
    const { result, tickets, issues } = await readAll(utf8(report));
    expect(result.ok && result.headerRow).toBe(4);
    expect(tickets.map((ticket) => ticket.row)).toEqual([5]);
    expect(issues).toMatchObject([
      { row: 6, code: 'missing-value', params: { column: '取号时间' } },
    ]);
    const mapped = await readAll(utf8(report), {
      map: { kind: 'queue', columns: { date: 1, ticketTime: 4, endTime: 7 } },
    });
    expect(mapped.result.ok && mapped.result.headerRow).toBe(4);
    expect(mapped.tickets).toHaveLength(1);
  });

  it('the preview finds the same header', () => {
    const preview = inspectLog(utf8(report), { wholeFile: true });
    expect(preview.headerRow).toBe(4);
    expect(preview.header[3]).toBe('取号时间');
    expect(preview.rows).toHaveLength(2);
  });

  it('reports the first row’s problems when no row near the top can be the header', async () => {
    const { result } = await readAll(utf8('标题\n' + 'x,y\n'.repeat(12)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.header).toEqual(['标题']);
    expect(!result.ok && result.problems[0]?.code).toBe('missing-required');
  });
});
