/**
 * Choosing the days after the log was read (the Calibrate dialog): a calendar kind gives
 * the same profile as `calibrate --day-type`; a day type of the blueprint fits the plain
 * profile from the other days and its `arrivalFactor` from its own, whose interval holds
 * the generating factor about 95 % of the time over many seeds; the weekdays' table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArrivalCounts } from '../../src/analysis/fit/index.ts';
import {
  type CalibrationFits,
  applyCalibration,
  chooseArrivals,
  calendarChoices,
  createCalibrationCollector,
  fitCollected,
  weekdayRows,
  withDayChoice,
} from '../../src/calibrate/index.ts';
import { readLog } from '../../src/calibrate/logs/index.ts';
import { loadBlueprintText, loadBlueprintValue } from '../../src/model/index.ts';
import { Random } from '../../src/sim/random.ts';
import { chunked, utf8 } from './logs/support.ts';

const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
if (!loaded.ok) throw new Error('counter-deposit does not load');
const deposit = loaded.blueprint;

/** The weekdays of three weeks from Monday 2 March 2026. */
const DATES = Array.from({ length: 21 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 2, 2 + i));
  return date.getUTCDay() % 6 === 0 ? '' : date.toISOString().slice(0, 10);
}).filter((date) => date !== '');

/** Poisson arrivals 09:00–17:00 at `perHour`, times `factor` on the `busy` dates. */
function poissonDays(seed: number, perHour: number, factor: number, busy: ReadonlySet<string>) {
  const counts = new ArrivalCounts({ binMinutes: 60, from: 540, to: 1020 });
  const random = new Random(seed, 0, 'day-choice');
  for (const date of DATES) {
    counts.addDay(date);
    const rate = perHour * (busy.has(date) ? factor : 1);
    for (let t = 540; ;) {
      t += (-Math.log(random.next()) * 60) / rate;
      if (t >= 1020) break;
      counts.add(date, t);
    }
  }
  return counts.daily();
}

const MONTH_END = new Set(['2026-03-02', '2026-03-03', '2026-03-19', '2026-03-20']);

describe('a day type of the blueprint', () => {
  it('holds the generating arrival factor in its interval about 95 % of the time (300 seeds)', () => {
    let hits = 0;
    const factors: number[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const daily = poissonDays(seed, 12, 1.5, MONTH_END);
      const chosen = chooseArrivals(
        daily,
        [],
        { kind: 'blueprint', dayType: 'month-end', dates: [...MONTH_END] },
        0.95,
      );
      const { factor } = chosen.dayFactor!;
      factors.push(factor.value);
      if (factor.lower <= 1.5 && 1.5 <= factor.upper) hits++;
      expect(factor.lower).toBeLessThan(factor.value);
      expect(factor.value).toBeLessThan(factor.upper);
    }
    // Binomial(300, 0.95) lies in [272, 294] with probability above 0.99.
    expect(hits).toBeGreaterThanOrEqual(272);
    expect(hits).toBeLessThanOrEqual(294);
    const mean = factors.reduce((s, f) => s + f, 0) / factors.length;
    expect(mean).toBeGreaterThan(1.45);
    expect(mean).toBeLessThan(1.56);
  });

  it('fits the plain profile from the other days only', () => {
    const daily = poissonDays(7, 12, 3, MONTH_END);
    const chosen = chooseArrivals(
      daily,
      ['存款'],
      { kind: 'blueprint', dayType: 'month-end', dates: [...MONTH_END, '2027-01-01'] },
      0.95,
    );
    const factor = chosen.dayFactor!;
    expect(factor.dates).toEqual([...MONTH_END].sort()); // a date the log lacks is ignored
    expect(factor.others).toHaveLength(DATES.length - 4);
    const group = chosen.arrivals!.group;
    expect(group.dates).toEqual(factor.others);
    expect(group.total).toBe(factor.otherArrivals);
    expect(chosen.arrivals!.from).toEqual(['存款']);
    // 12 an hour on the plain days, 36 on month end: the profile is the plain days'.
    expect(group.total / group.dates.length / 8).toBeGreaterThan(10.5);
    expect(group.total / group.dates.length / 8).toBeLessThan(13.5);
    expect(factor.factor.value).toBeGreaterThan(2.6);
  });

  it('says what is missing: no day ticked, or every day ticked', () => {
    const daily = poissonDays(3, 12, 1, new Set());
    const none = chooseArrivals(
      daily,
      [],
      { kind: 'blueprint', dayType: 'pension', dates: [] },
      0.95,
    );
    expect(none.dayFactor).toBeUndefined();
    expect(none.arrivals!.group.dates).toHaveLength(DATES.length);
    expect(none.notes).toEqual([{ code: 'no-days-of-day-type', params: { dayType: 'pension' } }]);
    const all = chooseArrivals(
      daily,
      [],
      { kind: 'blueprint', dayType: 'pension', dates: DATES },
      0.95,
    );
    expect(all.arrivals).toBeUndefined();
    expect(all.dayFactor).toBeUndefined();
    expect(all.notes).toEqual([{ code: 'no-other-days', params: { dayType: 'pension' } }]);
  });
});

/** Three weeks of tickets 09:00–11:00, evenly spaced: 20 an hour on Mondays, 10 otherwise. */
function threeWeeks(): Uint8Array {
  let text = 'date,ticket time\n';
  for (const date of DATES) {
    const perHour = new Date(`${date}T00:00:00Z`).getUTCDay() === 1 ? 20 : 10;
    for (let i = 0; i < 2 * perHour; i++) {
      const minute = 540 + (i * 60) / perHour;
      const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      text += `${date},${clock}\n`;
    }
  }
  return utf8(text);
}

async function readThreeWeeks(dayType: 'all' | 'mon' = 'all') {
  const collector = createCalibrationCollector(deposit, {}, { binMinutes: 60 });
  const result = await readLog(chunked(threeWeeks()), {}, collector.handlers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const fits = fitCollected(deposit, collector.collected, 'queue', {}, { dayType });
  return { fits, summary: result.summary };
}

const perHourOf = (fits: CalibrationFits) => {
  const arrivals = applyCalibration(deposit, fits, {
    log: 'l.csv',
    summary: { kind: 'queue', reasons: [] } as never,
  }).arrivals;
  return arrivals?.type === 'profile' ? arrivals.periods.map((p) => p.perHour) : [];
};

describe('a calendar kind of day, chosen after reading', () => {
  it('gives the profile the command line writes for the same --day-type', async () => {
    const { fits } = await readThreeWeeks();
    const { fits: mondays } = await readThreeWeeks('mon');
    const chosen = withDayChoice(fits, { kind: 'calendar', dayType: 'mon' });
    expect(chosen.arrivals).toEqual(mondays.arrivals);
    expect(chosen.dayType).toBe('mon');
    expect(perHourOf(chosen)).toEqual([20, 20]);
    expect(perHourOf(withDayChoice(fits, { kind: 'calendar', dayType: 'all' }))).toEqual([12, 12]);
    const saturday = withDayChoice(fits, { kind: 'calendar', dayType: 'sat' });
    expect(saturday.arrivals).toBeUndefined();
    expect(saturday.notes).toContainEqual({ code: 'no-days-of-type', params: { dayType: 'sat' } });
  });

  it('offers only the kinds the log has days of', async () => {
    const { fits } = await readThreeWeeks();
    expect(calendarChoices(fits.daily!)).toEqual([
      'all',
      'workday',
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
    ]);
  });

  it('lists each weekday with its arrivals a day, interval and busiest hour', async () => {
    const { fits } = await readThreeWeeks();
    const rows = weekdayRows(fits);
    expect(rows.map((r) => [r.weekday, r.days, r.perDay.value])).toEqual([
      ['mon', 3, 40],
      ['tue', 3, 20],
      ['wed', 3, 20],
      ['thu', 3, 20],
      ['fri', 3, 20],
    ]);
    // Garwood's interval of 120 arrivals over 3 days.
    expect(rows[0]!.perDay.lower).toBeCloseTo(33.17, 1);
    expect(rows[0]!.perDay.upper).toBeCloseTo(47.83, 1);
    expect(rows[0]!.busiest).toEqual({ from: 540, to: 600, perHour: 20 });
  });
});

describe('applying a day type’s factor', () => {
  it('writes arrivalFactor with its provenance, the profile from the other days, valid', async () => {
    const { fits, summary } = await readThreeWeeks();
    const mondays = DATES.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1);
    const chosen = withDayChoice(fits, { kind: 'blueprint', dayType: 'pension', dates: mondays });
    expect(chosen.dayFactor!.factor.value).toBeCloseTo(2, 9);
    const calibrated = applyCalibration(deposit, chosen, { log: 'l.csv', summary });
    expect(calibrated.dayTypes!.find((d) => d.id === 'pension')!.arrivalFactor).toBe(2);
    // The other day types are left as they were.
    expect(calibrated.dayTypes!.find((d) => d.id === 'month-end')).toEqual(
      deposit.dayTypes!.find((d) => d.id === 'month-end'),
    );
    const arrivals = calibrated.arrivals;
    expect(arrivals?.type === 'profile' && arrivals.periods.map((p) => p.perHour)).toEqual([
      10, 10,
    ]);
    const value = calibrated.calibration!.values.find(
      (v) => v.target === 'dayTypes.pension.arrivalFactor',
    );
    expect(value).toMatchObject({ quantity: 'arrivals', observations: 360, mean: { value: 2 } });
    expect(value!.mean!.lower).toBeLessThan(2);
    expect(value!.mean!.upper).toBeGreaterThan(2);
    const check = loadBlueprintValue(calibrated);
    expect(check.ok && check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes nothing for a day type the blueprint does not have', async () => {
    const { fits, summary } = await readThreeWeeks();
    const chosen = withDayChoice(fits, { kind: 'blueprint', dayType: 'gone', dates: [DATES[0]!] });
    const calibrated = applyCalibration(deposit, chosen, { log: 'l.csv', summary });
    expect(calibrated.dayTypes).toEqual(deposit.dayTypes);
    expect(calibrated.calibration!.values.some((v) => v.target.startsWith('dayTypes'))).toBe(false);
  });
});
