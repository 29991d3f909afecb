/**
 * A month of day types: independent runs weighted by their days, checked against a
 * hand computation (known means and variances) and against a blueprint of one day type,
 * whose month is that day times its days.
 */
import { describe, expect, it } from 'vitest';
import { monthDifferences, monthFigures, monthRuns } from '../../src/analysis/month.ts';
import {
  weightedRatio,
  weightedSum,
  weightedSumDifference,
} from '../../src/analysis/weightedSum.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { tellersWithBackOffice } from '../support/queues.ts';

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
    const blueprint = {
      ...tellersWithBackOffice({ clerks: 1, replications: 6, seed: 1 }),
      dayTypes: [
        { id: 'ordinary', daysPerMonth: 18 },
        { id: 'busy', daysPerMonth: 4, arrivalFactor: 1.3 },
      ],
    };
    const monthOf = (seed: number) =>
      (monthRuns(blueprint, seed) as Exclude<ReturnType<typeof monthRuns>, string>).map((run) => ({
        ...run,
        results: simulate(run.blueprint, { replications: 6, seed: run.seed }),
      }));
    const before = monthOf(1);
    const after = monthOf(11);
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
