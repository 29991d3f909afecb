/**
 * A month of day types: independent runs weighted by their days, checked against a
 * hand computation (known means and variances) and against a blueprint of one day type,
 * whose month is that day times its days.
 */
import { describe, expect, it } from 'vitest';
import {
  month,
  monthDifferences,
  monthFigures,
  monthRuns,
  pairedMonths,
} from '../../src/analysis/month.ts';
import {
  pairedWeightedRatioDifference,
  pairedWeightedSumDifference,
  weightedRatio,
  weightedSum,
  weightedSumDifference,
} from '../../src/analysis/weightedSum.ts';
import type { Blueprint } from '../../src/model/schema/blueprint.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { tellersWithBackOffice } from '../support/queues.ts';

/** The tellers and back office with an ordinary day (18 a month) and a busy one (4, 30 % more customers). */
function twoDayTypes(): Blueprint {
  return {
    ...tellersWithBackOffice({ clerks: 1, replications: 6, seed: 1 }),
    dayTypes: [
      { id: 'ordinary', daysPerMonth: 18 },
      { id: 'busy', daysPerMonth: 4, arrivalFactor: 1.3 },
    ],
  };
}

/** Each day type run with 6 replications and its month seed (seed + k). */
function monthDays(blueprint: Blueprint, seed: number) {
  return (monthRuns(blueprint, seed) as Exclude<ReturnType<typeof monthRuns>, string>).map(
    (run) => ({ ...run, results: simulate(run.blueprint, { replications: 6, seed: run.seed }) }),
  );
}

describe('weightedSum', () => {
  it('adds the weighted means and their variances, with Welch–Satterthwaite degrees', () => {
    // Ordinary days (20 a month): 10, 12, 14 served, mean 12, variance 4, n 3.
    // Pension days (2 a month): 30, 34, mean 32, variance 8, n 2.
    const month = weightedSum([
      { weight: 20, values: [10, 12, 14] },
      { weight: 2, values: [30, 34] },
    ]);
    // 20 × 12 + 2 × 32 = 304; variance 400 × 4 / 3 + 4 × 8 / 2 = 533.33 + 16 = 549.33;
    // degrees 549.33² / (533.33² / 2 + 16² / 1) = 2.12, rounded down: 2, t = 4.303;
    // half-width 4.303 × √549.33 = 100.85.
    expect(month.mean).toBeCloseTo(304, 9);
    expect(month.ci95![0]).toBeCloseTo(304 - 100.853, 2);
    expect(month.ci95![1]).toBeCloseTo(304 + 100.853, 2);
  });

  it('has no interval when a part has a single replication, and a point one without spread', () => {
    expect(weightedSum([{ weight: 3, values: [5] }]).ci95).toBeNull();
    expect(weightedSum([{ weight: 3, values: [5, 5, 5] }])).toEqual({ mean: 15, ci95: [15, 15] });
  });
});

describe('weightedRatio', () => {
  it('is the ratio of the weighted totals, its variance by the delta method', () => {
    // Day A (weight 10): waits totalling 20, 40 minutes over 10, 10 customers.
    // Day B (weight 1): 90, 110 minutes over 30, 30 customers.
    const parts = [
      { weight: 10, numerator: [20, 40], denominator: [10, 10] },
      { weight: 1, numerator: [90, 110], denominator: [30, 30] },
    ];
    const wait = weightedRatio(parts, [0, Infinity]);
    // R = (10 × 30 + 100) / (10 × 10 + 30) = 400 / 130 = 3.0769.
    const ratio = 400 / 130;
    expect(wait.mean).toBeCloseTo(ratio, 12);
    // u − R v: A: 20 − 10R, 40 − 10R (variance 200); B: 90 − 30R, 110 − 30R (variance 200).
    // Var = (100 × 200 / 2 + 1 × 200 / 2) / 130² = 10 100 / 16 900 = 0.59763.
    // Degrees 10 100² / (10 000² + 100²) = 1.02 → 1, t = 12.706.
    const half = 12.706 * Math.sqrt(10_100 / 16_900);
    expect(wait.ci95![0]).toBeCloseTo(Math.max(0, ratio - half), 9);
    expect(wait.ci95![1]).toBeCloseTo(ratio + half, 9);
  });
});

describe('monthFigures', () => {
  it('of one day type is that day times its days', () => {
    const blueprint = tellersWithBackOffice({ clerks: 1, replications: 8, seed: 11 });
    blueprint.dayTypes = [{ id: 'ordinary', daysPerMonth: 21 }];
    const runs = monthRuns(blueprint, 11);
    if (typeof runs === 'string') throw new Error(runs);
    expect(runs.map((run) => run.seed)).toEqual([11]);
    const day = simulate(runs[0]!.blueprint, { seed: runs[0]!.seed });
    const month = monthFigures([{ dayType: 'ordinary', daysPerMonth: 21, results: day }]);
    expect(month.days).toBe(21);
    const times21 = (estimate: { mean: number; ci95: [number, number] | null }) => ({
      mean: estimate.mean * 21,
      low: estimate.ci95![0] * 21,
      high: estimate.ci95![1] * 21,
    });
    for (const [got, want] of [
      [month.served, day.system.counts.served],
      [month.abandoned, day.system.counts.abandoned],
      [month.outcomes.completed!, day.system.outcomes.completed!.count],
      [month.cost!.total, day.system.cost!.total],
    ] as const) {
      const scaled = times21(want);
      expect(got.mean).toBeCloseTo(scaled.mean, 6);
      expect(got.ci95![0]).toBeCloseTo(scaled.low, 6);
      expect(got.ci95![1]).toBeCloseTo(scaled.high, 6);
    }
    const clerk = day.resources['back-office']!;
    expect(month.cost!.resources['back-office']!.mean).toBeCloseTo(
      21 * (clerk.cost.mean + clerk.overtime.cost.mean),
      6,
    );
    // The month's mean wait weighs each day by its customers: all waits over all customers.
    const { served, waitMean, totalCost } = day.perReplication.system;
    const waits = served.reduce<number>((sum, count, r) => sum + count! * waitMean[r]!, 0);
    const customers = served.reduce<number>((sum, count) => sum + count!, 0);
    expect(month.wait.mean).toBeCloseTo(waits / customers, 9);
    const cost = totalCost!.reduce<number>((sum, value) => sum + value!, 0);
    expect(month.cost!.perServed.mean).toBeCloseTo(cost / customers, 9);
  });

  it('gives each day type its own seed, and refuses a blueprint without day types', () => {
    const blueprint = tellersWithBackOffice({ clerks: 1, replications: 2, seed: 1 });
    expect(monthRuns(blueprint, 1)).toBe('no-day-types');
    blueprint.dayTypes = [
      { id: 'ordinary', daysPerMonth: 19 },
      { id: 'pension', arrivalFactor: 1.5 },
    ];
    const runs = monthRuns(blueprint, 4_294_967_295);
    if (typeof runs === 'string') throw new Error(runs);
    expect(runs.map(({ dayType, daysPerMonth, seed }) => [dayType, daysPerMonth, seed])).toEqual([
      ['ordinary', 19, 4_294_967_295],
      ['pension', 1, 0],
    ]);
    expect(runs[1]!.blueprint.dayTypes).toBeUndefined();
  });
});

describe('differences of two months', () => {
  it('takes a sum’s difference with the variances of both months added (hand computation)', () => {
    // Before: 20 days of mean 12 (variance 4, n 3). After: 20 days of mean 14 (variance 4, n 3).
    const before = [{ weight: 20, values: [10, 12, 14] }];
    const after = [{ weight: 20, values: [12, 14, 16] }];
    const difference = weightedSumDifference(before, after);
    // 20 × 14 − 20 × 12 = 40; variance 2 × 400 × 4 / 3 = 1066.67; degrees
    // 1066.67² / (2 × 533.33² / 2) = 4, t = 2.776; half-width 2.776 × 32.66 = 90.67.
    expect(difference.mean).toBeCloseTo(40, 9);
    expect(difference.ci95![0]).toBeCloseTo(40 - 2.776 * Math.sqrt(3200 / 3), 6);
    expect(difference.ci95![1]).toBeCloseTo(40 + 2.776 * Math.sqrt(3200 / 3), 6);
  });

  it('is each figure of the later month less the earlier one, with a wider interval than either', () => {
    const blueprint = twoDayTypes();
    const before = monthDays(blueprint, 1);
    const after = monthDays(blueprint, 11);
    const a = monthFigures(before);
    const b = monthFigures(after);
    const d = monthDifferences(before, after);
    const half = (e: { ci95: [number, number] | null }) => (e.ci95![1] - e.ci95![0]) / 2;
    for (const [x, y, z] of [
      [a.arrived, b.arrived, d.arrived],
      [a.served, b.served, d.served],
      [a.wait, b.wait, d.wait],
      [a.timeInSystem, b.timeInSystem, d.timeInSystem],
    ] as const) {
      expect(z.mean).toBeCloseTo(y.mean - x.mean, 9);
      // √(h₁² + h₂²) up to the t quantiles of other degrees of freedom: above the larger,
      // below the sum of the two.
      expect(half(z)).toBeGreaterThan(Math.max(half(x), half(y)));
      expect(half(z)).toBeLessThan(half(x) + half(y));
    }
    expect(d.abandonedShare.mean).toBeCloseTo(b.abandonedShare.mean - a.abandonedShare.mean, 12);
  });
});

describe('paired differences of two months (the same day types, seeds and replications)', () => {
  it('takes a sum’s difference replication by replication (hand computation)', () => {
    const before = [{ weight: 20, values: [10, 12, 14] }];
    const after = [{ weight: 20, values: [11, 14, 15] }];
    const difference = pairedWeightedSumDifference(before, after);
    // 20 × (1, 2, 1) = 20, 40, 20: mean 26.67, variance 133.33, over n = 3: 44.44; t(2) = 4.303.
    expect(difference.mean).toBeCloseTo(80 / 3, 9);
    expect(difference.ci95![0]).toBeCloseTo(80 / 3 - 4.303 * Math.sqrt(400 / 9), 2);
    expect(difference.ci95![1]).toBeCloseTo(80 / 3 + 4.303 * Math.sqrt(400 / 9), 2);
    // Unpaired, the same numbers give a far wider interval: the shared noise stays in.
    const welch = weightedSumDifference(before, after);
    expect(welch.ci95![1] - welch.ci95![0]).toBeGreaterThan(
      3 * (difference.ci95![1] - difference.ci95![0]),
    );
    expect(() => pairedWeightedSumDifference(before, [...after, ...after])).toThrow(RangeError);
  });

  it('covers the true difference of a sum and of a ratio about 95 % of the time', () => {
    // Two day types (18 and 4 days), 8 replications; after = before's noise plus a little
    // of its own, and a known change of means. 2 000 months.
    let state = 20261205;
    const uniform = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = () =>
      Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    const days = [
      { weight: 18, served: 300, wait: 6, waitAfter: 5.2 },
      { weight: 4, served: 420, wait: 14, waitAfter: 11 },
    ];
    const trueSum = days.reduce((sum, d) => sum + d.weight * (d.waitAfter - d.wait) * d.served, 0);
    const ratio = (key: 'wait' | 'waitAfter') =>
      days.reduce((sum, d) => sum + d.weight * d[key] * d.served, 0) /
      days.reduce((sum, d) => sum + d.weight * d.served, 0);
    const trueRatio = ratio('waitAfter') - ratio('wait');
    let sumCovered = 0;
    let ratioCovered = 0;
    const trials = 2000;
    for (let trial = 0; trial < trials; trial++) {
      const make = () =>
        days.map((d) => {
          const shared = Array.from({ length: 8 }, () => ({ n: normal(), w: normal() }));
          const part = (mean: number, own: number) => {
            const served = shared.map((s) => d.served + 20 * s.n + own * normal());
            const waits = shared.map(
              (s, r) => (mean + 1.5 * s.w + own * 0.05 * normal()) * served[r]!,
            );
            return { weight: d.weight, numerator: waits, denominator: served };
          };
          return { before: part(d.wait, 2), after: part(d.waitAfter, 2) };
        });
      const parts = make();
      const before = parts.map((p) => p.before);
      const after = parts.map((p) => p.after);
      const sum = pairedWeightedSumDifference(
        before.map((p) => ({ weight: p.weight, values: p.numerator })),
        after.map((p) => ({ weight: p.weight, values: p.numerator })),
      );
      if (sum.ci95![0] <= trueSum && trueSum <= sum.ci95![1]) sumCovered++;
      const wait = pairedWeightedRatioDifference(before, after);
      if (wait.ci95![0] <= trueRatio && trueRatio <= wait.ci95![1]) ratioCovered++;
    }
    expect(sumCovered / trials).toBeGreaterThan(0.93);
    expect(sumCovered / trials).toBeLessThan(0.975);
    expect(ratioCovered / trials).toBeGreaterThan(0.92);
    expect(ratioCovered / trials).toBeLessThan(0.98);
  });

  it('pairs a month with the same month run again with a change, and narrows the intervals', () => {
    const blueprint = twoDayTypes();
    const withTeller = { ...blueprint, resources: structuredClone(blueprint.resources!) };
    withTeller.resources[0]!.capacity += 1;
    const monthOf = (drawn: Blueprint, seed: number) => {
      const days = monthDays(drawn, seed);
      return { days, month: month(drawn.id, { replications: 6, seed }, days) };
    };
    const before = monthOf(blueprint, 1);
    const after = monthOf(withTeller, 1);
    expect(pairedMonths(before.month, after.month)).toBe(true);
    expect(pairedMonths(before.month, monthOf(withTeller, 2).month)).toBe(false);
    const paired = monthDifferences(before.days, after.days, true);
    const welch = monthDifferences(before.days, after.days);
    const width = (e: { ci95: [number, number] | null }) => e.ci95![1] - e.ci95![0];
    // The same customers arrive replication by replication: no difference at all.
    expect(paired.arrived).toEqual({ mean: 0, ci95: [0, 0] });
    expect(width(welch.arrived)).toBeGreaterThan(0);
    // The means are the figures' differences whichever way the noise is judged.
    const a = monthFigures(before.days);
    const b = monthFigures(after.days);
    expect(paired.timeInSystem.mean).toBeCloseTo(b.timeInSystem.mean - a.timeInSystem.mean, 9);
    expect(paired.cost!.total.mean).toBeCloseTo(b.cost!.total.mean - a.cost!.total.mean, 6);
    expect(width(paired.timeInSystem)).toBeLessThan(width(welch.timeInSystem));
    // One more teller shortens the time in the branch beyond the noise.
    expect(paired.timeInSystem.ci95![1]).toBeLessThan(0);
  });
});
