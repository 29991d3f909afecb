/** The held span a step starts or lies in, and durations scaled with their shape kept. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distributionMoments } from '../../src/analysis/index.ts';
import { heldSpanContaining, scaleDistribution } from '../../src/calibrate/heldSpan.ts';
import { type Distribution, loadBlueprintText } from '../../src/model/index.ts';

const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
if (!loaded.ok) throw new Error('counter-deposit does not load');
const deposit = loaded.blueprint;

describe('heldSpanContaining', () => {
  it('finds the teller’s span from the holding step and from a step inside it', () => {
    const fromHolder = heldSpanContaining(deposit, 'c-hand-over')!;
    expect(fromHolder.holder).toBe('c-hand-over');
    expect(fromHolder.until).toBe('f-print-stamp');
    expect(fromHolder.steps[0]!.step).toBe('c-hand-over');
    expect(heldSpanContaining(deposit, 'b-key')).toEqual(fromHolder);
    expect(heldSpanContaining(deposit, 'c-fill-slip')).toBeUndefined();
  });

  it('counts each step’s visits within one pass: a failure that leaves the span ends the pass', () => {
    const span = heldSpanContaining(deposit, 'c-hand-over')!;
    const visits = Object.fromEntries(span.steps.map((s) => [s.step, s.visits]));
    expect(visits['f-count']).toBeCloseTo(1, 12);
    // f-count fails 7 % of the time and sends the customer back to the slip; of the 4 % who
    // bring large cash, 5 % have no ID and are turned away; three wrong PINs in a row turn
    // the customer away.
    const reachPin = 0.93 * (1 - 0.04 * 0.05);
    expect(visits['c-enter-pin']).toBeCloseTo(reachPin, 12);
    expect(visits['b-key']).toBeCloseTo(reachPin * (1 - 0.04 ** 3), 12);
    // PIN: up to two retries of 4 % each, one visit with its attempts in the time.
    const pin = span.steps.find((s) => s.step === 'c-enter-pin')!;
    expect(pin.meanTime).toBeCloseTo(reachPin * 0.4 * (1 + 0.04 + 0.04 ** 2), 10);
    const total = span.steps.reduce((sum, s) => sum + s.meanTime, 0);
    expect(span.meanTime).toBeCloseTo(total, 12);
  });
});

describe('scaleDistribution', () => {
  const families: Distribution[] = [
    { type: 'fixed', value: 2 },
    { type: 'uniform', min: 1, max: 3 },
    { type: 'triangular', min: 0.5, mode: 1.2, max: 3 },
    { type: 'exponential', mean: 2 },
    { type: 'normal', mean: 2, sd: 1.5 },
    { type: 'lognormal', mean: 2, sd: 0.8 },
    { type: 'gamma', mean: 2, cv: 0.5 },
    { type: 'empirical', values: [1, 2, 4], weights: [1, 2, 1] },
  ];
  for (const distribution of families) {
    it(`multiplies the mean of a ${distribution.type} and keeps its family and cv`, () => {
      const scaled = scaleDistribution(distribution, 1.5);
      expect(scaled.type).toBe(distribution.type);
      const before = distributionMoments(distribution);
      const after = distributionMoments(scaled);
      expect(after.mean).toBeCloseTo(before.mean * 1.5, 3);
      const cv = (m: { mean: number; variance: number }) => Math.sqrt(m.variance) / m.mean;
      expect(cv(after)).toBeCloseTo(cv(before), 3);
    });
  }
});
