/**
 * The observed side of a back-test: mean and p90 wait and the share who gave up, by the
 * hour customers arrived, recovered from waits of known distribution.
 */
import { describe, expect, it } from 'vitest';
import { WaitsByTime, summariseWaits } from '../../../src/analysis/fit/index.ts';
import { Random } from '../../../src/sim/random.ts';

/** Mean wait by hour from 09:00: quiet, a lunch peak, quiet. Exponential waits. */
const MEAN_WAIT = [2, 2, 2, 8, 8, 3, 3, 3];
const GAVE_UP = [0.02, 0.02, 0.02, 0.2, 0.2, 0.05, 0.05, 0.05];

function record(seed: number, perHour: number) {
  const waits = new WaitsByTime({ binMinutes: 60, from: 540, to: 1020 });
  const random = new Random(seed, 0, 'observed-waits');
  MEAN_WAIT.forEach((mean, hour) => {
    for (let i = 0; i < perHour; i++) {
      const arrivedAt = 540 + 60 * hour + 60 * random.next();
      waits.add(arrivedAt, -mean * Math.log(random.next()), random.next() < GAVE_UP[hour]!);
    }
  });
  return waits;
}

describe('observed waits by time of day', () => {
  it('recovers mean and p90 wait and the share who gave up, hour by hour', () => {
    const bins = summariseWaits(record(1, 4000));
    bins.forEach((bin, hour) => {
      const mean = MEAN_WAIT[hour]!;
      expect(bin.customers).toBe(4000);
      expect(Math.abs(bin.meanWait.value - mean) / mean).toBeLessThan(0.06);
      // Exponential: p90 = mean · ln 10.
      expect(Math.abs(bin.p90Wait! - mean * Math.LN10) / (mean * Math.LN10)).toBeLessThan(0.08);
      expect(bin.p90Beyond).toBe(false);
      expect(bin.abandonment!.lower).toBeLessThanOrEqual(GAVE_UP[hour]! + 0.01);
      expect(bin.abandonment!.upper).toBeGreaterThanOrEqual(GAVE_UP[hour]! - 0.01);
    });
  });

  it('the mean wait’s interval holds the truth at about the nominal rate, over 200 seeds', () => {
    let hits = 0;
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      summariseWaits(record(seed, 200)).forEach((bin, hour) => {
        total++;
        if (bin.meanWait.lower <= MEAN_WAIT[hour]! && MEAN_WAIT[hour]! <= bin.meanWait.upper)
          hits++;
      });
    }
    expect(hits / total).toBeGreaterThan(0.92);
    expect(hits / total).toBeLessThan(0.975);
  });

  it('the p90 is exact to the grid for a known set of waits, and says when it lies beyond the horizon', () => {
    const waits = new WaitsByTime({
      binMinutes: 60,
      from: 540,
      to: 660,
      gridMinutes: 1,
      horizonMinutes: 30,
    });
    for (let w = 0; w < 10; w++) waits.add(545, w + 0.5, false); // 0.5, 1.5, … 9.5
    for (let i = 0; i < 10; i++) waits.add(605, 100, i < 5);
    const [first, second] = summariseWaits(waits);
    expect(first!.p90Wait).toBe(9); // 9 of 10 waits are within 9 minutes on the grid
    expect(first!.meanWait.value).toBe(5);
    expect(second!.p90Beyond).toBe(true);
    expect(second!.p90Wait).toBe(30);
    expect(second!.abandonment!.value).toBe(0.5);
  });

  it('a bin nobody arrived in, arrivals outside the bins and refused waits', () => {
    const waits = new WaitsByTime({ binMinutes: 60, from: 540, to: 660 });
    expect(waits.add(700, 3, false)).toBe(false);
    expect(waits.add(545, -1, false)).toBe(false);
    expect([waits.outside, waits.refused]).toEqual([1, 1]);
    const [empty] = summariseWaits(waits);
    expect(empty).toEqual({
      from: 540,
      to: 600,
      customers: 0,
      abandoned: 0,
      meanWait: { value: 0, lower: 0, upper: 0 },
      p90Beyond: false,
    });
  });
});
