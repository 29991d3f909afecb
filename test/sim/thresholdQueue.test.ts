/**
 * The threshold queue the estimates use for a pool whose line a diversion reads
 * (src/sim/thresholdQueue.ts), against Erlang C without rules, the closed form of
 * M/M/c/K, and the same birth–death chain solved numerically (test/support/markovChain.ts)
 * with two rules at different thresholds, arrivals that always join and some of those sent on
 * joining all the same.
 */
import { describe, expect, it } from 'vitest';
import { mmc } from '../../src/analysis/index.ts';
import { type ThresholdQueueInput, thresholdQueue } from '../../src/sim/thresholdQueue.ts';
import { stationary } from '../support/markovChain.ts';

/** The chain cut at `cut` states, solved by Gauss–Seidel: diverted shares and mean queue. */
function numeric(input: ThresholdQueueInput, cut: number) {
  const { servers, meanService, always, streams } = input;
  const birth = (n: number) =>
    always +
    streams.reduce(
      (sum, s) =>
        sum + (Math.max(0, n - servers) < s.atLeast ? s.rate : s.rate * (s.comesBack ?? 0)),
      0,
    );
  const pi = stationary({
    states: cut,
    transitions(n, add) {
      if (n + 1 < cut) add(n + 1, birth(n));
      if (n > 0) add(n - 1, Math.min(n, servers) / meanService);
    },
  });
  let queue = 0;
  let joins = 0;
  const diverted = streams.map(() => 0);
  pi.forEach((p, n) => {
    queue += Math.max(0, n - servers) * p;
    joins += birth(n) * p;
    streams.forEach((s, k) => {
      if (n - servers >= s.atLeast) diverted[k]! += p;
    });
  });
  return { diverted, meanQueue: queue, meanWait: queue / joins };
}

describe('the threshold queue', () => {
  it.each([
    [1, 0.5],
    [3, 0.9],
    [12, 0.95],
  ])('without rules is M/M/c: c = %i, ρ = %f', (servers, rho) => {
    const arrivalRate = (rho * servers) / 4;
    const queue = thresholdQueue({ servers, meanService: 4, always: arrivalRate, streams: [] });
    const exact = mmc({ arrivalRate, serviceRate: 1 / 4, servers });
    if (!exact.stable) throw new Error('M/M/c is stable below ρ = 1');
    expect(queue.stable).toBe(true);
    expect(queue.meanWait).toBeCloseTo(exact.meanWaitInQueue, 9);
    expect(queue.meanQueue).toBeCloseTo(exact.meanQueueLength, 9);
    expect(queue.waitProbability).toBeCloseTo(exact.probabilityOfWaiting, 9);
  });

  it('with one rule and nothing else is M/M/c/(c + N): 2 tellers, N = 3, a = 2 sends on 2/11', () => {
    const queue = thresholdQueue({
      servers: 2,
      meanService: 4,
      always: 0,
      streams: [{ rate: 0.5, atLeast: 3 }],
    });
    // π(n) ∝ 1, 2, 2, 2, 2, 2 for n = 0…5: the line is full (3 waiting) with 2/11.
    expect(queue.diverted[0]).toBeCloseTo(2 / 11, 12);
    expect(queue.meanQueue).toBeCloseTo((2 * (1 + 2 + 3)) / 11, 12);
    expect(queue.joinRate).toBeCloseTo(0.5 * (9 / 11), 12);
    expect(queue.meanWait).toBeCloseTo(queue.meanQueue / queue.joinRate, 12);
  });

  it('with two rules, arrivals that always join and some sent on coming back matches the chain solved numerically', () => {
    const input: ThresholdQueueInput = {
      servers: 3,
      meanService: 4,
      always: 0.4,
      streams: [
        { rate: 0.3, atLeast: 4, comesBack: 0.5 },
        { rate: 0.2, atLeast: 7 },
      ],
    };
    const queue = thresholdQueue(input);
    const chain = numeric(input, 400);
    expect(queue.stable).toBe(true);
    expect(queue.diverted[0]).toBeCloseTo(chain.diverted[0]!, 9);
    expect(queue.diverted[1]).toBeCloseTo(chain.diverted[1]!, 9);
    expect(queue.meanQueue).toBeCloseTo(chain.meanQueue, 8);
    expect(queue.meanWait).toBeCloseTo(chain.meanWait, 8);
    // The rule that reads the shorter line sends on more.
    expect(queue.diverted[0]!).toBeGreaterThan(queue.diverted[1]!);
  });

  it('a threshold that is not whole sends on part of those who find its floor waiting', () => {
    // N = 2.25 with one unit (μ = 1, a = 1, nothing else): joins with chance 1 while 0 or 1
    // wait, 1/4 with 2 waiting, never with 3. π(n) ∝ 1, 1, 1, 1, 1/4 for n = 0…4; those who
    // pass find 2 waiting (n = 3) with 1/4.25 and are sent on with 3/4 of it, and n = 4
    // with 0.25/4.25: (0.75 + 0.25)/4.25 = 4/17 sent on.
    const queue = thresholdQueue({
      servers: 1,
      meanService: 1,
      always: 0,
      streams: [{ rate: 1, atLeast: 2.25 }],
    });
    expect(queue.diverted[0]).toBeCloseTo(4 / 17, 12);
    expect(queue.meanQueue).toBeCloseTo((1 + 2 + 3 * 0.25) / 4.25, 12);
    expect(queue.room).toBe(3);
    // Between the whole thresholds on either side.
    const at = (atLeast: number) =>
      thresholdQueue({ servers: 1, meanService: 1, always: 0, streams: [{ rate: 1, atLeast }] })
        .diverted[0]!;
    expect(at(2)).toBeGreaterThan(at(2.25));
    expect(at(2.25)).toBeGreaterThan(at(3));
  });

  it('has no steady state when those who always join are more than the units serve', () => {
    const queue = thresholdQueue({
      servers: 2,
      meanService: 4,
      always: 0.5,
      streams: [{ rate: 0.3, atLeast: 2 }],
    });
    expect(queue.stable).toBe(false);
    expect(queue.diverted).toEqual([1]);
    expect(queue.joinRate).toBe(0.5);
  });

  it('thousands of units, and a threshold far beyond the line, stay finite and quick', () => {
    const queue = thresholdQueue({
      servers: 5000,
      meanService: 4,
      always: 1200,
      streams: [{ rate: 40, atLeast: 1_000_000 }],
    });
    expect(queue.stable).toBe(true);
    expect(queue.diverted[0]).toBe(0);
    expect(Number.isFinite(queue.meanWait)).toBe(true);
  });
});
