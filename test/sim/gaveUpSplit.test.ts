/**
 * Those who gave up, split into balked and reneged per class and for the whole system:
 * against the birth–death chain of M/M/1 with a balking threshold and exponential
 * patience, and adding up (balked + reneged = abandoned where nobody leaves otherwise;
 * the classes add up to the system and to the steps' counts) over several seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import type { Results } from '../../src/sim/results.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';
import { readExample } from '../support/estimates.ts';

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

/**
 * M/M/1 where an arrival finding `balkAt` or more waiting leaves at once and each waiting
 * customer leaves at rate θ: n present go up at λ while n − 1 < balkAt (n = 0 too) and
 * down at μ + (n − 1)θ. By PASTA an arrival balks with P(n ≥ balkAt + 1); customers
 * renege at θ · Lq per minute, a share θ · Lq / λ of arrivals.
 */
function chain(lambda: number, mu: number, theta: number, balkAt: number) {
  const weights = [1];
  for (let n = 1; n <= balkAt + 1; n++)
    weights.push((weights[n - 1]! * lambda) / (mu + (n - 1) * theta));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const lq = weights.reduce((sum, w, n) => sum + Math.max(0, n - 1) * w, 0) / total;
  return { balked: weights[balkAt + 1]! / total, reneged: (theta * lq) / lambda };
}

/** One server, two classes alike but for their share: the line treats them the same. */
function twoClasses(
  run: Blueprint['run'],
  behaviour: { balkAt: number; patience: number },
): Blueprint {
  const blueprint = singleQueue(1, 1, exponential(1), run);
  const like = { balkAt: behaviour.balkAt, patience: exponential(behaviour.patience) };
  blueprint.classes = [
    { id: 'retail', label: 'Retail', share: 0.7, ...like },
    { id: 'vip', label: 'VIP', share: 0.3, ...like },
  ];
  return blueprint;
}

function expectNear(value: number, expected: number, tolerance: number): void {
  expect(Math.abs(value - expected) / expected).toBeLessThan(tolerance);
}

describe('balked and reneged per class against the M/M/1 chain with balking and patience', () => {
  it('each class and the system balk and renege in the chain’s shares (λ = μ = 1, θ = 1/4, balk at 3)', () => {
    const results = simulate(twoClasses(steadyRun(50_000, 10, 11), { balkAt: 3, patience: 4 }));
    const theory = chain(1, 1, 1 / 4, 3);
    for (const { arrived, balked, reneged } of Object.values(results.classes)) {
      expectNear(balked.mean / arrived.mean, theory.balked, 0.05);
      expectNear(reneged.mean / arrived.mean, theory.reneged, 0.05);
    }
    expectNear(results.system.counts.balked.mean / results.system.arrived, theory.balked, 0.03);
    expectNear(results.system.counts.reneged.mean / results.system.arrived, theory.reneged, 0.03);
  });

  it('without balking nobody balks, and the reneged share is M/M/1+M’s', () => {
    const blueprint = singleQueue(0.9, 1, exponential(1), steadyRun(50_000, 10, 7));
    blueprint.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1, patience: exponential(3) }];
    const results = simulate(blueprint);
    const theory = chain(0.9, 1, 1 / 3, 1000);
    expect(results.classes['walk-in']!.balked.mean).toBe(0);
    expectNear(results.system.counts.reneged.mean / results.system.arrived, theory.reneged, 0.03);
  });
});

/** The classes' counts added up, and the steps'. */
function totals(results: Results) {
  const classes = Object.values(results.classes);
  const steps = Object.values(results.steps);
  return {
    classBalked: classes.reduce((sum, c) => sum + c.balked.mean, 0),
    classReneged: classes.reduce((sum, c) => sum + c.reneged.mean, 0),
    stepBalks: steps.reduce((sum, s) => sum + s.balks.mean, 0),
    stepReneges: steps.reduce((sum, s) => sum + s.reneges.mean, 0),
  };
}

describe('balked and reneged add up', () => {
  it.each([1, 2, 3, 4, 5])(
    'seed %i: balked + reneged = gave up per class and overall, where nobody leaves otherwise',
    (seed) => {
      const results = simulate(twoClasses(steadyRun(2_000, 4, seed), { balkAt: 2, patience: 3 }));
      for (const c of Object.values(results.classes)) {
        expect(c.balked.mean).toBeGreaterThan(0);
        expect(c.reneged.mean).toBeGreaterThan(0);
        expect(c.balked.mean + c.reneged.mean).toBeCloseTo(c.abandoned.mean, 9);
      }
      const { counts } = results.system;
      expect(counts.balked.mean + counts.reneged.mean).toBeCloseTo(counts.abandoned.mean, 9);
      const sums = totals(results);
      expect(sums.classBalked).toBeCloseTo(counts.balked.mean, 9);
      expect(sums.classReneged).toBeCloseTo(counts.reneged.mean, 9);
      expect(sums.stepBalks).toBeCloseTo(counts.balked.mean, 9);
      expect(sums.stepReneges).toBeCloseTo(counts.reneged.mean, 9);
    },
  );

  it.each([1, 2, 3])(
    'seed %i of the counter deposit: the steps’ balks and reneges are the classes’, within those who gave up',
    (seed) => {
      const blueprint = readExample('counter-deposit.json');
      blueprint.run = { ...blueprint.run!, replications: 4, seed };
      const results = simulate(blueprint);
      const { counts } = results.system;
      const sums = totals(results);
      expect(counts.reneged.mean).toBeGreaterThan(0);
      expect(sums.stepBalks).toBeCloseTo(counts.balked.mean, 9);
      expect(sums.stepReneges).toBeCloseTo(counts.reneged.mean, 9);
      expect(sums.classBalked).toBeCloseTo(counts.balked.mean, 9);
      expect(sums.classReneged).toBeCloseTo(counts.reneged.mean, 9);
      // Some leave after a failure (a counterfeit note): gave up is at least the two.
      expect(counts.abandoned.mean).toBeGreaterThanOrEqual(
        counts.balked.mean + counts.reneged.mean - 1e-9,
      );
    },
  );
});
