/**
 * Comparing two runs: paired differences under common random numbers, Welch's interval
 * for independent runs, and no verdict where nothing changed beyond the usual 5 %.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { Random } from '../../src/sim/random.ts';
import { simulate } from '../../src/sim/simulate.ts';
import {
  pairedDifference,
  runDifference,
  summaryFromInterval,
  welchDifference,
  welchFromSummaries,
} from '../../src/sim/stats/difference.ts';
import { singleQueue } from '../support/queues.ts';

function normal(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

describe('pairedDifference', () => {
  it('finds a constant shift certain, and its sign by which way is better', () => {
    const base = [3, 4, 5, 6];
    const shifted = base.map((v) => v - 0.1);
    const lower = pairedDifference(base, shifted, 'lower');
    expect(lower.difference).toBeCloseTo(-0.1, 12);
    expect(lower.verdict).toBe('better');
    expect(pairedDifference(base, shifted, 'higher').verdict).toBe('worse');
    expect(pairedDifference(base, shifted, 'neither').verdict).toBe('changed');
    expect(pairedDifference(base, base, 'lower').verdict).toBe('no-clear-difference');
  });

  it('skips replications either run has no value for', () => {
    const d = pairedDifference([1, null, 3, 4], [2, 5, null, 5.5], 'higher');
    expect(d.n).toBe(2);
    expect(d.difference).toBeCloseTo(1.25, 12);
  });
});

describe('welchDifference', () => {
  it('matches the textbook interval for two independent samples', () => {
    // Means 20 and 23, variances 4 and 9, sizes 10 and 12.
    const d = welchFromSummaries(
      { mean: 20, variance: 4, n: 10 },
      { mean: 23, variance: 9, n: 12 },
      'higher',
    );
    const se = Math.sqrt(4 / 10 + 9 / 12);
    // Welch–Satterthwaite: 19.0 degrees, t(19) = 2.093.
    expect(d.ci95![1] - d.difference).toBeCloseTo(2.093 * se, 3);
    expect(d.verdict).toBe('better');
  });

  it('gives back the sample behind an interval, cut or not', () => {
    const values = [0.81, 0.84, 0.79, 0.86, 0.8];
    const direct = welchDifference(
      values,
      values.map((v) => v + 0.05),
      'higher',
    );
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / 4);
    const half = (2.776 * sd) / Math.sqrt(5);
    const summary = summaryFromInterval(
      mean,
      [mean - half, Math.min(mean + half, mean + 0.001)],
      5,
    )!;
    expect(summary.variance).toBeCloseTo(sd * sd, 6);
    const rebuilt = welchFromSummaries(summary, { ...summary, mean: mean + 0.05 }, 'higher');
    expect(rebuilt.ci95![0]).toBeCloseTo(direct.ci95![0], 6);
  });
});

describe('false alarms where nothing changed', () => {
  const TRIALS = 4000;

  it('paired: about 5 % of unchanged comparisons look different, half of them "better"', () => {
    const random = new Random(1, 0, 'paired-null');
    let significant = 0;
    let better = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const base: number[] = [];
      const variant: number[] = [];
      for (let r = 0; r < 10; r++) {
        const shared = 5 + 2 * normal(random); // the common random numbers' share
        base.push(shared + 0.3 * normal(random));
        variant.push(shared + 0.3 * normal(random));
      }
      const d = runDifference(base, variant, 'lower', true);
      if (d.significant) significant++;
      if (d.verdict === 'better') better++;
    }
    // Binomial(4000, 0.05): sd 0.34 %; 3.8–6.2 % is beyond 3.5 sd.
    expect(significant / TRIALS).toBeGreaterThan(0.038);
    expect(significant / TRIALS).toBeLessThan(0.062);
    expect(better / TRIALS).toBeGreaterThan(0.015);
    expect(better / TRIALS).toBeLessThan(0.035);
  });

  it('Welch: about 5 % with unequal variances and sizes', () => {
    const random = new Random(2, 0, 'welch-null');
    let significant = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const base = Array.from({ length: 8 }, () => 10 + normal(random));
      const variant = Array.from({ length: 20 }, () => 10 + 3 * normal(random));
      if (runDifference(base, variant, 'lower', false).significant) significant++;
    }
    expect(significant / TRIALS).toBeGreaterThan(0.036);
    expect(significant / TRIALS).toBeLessThan(0.064);
  });
});

describe('common random numbers in the simulator', () => {
  /** Two tellers, 80 % busy, a business day; the service a little faster in the variant. */
  function bank(serviceMean: number, seed: number): Blueprint {
    return singleQueue(
      1,
      2,
      { type: 'exponential', mean: serviceMean },
      { mode: 'day', open: '09:00', close: '17:00', replications: 20, seed },
    );
  }

  it('paired differences see a 3 % faster service that the overlapping intervals miss', () => {
    const before = simulate(bank(1.6, 5));
    const after = simulate(bank(1.55, 5));
    const [b, a] = [before.system.wait, after.system.wait];
    // The two runs' own intervals overlap: compared side by side, no verdict.
    expect(a.ci95![1]).toBeGreaterThan(b.ci95![0]);
    const d = runDifference(
      before.perReplication.system.waitMean,
      after.perReplication.system.waitMean,
      'lower',
      before.run.seed === after.run.seed,
    );
    expect(d.method).toBe('paired');
    expect(d.verdict).toBe('better');
    // Unpaired, the same figures show no clear difference.
    const unpaired = welchDifference(
      before.perReplication.system.waitMean,
      after.perReplication.system.waitMean,
      'lower',
    );
    expect(unpaired.verdict).toBe('no-clear-difference');
  });

  it('runs with another seed are compared as independent samples', () => {
    const before = simulate(bank(1.6, 5));
    const other = simulate(bank(1.6, 6));
    const d = runDifference(
      before.perReplication.system.waitMean,
      other.perReplication.system.waitMean,
      'lower',
      before.run.seed === other.run.seed,
    );
    expect(d.method).toBe('welch');
    expect(d.ci95![0]).toBeLessThan(d.difference);
  });
});
