/**
 * The arrival clock remembers the stretch of the day it last looked up (arrivalTimes.ts);
 * it must draw exactly the times a fresh search at every arrival draws, to the last bit,
 * across period starts and ends, gaps between periods, days and rate changes.
 */
import { describe, expect, it } from 'vitest';
import { ArrivalClock, nextArrival } from '../../src/sim/arrivalTimes.ts';
import type { RatePeriod } from '../../src/sim/model.ts';
import { Random } from '../../src/sim/random.ts';

/** Arrivals from `start` until `end` through one clock, the multiplier changing as given. */
function remembered(
  periods: RatePeriod[],
  start: number,
  end: number,
  multiplierAt: (index: number) => number,
): number[] {
  const clock = new ArrivalClock(periods, end, new Random(7, 0, 'clock'));
  const times: number[] = [];
  for (let t = clock.next(start, multiplierAt(0)); t < Infinity;) {
    times.push(t);
    t = clock.next(t, multiplierAt(times.length));
  }
  return times;
}

/** The same arrivals, each found by a fresh search of the periods. */
function searched(
  periods: RatePeriod[],
  start: number,
  end: number,
  multiplierAt: (index: number) => number,
): number[] {
  const random = new Random(7, 0, 'clock');
  const times: number[] = [];
  for (let t = nextArrival(periods, multiplierAt(0), start, end, random); t < Infinity;) {
    times.push(t);
    t = nextArrival(periods, multiplierAt(times.length), t, end, random);
  }
  return times;
}

const DAYS = 3 * 1440;

describe('arrival clock', () => {
  it('draws the same times as a fresh search over a day of periods with gaps, for days on end', () => {
    const periods: RatePeriod[] = [
      { from: 540, to: 720, perMinute: 0.8 },
      { from: 780, to: 900, perMinute: 2.5 },
      { from: 900, to: 1020, perMinute: 0 },
      { from: 1020, to: 1080, perMinute: 0.3 },
    ];
    const times = remembered(periods, 0, DAYS, () => 1);
    expect(times.length).toBeGreaterThan(1000);
    expect(times).toEqual(searched(periods, 0, DAYS, () => 1));
    // Nobody arrives between periods or in the period without arrivals.
    for (const t of times) {
      const minute = t % 1440;
      expect(
        (minute >= 540 && minute < 720) ||
          (minute >= 780 && minute < 900) ||
          (minute >= 1020 && minute < 1080),
      ).toBe(true);
    }
  });

  it('draws the same times when the rate changes between arrivals and with overlapping periods', () => {
    // Overlapping and unsorted periods: the search takes the first that holds the minute.
    const periods: RatePeriod[] = [
      { from: 600, to: 700, perMinute: 1.5 },
      { from: 0, to: 1440, perMinute: 0.4 },
      { from: 650, to: 800, perMinute: 3 },
    ];
    const multiplierAt = (index: number): number => [1, 0.5, 2, 1.25][index % 4]!;
    const times = remembered(periods, 123.25, DAYS, multiplierAt);
    expect(times.length).toBeGreaterThan(500);
    expect(times).toEqual(searched(periods, 123.25, DAYS, multiplierAt));
  });

  it('stops at the end of arrivals, inside a period', () => {
    const periods: RatePeriod[] = [{ from: 0, to: 1440, perMinute: 2 }];
    const times = remembered(periods, 30, 1000.5, () => 1);
    expect(times.at(-1)!).toBeLessThan(1000.5);
    expect(times).toEqual(searched(periods, 30, 1000.5, () => 1));
  });
});
