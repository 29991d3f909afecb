import { describe, expect, it } from 'vitest';
import { dayNumberOf, parseTimeValue, zoneClock } from '../../../src/calibrate/logs/index.ts';

const day = dayNumberOf(2026, 3, 2)!;
const at = (h: number, m: number, s = 0): number => h * 60 + m + s / 60;

describe('date and time cells', () => {
  it.each([
    ['2026-03-02 09:15:30', at(9, 15, 30)],
    ['2026/3/2 9:15', at(9, 15)],
    ['2026.03.02T09:15:30', at(9, 15, 30)],
    ['2026-03-02T09:15:30.500', at(9, 15, 30.5)],
    ['2026年3月2日 9时15分', at(9, 15)],
    ['2026年3月2日 9时15分30秒', at(9, 15, 30)],
    ['20260302091530', at(9, 15, 30)],
    ['2026-03-02 9:15:30 PM', at(21, 15, 30)],
    ['2026-03-02 12:05 AM', at(0, 5)],
    ['2026-03-02 下午2:15', at(14, 15)],
    ['2026-03-02 中午12:10', at(12, 10)],
    ['2026-03-02 25:10', at(25, 10)],
    ['2026-03-02 093015', at(9, 30, 15)],
    ['2026/3/2 0930', at(9, 30)],
  ])('reads «%s» as a date and a time', (text, minutes) => {
    const value = parseTimeValue(text);
    expect(value.kind).toBe('datetime');
    if (value.kind !== 'datetime') return;
    expect(value.dayNumber).toBe(day);
    expect(value.minutes).toBeCloseTo(minutes, 9);
    expect(value.offset).toBeUndefined();
  });

  it.each([
    ['09:15', at(9, 15)],
    ['9:15:30', at(9, 15, 30)],
    ['9:15:30 am', at(9, 15, 30)],
    ['下午 2:15', at(14, 15)],
    ['24:05:00', at(24, 5)],
    ['093015', at(9, 30, 15)],
    ['171500', at(17, 15)],
    ['0930', at(9, 30)],
    ['2359', at(23, 59)],
  ])('reads «%s» as a time alone', (text, minutes) => {
    expect(parseTimeValue(text)).toEqual({ kind: 'time', minutes: expect.closeTo(minutes, 9) });
  });

  it.each(['2026-03-02', '2026/3/2', '2026年3月2日', '20260302'])(
    'reads «%s» as a date alone',
    (text) => {
      expect(parseTimeValue(text)).toEqual({ kind: 'date', dayNumber: day });
    },
  );

  it('keeps a stated offset for the zone to resolve', () => {
    expect(parseTimeValue('2026-03-02T01:15:30Z')).toEqual({
      kind: 'datetime',
      dayNumber: day,
      minutes: at(1, 15, 30),
      offset: 0,
    });
    expect(parseTimeValue('2026-03-02 09:15:30+08:00')).toMatchObject({ offset: 480 });
    expect(parseTimeValue('2026-03-02T09:15:30-0530')).toMatchObject({ offset: -330 });
  });

  it('refuses day/month against month/day unless the order is stated', () => {
    expect(parseTimeValue('03/02/2026 10:00')).toEqual({
      kind: 'invalid',
      reason: 'ambiguous-date',
    });
    expect(parseTimeValue('02/03/2026 10:00', 'dmy')).toEqual({
      kind: 'datetime',
      dayNumber: day,
      minutes: 600,
    });
    expect(parseTimeValue('3/2/2026 10:00', 'mdy')).toEqual({
      kind: 'datetime',
      dayNumber: day,
      minutes: 600,
    });
  });

  it.each([
    '',
    'soon',
    '2026-02-30 10:00',
    '2026-13-01',
    '9:75',
    '25:00 PM',
    '48:00',
    '2026-03-02 10:00+19:00',
    '13:00 上午',
    '096015', // 60 minutes
    '093075',
    '4815',
    '93015', // a number that lost its leading zero
    '930',
    '0930150',
  ])('refuses «%s»', (text) => {
    expect(parseTimeValue(text)).toEqual({ kind: 'invalid', reason: 'bad-time' });
  });
});

describe('the stated time zone', () => {
  it('turns instants into wall-clock minutes of fixed offsets and named zones', () => {
    const utc = dayNumberOf(2026, 3, 2)! * 1440 + 60; // 01:00Z
    expect(zoneClock('UTC')!(utc)).toBe(utc);
    expect(zoneClock('+08:00')!(utc)).toBe(utc + 480);
    expect(zoneClock('-0530')!(utc)).toBe(utc - 330);
    expect(zoneClock('Asia/Shanghai')!(utc)).toBe(utc + 480);
    // New York: UTC−5 in winter, UTC−4 after the change on 8 March 2026.
    expect(zoneClock('America/New_York')!(utc)).toBe(utc - 300);
    const summer = dayNumberOf(2026, 7, 1)! * 1440 + 60;
    expect(zoneClock('America/New_York')!(summer)).toBe(summer - 240);
  });

  it('knows no zone by a made-up name', () => {
    expect(zoneClock('Mars/Olympus')).toBeUndefined();
    expect(zoneClock('+25:00')).toBeUndefined();
  });
});
