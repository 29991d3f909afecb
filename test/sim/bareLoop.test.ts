/**
 * The bench's yardsticks (scripts/benchBareLoop.ts, and scripts/benchStatsLoop.ts, the
 * same loop keeping the engine's statistics) are models too: their M/M/3 at ρ = 0.9 must
 * wait as Erlang C says, or the engine would be measured against loops that do less (or
 * other) work. Their speed is the bench's business, not a test's.
 */
import { describe, expect, it } from 'vitest';
import { bareLoop } from '../../scripts/benchBareLoop.ts';
import { statsLoop } from '../../scripts/benchStatsLoop.ts';
import { mmc } from '../../src/analysis/index.ts';

const textbook = { perMinute: 2.7, serviceMean: 1, servers: 3 };
const REPLICATIONS = 8;
const MINUTES = 50_000;

describe.each([
  ['bare event loop', bareLoop],
  ['loop with the engine’s statistics', statsLoop],
])('the bench’s %s', (_, loop) => {
  const theory = mmc({ arrivalRate: 2.7, serviceRate: 1, servers: 3 });
  if (!theory.stable) throw new Error('M/M/3 at ρ = 0.9 is stable');

  // Three seeds, so that agreement is not the luck of one.
  it.each([1, 2, 3])('waits as Erlang C says (seed %i)', (seed) => {
    const runs = Array.from({ length: REPLICATIONS }, (_, r) => loop(textbook, MINUTES, seed, r));
    const waits = runs.map((run) => run.meanWait);
    const mean = waits.reduce((sum, w) => sum + w, 0) / REPLICATIONS;
    const variance = waits.reduce((sum, w) => sum + (w - mean) ** 2, 0) / (REPLICATIONS - 1);
    const standardError = Math.sqrt(variance / REPLICATIONS);
    // Precise enough to tell: the standard error is a few percent of the wait.
    expect(standardError).toBeLessThan(0.05 * theory.meanWaitInQueue);
    // 4.5 standard errors: a false alarm about once in 500 seeds (t with 7 degrees of freedom
    // is wider than normal), while a loop that served at the wrong rate or skipped the
    // queue would be off by far more.
    expect(Math.abs(mean - theory.meanWaitInQueue)).toBeLessThan(4.5 * standardError);
    // Arrivals at 2.7 a minute: a Poisson count, within 5 standard deviations.
    const customers = runs.reduce((sum, run) => sum + run.customers, 0);
    const expected = 2.7 * MINUTES * REPLICATIONS;
    expect(Math.abs(customers - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });
});

describe('the bench’s statistics loop', () => {
  const theory = mmc({ arrivalRate: 2.7, serviceRate: 1, servers: 3 });
  if (!theory.stable) throw new Error('M/M/3 at ρ = 0.9 is stable');

  it('knows who leaves: time in system is wait plus service, and the servers are 90 % busy', () => {
    const runs = Array.from({ length: REPLICATIONS }, (_, r) => statsLoop(textbook, MINUTES, 4, r));
    const mean = (pick: (run: (typeof runs)[number]) => number): number =>
      runs.reduce((sum, run) => sum + pick(run), 0) / REPLICATIONS;
    // The same customers' wait and time in system differ by their service, mean 1 minute:
    // a loop that paired a departure with the wrong customer's arrival would be far off.
    expect(mean((run) => run.meanTimeInSystem - run.meanWait)).toBeCloseTo(1, 1);
    expect(mean((run) => run.utilization)).toBeCloseTo(theory.utilization, 2);
  });
});
