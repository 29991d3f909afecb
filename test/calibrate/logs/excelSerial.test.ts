/**
 * Excel serial dates (a spreadsheet's date-time cells exported to CSV as numbers: 46083 is
 * 2 March 2026, .375 is 09:00) are read in a column whose first number is one, and the
 * summary says which columns were read so; a column of other numbers is not.
 */
import { describe, expect, it } from 'vitest';
import { dayNumberOf, parseExcelSerial } from '../../../src/calibrate/logs/index.ts';
import { readAll, ticketCsv, utf8 } from './support.ts';

const MARCH_2 = dayNumberOf(2026, 3, 2)!;

describe('Excel serial numbers', () => {
  it('reads a serial as a date, a date and time, or a time of day', () => {
    expect(parseExcelSerial('46083')).toEqual({ kind: 'date', dayNumber: MARCH_2 });
    expect(parseExcelSerial('46083.375')).toEqual({
      kind: 'datetime',
      dayNumber: MARCH_2,
      minutes: 540,
    });
    // 09:15:30 as Excel writes it, to 10 significant digits: read to the millisecond.
    const value = parseExcelSerial('46083.38576388889');
    expect(value).toMatchObject({ kind: 'datetime', dayNumber: MARCH_2 });
    expect(value?.kind === 'datetime' && value.minutes).toBeCloseTo(555.5, 6);
    expect(parseExcelSerial('0.5')).toEqual({ kind: 'time', minutes: 720 });
  });

  it('leaves alone what is not a serial of this era', () => {
    for (const text of ['930', '1.5', '20260302', '-46083', '4.6e4', '46083,5', ''])
      expect(parseExcelSerial(text)).toBeUndefined();
  });

  it('reads a ticket log whose times are serials, and names those columns in the summary', async () => {
    const { tickets, result, issues } = await readAll(
      ticketCsv(
        '46083,A001,存款,46083.375,46083.37847222222,46083.37916666667,46083.38541666667,1,G1,已办结',
        '46083,A002,存款,46083.5,,,,,,过号',
      ),
    );
    expect(issues).toEqual([]);
    expect(tickets[0]).toMatchObject({
      day: '2026-03-02',
      ticketAt: 540,
      calledAt: expect.closeTo(545, 6),
      startAt: expect.closeTo(546, 6),
      endAt: expect.closeTo(555, 6),
    });
    expect(tickets[1]).toMatchObject({ ticketAt: 720, outcome: 'abandoned' });
    // The date column is not read when the ticket time carries its date.
    expect(result.ok && result.summary.excelSerialColumns).toEqual([
      '取号时间',
      '叫号时间',
      '开始办理时间',
      '办结时间',
    ]);
  });

  it('reads a serial date column beside times of day, written as text or as fractions', async () => {
    const { tickets, result } = await readAll(
      ticketCsv(
        '46083,A001,存款,09:00:00,09:05:00,09:06:00,09:15:00,1,G1,已办结',
        '46084,A002,存款,0.375,0.4375,,,,,过号',
      ),
    );
    expect(tickets.map((t) => [t.day, t.ticketAt])).toEqual([
      ['2026-03-02', 540],
      ['2026-03-03', 540],
    ]);
    expect(tickets[1]!.calledAt).toBeCloseTo(630, 6);
    expect(result.ok && result.summary.excelSerialColumns).toEqual([
      '日期',
      '取号时间',
      '叫号时间',
    ]);
  });

  it('decides by the column: one whose first number is no serial reads none', async () => {
    const { tickets, issues, result } = await readAll(
      utf8(
        [
          'ticket,issue time,end time',
          'A1,2026-03-02 09:00:00,930',
          'A2,2026-03-02 09:10:00,46083.4',
          'A3,46083.4,2026-03-02 09:50:00',
        ].join('\n'),
      ),
    );
    expect(issues.map((i) => [i.row, i.code, i.params.column])).toEqual([
      [2, 'bad-time', 'end time'],
      [3, 'bad-time', 'end time'],
    ]);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ row: 4, ticketAt: expect.closeTo(576, 6), endAt: 590 });
    expect(result.ok && result.summary.excelSerialColumns).toEqual(['issue time']);
  });

  it('reads a column of zero-padded digit clocks (HHMMSS, HHMM) as times, not serials', async () => {
    const { tickets, issues, result } = await readAll(
      utf8(
        [
          'date,ticket,issue time,end time',
          '2026-03-02,A1,093015,0945',
          '2026-03-02,A2,101000,102030',
          '2026-03-02,A3,93015,102030',
        ].join('\n'),
      ),
    );
    expect(tickets.map((t) => [t.row, t.ticketAt, t.endAt])).toEqual([
      [2, 570.25, 585],
      [3, 610, expect.closeTo(620.5, 9)],
    ]);
    // A number that lost its leading zero is left out: 93015 may not be 09:30:15.
    expect(issues.map((i) => [i.row, i.code, i.params.value])).toEqual([[4, 'bad-time', '93015']]);
    expect(result.ok && result.summary.excelSerialColumns).toBeUndefined();
  });

  it('reads serials in an event log, and its summary leaves the field out when none were', async () => {
    const { activities, result } = await readAll(
      utf8(
        [
          'case_id,activity,start_timestamp,complete_timestamp',
          'LN1,Intake,46083.375,46083.38333333333',
        ].join('\n'),
      ),
    );
    expect(activities[0]).toMatchObject({ startAt: 540, completeAt: expect.closeTo(552, 6) });
    expect(result.ok && result.summary.excelSerialColumns).toEqual([
      'start_timestamp',
      'complete_timestamp',
    ]);
    const plain = await readAll(
      ticketCsv('2026-03-02,A001,存款,09:01:10,09:03:00,09:03:20,09:08:45,1,G1021,已办结'),
    );
    expect(plain.result.ok && 'excelSerialColumns' in plain.result.summary).toBe(false);
  });
});
