/**
 * Missed tickets in the offered load and the estimates (src/sim/missedCallLoad.ts): the
 * units' time calling absent customers is the calling pool's work, and a customer lost to
 * missed calls is not served. Per customer who joins, p/(1 − p·r) missed calls and a
 * chance p(1 − r)/(1 − p·r) of being lost, as if everyone were called from the queue
 * (one served at once is never missed: at light loads a run has fewer of both).
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { exponential, pools } from '../support/estimates.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

/** Two tellers, exponential services of 4 min; missed calls p, call 1 min, return r. */
function counter(perMinute: number, p: number, r: number, run = steadyRun(1440, 1)): Blueprint {
  const blueprint = singleQueue(perMinute, 2, exponential(4), run);
  blueprint.steps[0]!.missedCall = {
    probability: p,
    callTime: { type: 'fixed', value: 1 },
    then: { action: 'recall', after: 3, returnProbability: r },
  };
  return blueprint;
}

describe('missed calls in the estimate', () => {
  it('the call time is the pool’s work and the lost are not served, by hand', () => {
    const [p, r, rate] = [0.2, 0.5, 0.4];
    const calls = p / (1 - p * r);
    const lost = (p * (1 - r)) / (1 - p * r);
    const [tellers] = pools(estimatePools(counter(rate, p, r)));
    expect(tellers!.offeredLoad).toBeCloseTo(rate * ((1 - lost) * 4 + calls * 1), 10);
    expect(tellers!.meanServiceMinutes).toBeCloseTo((1 - lost) * 4 + calls * 1, 10);
    const [plain] = pools(estimatePools(counter(rate, 0, r)));
    expect(plain!.offeredLoad).toBeCloseTo(rate * 4, 10);
  });

  it.each([
    [0.45, 0.2, 0.5],
    [0.45, 0.1, 0.8],
    [0.3, 0.2, 0.5],
  ])('%s a minute, %s missed, %s back: the run’s busy units within 4 %', (rate, p, r) => {
    const blueprint = counter(rate, p, r, steadyRun(40_000, 8, 2026));
    const [tellers] = pools(estimatePools(blueprint));
    const busy = simulate(blueprint).resources['serve-pool']!.busyUnits;
    const message = `estimate ${tellers!.offeredLoad}, run ${busy.mean} (${busy.ci95!.join('–')})`;
    // Everyone is taken as called from the queue; one served at once is never missed.
    expect(Math.abs(busy.mean / tellers!.offeredLoad - 1), message).toBeLessThan(0.04);
  });

  it('the calls show where few are lost: more work than the services alone', () => {
    const [tellers] = pools(estimatePools(counter(0.45, 0.1, 0.8)));
    expect(tellers!.offeredLoad).toBeGreaterThan(0.45 * 4);
  });
});
