/**
 * Runs split across workers: parts that crossed a thread boundary (structured clone)
 * combine to exactly the results of one run, and the chart histograms add up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../src/model/index.ts';
import { combineParts, runPart, simulate } from '../../src/sim/index.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';
import { checked } from '../support/scenarios.ts';

const deposit = () => {
  const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
  if (!loaded.ok) throw new Error('example does not load');
  return loaded.blueprint;
};

describe('parts', () => {
  it('combine to the same results as one run, whatever the split', () => {
    const blueprint = deposit();
    const options = { replications: 5 };
    const whole = JSON.stringify(simulate(blueprint, options));
    const parts = [
      runPart(blueprint, { ...options, first: 3 }),
      runPart(blueprint, { ...options, first: 0, count: 3 }),
    ].map((part) => structuredClone(part));
    expect(parts.map((part) => part.replications.length)).toEqual([2, 3]);
    expect(JSON.stringify(combineParts(blueprint, options, parts))).toBe(whole);
  });

  // A part of one replication is never pooled into while it runs, so its class and its
  // system share histograms (one class): combined, each must still count once.
  it('combine to the same results when each part is one replication', () => {
    const blueprint = deposit();
    const options = { replications: 3 };
    const whole = JSON.stringify(simulate(blueprint, options));
    const single = (first: number) => runPart(blueprint, { ...options, first, count: 1 });
    const cloned = [2, 0, 1].map((first) => structuredClone(single(first)));
    expect(JSON.stringify(combineParts(blueprint, options, cloned))).toBe(whole);
    const inProcess = [2, 0, 1].map(single);
    expect(JSON.stringify(combineParts(blueprint, options, inProcess))).toBe(whole);
  });

  it('report the clock as they go and stop when asked, keeping what was done', () => {
    const blueprint = deposit();
    const clocks: number[] = [];
    let finished = 0;
    const part = runPart(blueprint, {
      replications: 4,
      onClock: (_, clock) => clocks.push(clock),
      onProgress: (done) => (finished = done),
      shouldStop: () => finished >= 2,
    });
    expect(part.replications).toHaveLength(2);
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.every((clock) => clock >= 9 * 60 && clock <= 24 * 60)).toBe(true);
  });
});

describe('chart histograms', () => {
  const results = simulate(
    checked(singleQueue(0.8, 1, { type: 'exponential', mean: 1 }, steadyRun(20_000, 2, 5))),
  );
  const { timeInSystemHistogram: inSystem, waitHistogram: wait } = results.system;
  const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

  it('count every customer once', () => {
    const served = results.system.timeInSystem.count * results.run.replications;
    expect(total(inSystem.counts)).toBeCloseTo(served, 6);
    expect(total(wait.counts)).toBeCloseTo(results.system.wait.count * results.run.replications, 6);
  });

  it('have about 30 bins of a round width up to the 99th percentile', () => {
    expect(inSystem.counts.length).toBeGreaterThan(15);
    expect(inSystem.counts.length).toBeLessThan(45);
    expect(inSystem.binMinutes / 10 ** Math.floor(Math.log10(inSystem.binMinutes))).toBeOneOf([
      1, 2, 2.5, 5,
    ]);
  });

  it('agree with the percentiles: M/M/1 time in system is exponential with mean 5 min', () => {
    // P(T ≤ t) = 1 − e^(−t/5): the share below the bin nearest 5 min is about 63 %.
    const below = Math.round(5 / inSystem.binMinutes);
    const share = total(inSystem.counts.slice(0, below)) / total(inSystem.counts);
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.67);
    // Most customers of an M/M/1 at 80 % wait (P(wait > 0) = ρ), so bin 0 holds about 20 % plus short waits.
    expect(wait.counts[0]! / total(wait.counts)).toBeGreaterThan(0.2);
  });
});
