/**
 * Windows open over the day from service intervals: a known schedule of open windows,
 * each serving customers back to back with random service times, is recovered bin by
 * bin, busy time is measured, and the result is a valid pool capacity schedule.
 */
import { describe, expect, it } from 'vitest';
import { ResourcePool } from '../../../src/model/index.ts';
import { Random } from '../../../src/sim/random.ts';
import {
  WindowActivity,
  fitStaffing,
  toCapacitySchedule,
} from '../../../src/analysis/fit/index.ts';

/** Windows open by period (minutes after midnight). */
const SCHEDULE = [
  { from: 540, to: 720, windows: 3 },
  { from: 720, to: 840, windows: 5 },
  { from: 840, to: 1020, windows: 2 },
];

/**
 * Each open window serves one customer after another: service exponential with mean 4,
 * a gap before the next exponential with mean `idle` (the window waits for a customer).
 */
function serve(activity: WindowActivity, date: string, random: Random, idle: number) {
  for (const { from, to, windows } of SCHEDULE) {
    for (let w = 0; w < windows; w++) {
      let t = from;
      for (;;) {
        t += -idle * Math.log(random.next());
        const end = t - 4 * Math.log(random.next());
        if (end > to) break;
        activity.add(date, t, end, `W${w + 1}`);
        t = end;
      }
    }
  }
}

const DATES = Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')}`);

describe('windows open from concurrent service', () => {
  it('recovers the schedule of open windows per 30-minute bin from 10 busy days', () => {
    const activity = new WindowActivity({ binMinutes: 30, from: 480, to: 1080 });
    const random = new Random(1, 0, 'staffing');
    for (const date of DATES) serve(activity, date, random, 1);
    const [group] = fitStaffing(activity);
    for (const bin of group!.bins) {
      const truth = SCHEDULE.find((p) => p.from <= bin.from && bin.from < p.to)?.windows ?? 0;
      expect(bin.open.median).toBe(truth);
      expect(bin.open.max).toBe(truth);
    }
    const pool = toCapacitySchedule(group!)!;
    expect(pool).toEqual({
      capacity: 2,
      schedule: [
        { from: '09:00', to: '12:00', capacity: 3 },
        { from: '12:00', to: '14:00', capacity: 5 },
        { from: '14:00', to: '17:00', capacity: 2 },
      ],
    });
    const parsed = ResourcePool.safeParse({
      id: 'tellers',
      kind: 'staff',
      label: 'Tellers',
      ...pool,
    });
    expect(parsed.success).toBe(true);
  });

  it('measures busy windows: utilisation near service / (service + idle)', () => {
    const activity = new WindowActivity({ binMinutes: 60, from: 540, to: 1020 });
    const random = new Random(2, 0, 'staffing');
    for (const date of DATES) serve(activity, date, random, 1);
    const [group] = fitStaffing(activity);
    for (const bin of group!.bins) {
      // Renewal: a window is busy 4 / (4 + 1) of the time (less the cut-off at period ends).
      expect(bin.utilisation).toBeGreaterThan(0.7);
      expect(bin.utilisation).toBeLessThan(0.85);
      expect(bin.meanBusy).toBeCloseTo(bin.utilisation * bin.open.mean, 12);
    }
  });

  it('quiet windows serve nobody in some short bins: longer bins recover them', () => {
    // A window serves one customer every 16 minutes on average (4 serving, 12 idle).
    const count = (binMinutes: number) => {
      const activity = new WindowActivity({ binMinutes, from: 540, to: 1020 });
      const random = new Random(3, 0, 'staffing');
      for (const date of DATES) serve(activity, date, random, 12);
      const [group] = fitStaffing(activity);
      return group!.bins.filter((b) => b.from >= 720 && b.to <= 840);
    };
    const short = count(15);
    expect(short.some((b) => b.open.median < 5)).toBe(true);
    // A window counts only in the bins where it took a customer or served throughout.
    for (const bin of short) expect(bin.open.max).toBeGreaterThanOrEqual(4);
    for (const bin of count(60)) expect(bin.open.median).toBe(5);
  });

  it('clips services to the window, splits them over bins, and counts what it refuses', () => {
    const activity = new WindowActivity({ binMinutes: 60, from: 540, to: 660 });
    expect(activity.add('2026-03-02', 530, 545, 'A')).toBe(true); // runs into 09:00–10:00
    expect(activity.add('2026-03-02', 590, 610, 'B')).toBe(true); // busy in both, open in the first
    expect(activity.add('2026-03-02', 600, 600, 'C')).toBe(true); // no length: 10:00–11:00
    expect(activity.add('2026-03-02', 500, 540, 'D')).toBe(false); // ends as the first bin starts
    expect(activity.add('2026-03-02', 660, 670, 'E')).toBe(false); // after the last bin
    expect(activity.add('2026-03-02', 620, 610, 'F')).toBe(false); // ends before it starts
    expect([activity.outside, activity.refused]).toEqual([2, 1]);
    expect(activity.on('2026-03-02')).toEqual({ open: [2, 1], busyMinutes: [15, 10] });
    expect(activity.windows()).toEqual(['A', 'B', 'C']);
  });

  it('groups days like the arrival rates do', () => {
    const activity = new WindowActivity({ binMinutes: 60, from: 540, to: 600 });
    activity.add('2026-03-07', 545, 550, 'A'); // a Saturday
    activity.add('2026-03-09', 545, 550, 'A'); // a Monday
    activity.add('2026-03-09', 545, 550, 'B');
    const groups = fitStaffing(activity, { groupBy: 'workday-weekend' });
    expect(groups.map((g) => [g.key, g.bins[0]!.open.median])).toEqual([
      ['weekend', 1],
      ['workday', 2],
    ]);
  });

  it('has no schedule when no window served', () => {
    const activity = new WindowActivity({ binMinutes: 60 });
    activity.addDay('2026-03-02');
    const [group] = fitStaffing(activity);
    expect(toCapacitySchedule(group!)).toBeUndefined();
  });
});

describe('windows open, counted in bit sets', () => {
  it('counts the distinct windows of each bin as a set would, past 32 and 64 windows', () => {
    const activity = new WindowActivity({ binMinutes: 30 });
    const expected = new Map<string, Set<string>[]>();
    const random = new Random(5, 0, 'windows');
    for (let i = 0; i < 3000; i++) {
      // Windows appear one by one, so the bit sets widen while dates already hold bits.
      const window = `W${Math.floor(random.next() * Math.min(70, 1 + i / 20))}`;
      const date = `2026-03-0${1 + Math.floor(random.next() * 3)}`;
      const start = 540 + random.next() * 480;
      const end = start + random.next() * 40;
      activity.add(date, start, end, window);
      const bins = expected.get(date) ?? Array.from({ length: 48 }, () => new Set<string>());
      expected.set(date, bins);
      // Open where the service started, and in a bin it ran through.
      bins[Math.floor(start / 30)]!.add(window);
      for (let b = Math.floor(start / 30) + 1; (b + 1) * 30 <= end; b++) bins[b]!.add(window);
    }
    expect(activity.windows()).toHaveLength(70);
    for (const [date, bins] of expected)
      expect(activity.on(date)!.open).toEqual(bins.map((set) => set.size));
  });
});
