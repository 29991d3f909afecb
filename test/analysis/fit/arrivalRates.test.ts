/**
 * Arrival rates by time of day recover the profile that generated the arrivals: the
 * exact Poisson intervals hold the true rate at least at their nominal rate over many
 * seeds, weekdays are told apart, and the result is a valid blueprint rate profile.
 */
import { describe, expect, it } from 'vitest';
import { Arrivals } from '../../../src/model/index.ts';
import { Random } from '../../../src/sim/random.ts';
import {
  ArrivalCounts,
  fitArrivalRates,
  formatTimeOfDay,
  toRateProfile,
  weekdayOf,
} from '../../../src/analysis/fit/index.ts';

/** Rates per hour by period of the day, minutes after midnight. */
type Profile = readonly { from: number; to: number; perHour: number }[];

const BRANCH: Profile = [
  { from: 540, to: 660, perHour: 40 },
  { from: 660, to: 780, perHour: 70 },
  { from: 780, to: 1020, perHour: 30 },
];

/** Poisson arrivals, period by period, from exponential gaps. */
function arrive(counts: ArrivalCounts, date: string, profile: Profile, random: Random) {
  for (const { from, to, perHour } of profile) {
    let t = from;
    for (;;) {
      t += (-Math.log(random.next()) * 60) / perHour;
      if (t >= to) break;
      counts.add(date, t);
    }
  }
}

function dates(first: string, days: number): string[] {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) => {
    const day = d + i; // the tests stay within one month
    return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

const trueRate = (profile: Profile, minute: number) =>
  profile.find((p) => p.from <= minute && minute < p.to)?.perHour ?? 0;

describe('arrival rates by time of day', () => {
  it('Garwood intervals hold the true rate at least 95 % of the time, over 200 seeds', () => {
    let hits = 0;
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const counts = new ArrivalCounts({ binMinutes: 30, from: 540, to: 1020 });
      const random = new Random(seed, 0, 'arrivals');
      for (const date of dates('2026-03-02', 5)) arrive(counts, date, BRANCH, random);
      const [group] = fitArrivalRates(counts);
      for (const bin of group!.bins) {
        const truth = trueRate(BRANCH, bin.from);
        total++;
        if (bin.perHour.lower <= truth && truth <= bin.perHour.upper) hits++;
      }
    }
    // Garwood's interval is conservative: coverage at or a little above 95 %.
    expect(hits / total).toBeGreaterThanOrEqual(0.94);
    expect(hits / total).toBeLessThanOrEqual(0.99);
  });

  it('the estimates converge on the truth with more days', () => {
    const counts = new ArrivalCounts({ binMinutes: 60, from: 540, to: 1020 });
    const random = new Random(3, 0, 'arrivals');
    for (const date of dates('2026-03-01', 28)) arrive(counts, date, BRANCH, random);
    const [group] = fitArrivalRates(counts);
    for (const bin of group!.bins) {
      const truth = trueRate(BRANCH, bin.from);
      expect(Math.abs(bin.perHour.value - truth) / truth).toBeLessThan(0.2);
      expect(bin.perHour.upper - bin.perHour.lower).toBeLessThan(0.4 * truth);
      // Poisson days: the dispersion index is near 1.
      expect(bin.dispersion!).toBeGreaterThan(0.3);
      expect(bin.dispersion!).toBeLessThan(2.5);
    }
    expect(group!.dates.length).toBe(28);
  });

  it('tells weekdays apart: a Saturday peak shows only in the Saturday group', () => {
    const counts = new ArrivalCounts({ binMinutes: 60, from: 540, to: 1020 });
    const random = new Random(5, 0, 'arrivals');
    const saturday: Profile = [{ from: 540, to: 1020, perHour: 120 }];
    for (const date of dates('2026-03-02', 28)) {
      arrive(counts, date, weekdayOf(date) === 'sat' ? saturday : BRANCH, random);
    }
    const groups = fitArrivalRates(counts, { groupBy: 'weekday' });
    expect(groups.map((g) => g.key).sort()).toEqual([
      'fri',
      'mon',
      'sat',
      'sun',
      'thu',
      'tue',
      'wed',
    ]);
    const sat = groups.find((g) => g.key === 'sat')!;
    expect(sat.dates.length).toBe(4);
    for (const bin of sat.bins) expect(bin.perHour.lower).toBeGreaterThan(90);
    const split = fitArrivalRates(counts, { groupBy: 'workday-weekend' });
    expect(split.find((g) => g.key === 'weekend')!.dates.length).toBe(8);
    const own = fitArrivalRates(counts, { groupBy: (d) => (d < '2026-03-16' ? 'early' : 'late') });
    expect(own.map((g) => g.dates.length)).toEqual([14, 14]);
  });

  it('counts a day with no arrivals in the exposure, and arrivals outside the window apart', () => {
    const counts = new ArrivalCounts({ binMinutes: 60, from: 540, to: 600 });
    counts.add('2026-03-02', 545);
    counts.add('2026-03-02', 550);
    counts.add('2026-03-02', 700);
    counts.addDay('2026-03-03');
    const [group] = fitArrivalRates(counts);
    expect(counts.outside).toBe(1);
    expect(group!.bins[0]!.count).toBe(2);
    expect(group!.bins[0]!.perHour.value).toBe(1); // 2 arrivals over 2 days of one hour
    expect(group!.bins[0]!.dispersion).toBe(2); // counts 2 and 0: variance 2, mean 1
  });

  it('an empty bin has rate 0 with an upper bound from no events: −ln(α/2) per exposure', () => {
    const counts = new ArrivalCounts({ binMinutes: 60, from: 540, to: 660 });
    counts.add('2026-03-02', 545);
    const [group] = fitArrivalRates(counts);
    const empty = group!.bins[1]!;
    expect(empty.perHour).toEqual({
      value: 0,
      lower: 0,
      upper: expect.closeTo(-Math.log(0.025), 9),
    });
  });

  it('writes a valid blueprint rate profile, empty ends left out', () => {
    const counts = new ArrivalCounts({ binMinutes: 45, from: 480, to: 1080 });
    const random = new Random(9, 0, 'arrivals');
    for (const date of dates('2026-03-02', 5)) arrive(counts, date, BRANCH, random);
    const [group] = fitArrivalRates(counts);
    const profile = toRateProfile(group!, 'c-take-number')!;
    expect(Arrivals.safeParse(profile).success).toBe(true);
    // Bins 08:00–08:45 (nobody: the branch opens at 09:00), 08:45–09:30, …, 16:15–17:00,
    // 17:00–17:45 and 17:45–18:00 (nobody).
    expect(profile.periods[0]!.from).toBe('08:45');
    expect(profile.periods.at(-1)!.to).toBe('17:00');
    expect(profile.periods.length).toBe(11);
    const full = toRateProfile(group!, 'c-take-number', { keepEmptyEnds: true })!;
    expect(full.periods[0]).toEqual({ from: '08:00', to: '08:45', perHour: 0 });
    expect(full.periods.at(-1)!.to).toBe('18:00');
  });

  it('refuses bad bins and malformed dates with the value named', () => {
    expect(() => new ArrivalCounts({ binMinutes: 0 })).toThrow(/binMinutes/);
    expect(() => new ArrivalCounts({ binMinutes: 30, from: 600, to: 600 })).toThrow(/from and to/);
    const counts = new ArrivalCounts({ binMinutes: 30 });
    expect(() => counts.add('2026-02-29', 600)).toThrow(/"2026-02-29"/);
    expect(() => counts.add('3/2/2026', 600)).toThrow(/"3\/2\/2026"/);
  });
});

describe('dates and times of day', () => {
  it('weekdays of known dates, leap days included', () => {
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('2000-02-29')).toBe('tue');
    expect(weekdayOf('2026-12-03')).toBe('thu');
    expect(weekdayOf('2024-12-31')).toBe('tue');
    expect(weekdayOf('1900-03-01')).toBe('thu');
  });

  it('formats minutes as the blueprint’s HH:MM, 24:00 included', () => {
    expect(formatTimeOfDay(0)).toBe('00:00');
    expect(formatTimeOfDay(545)).toBe('09:05');
    expect(formatTimeOfDay(1440)).toBe('24:00');
    expect(() => formatTimeOfDay(12.5)).toThrow(RangeError);
  });
});
