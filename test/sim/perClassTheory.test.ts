/**
 * Per-class service against M/G/1 theory. Two classes share one FCFS server: retail
 * customers take an exponential minute; VIPs take a fixed 3 minutes and, one attempt in
 * five, the step fails and is done again at once by the same server (retry), so a VIP
 * holds the server for a geometric number of 3-minute attempts. The server sees the
 * mixture of the two services, by arrivals, and Pollaczek–Khinchine on that mixture gives
 * the common wait W_q = λ E[S²] / (2(1 − ρ)); each class's time in system is W_q plus its
 * own mean service.
 *
 * Over 12 seeds (10 replications of 50 000 minutes each, a tenth warm-up), the mean of
 * the seeds' estimates must be within 1.5 % of the formula and the 95 % intervals must
 * cover it in at least 9 of the 12.
 */
import { describe, expect, it } from 'vitest';
import { mg1 } from '../../src/analysis/index.ts';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import type { DurationStats } from '../../src/sim/results.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

const ARRIVALS = 0.25; // per minute
const VIP_SHARE = 0.4;
const VIP_ATTEMPT = 3; // minutes, fixed
const VIP_FAILS = 0.2;

function twoClassQueue(seed: number): Blueprint {
  const blueprint = singleQueue(
    ARRIVALS,
    1,
    { type: 'exponential', mean: 1 },
    steadyRun(50_000, 10, seed),
  );
  blueprint.classes = [
    { id: 'retail', label: 'Retail', share: 1 - VIP_SHARE },
    { id: 'vip', label: 'VIP', share: VIP_SHARE },
  ];
  const serve = blueprint.steps[0]!;
  serve.classDuration = { vip: { type: 'fixed', value: VIP_ATTEMPT } };
  serve.failure = {
    probability: 0,
    classProbability: { vip: VIP_FAILS },
    then: { action: 'retry' },
  };
  return blueprint;
}

/** The theory: each class's service moments, their mixture and P–K on it. */
function theory() {
  const p = VIP_FAILS;
  // A geometric number N of fixed attempts a: E[N] = 1/(1−p), E[N²] = (1+p)/(1−p)².
  const vip = {
    mean: VIP_ATTEMPT / (1 - p),
    second: (VIP_ATTEMPT * VIP_ATTEMPT * (1 + p)) / ((1 - p) * (1 - p)),
  };
  const retail = { mean: 1, second: 2 };
  const mean = VIP_SHARE * vip.mean + (1 - VIP_SHARE) * retail.mean;
  const second = VIP_SHARE * vip.second + (1 - VIP_SHARE) * retail.second;
  const queue = mg1({ arrivalRate: ARRIVALS, service: { mean, variance: second - mean * mean } });
  if (!queue.stable) throw new Error('the example must be stable');
  const wait = queue.meanWaitInQueue;
  return { wait, mean, vip: wait + vip.mean, retail: wait + retail.mean, vipAttempts: 1 / (1 - p) };
}

function agreeOverSeeds(
  name: string,
  measured: (DurationStats | null | undefined)[],
  expected: number,
) {
  const means = measured.map((m) => m!.mean);
  const pooled = means.reduce((sum, x) => sum + x, 0) / means.length;
  expect(Math.abs(pooled - expected) / expected, `${name}: ${pooled} vs ${expected}`).toBeLessThan(
    0.015,
  );
  const covered = measured.filter((m) => m!.ci95![0] <= expected && expected <= m!.ci95![1]);
  expect(covered.length, `${name}: intervals covering ${expected}`).toBeGreaterThanOrEqual(9);
}

describe('per-class durations and failures match M/G/1 on the mixture', () => {
  const expected = theory();

  it('the blueprint is clean', () => {
    const checked = loadBlueprintValue(twoClassQueue(1));
    expect(checked.findings).toEqual([]);
  });

  it('common wait and each class time in system, over 12 seeds', () => {
    const runs = Array.from({ length: 12 }, (_, i) => simulate(twoClassQueue(101 + i)));
    agreeOverSeeds(
      'wait',
      runs.map((r) => r.steps.serve!.wait),
      expected.wait,
    );
    agreeOverSeeds(
      'retail wait',
      runs.map((r) => r.classes.retail!.wait),
      expected.wait,
    );
    agreeOverSeeds(
      'vip wait',
      runs.map((r) => r.classes.vip!.wait),
      expected.wait,
    );
    agreeOverSeeds(
      'retail time',
      runs.map((r) => r.classes.retail!.timeInSystem),
      expected.retail,
    );
    agreeOverSeeds(
      'vip time',
      runs.map((r) => r.classes.vip!.timeInSystem),
      expected.vip,
    );
    // Only VIPs fail: of all attempts, the VIPs' 0.4/(1 − p) per arrival fail with p.
    const vipAttempts = VIP_SHARE * expected.vipAttempts;
    const failRate = (vipAttempts * VIP_FAILS) / (vipAttempts + 1 - VIP_SHARE);
    const rates = runs.map((r) => r.steps.serve!.failures.rate);
    expect(rates.reduce((sum, x) => sum + x, 0) / rates.length).toBeCloseTo(failRate, 3);
  });

  it('the pool estimate takes the class mix of durations and failures', () => {
    const estimates = estimatePools(twoClassQueue(1));
    if (!estimates.ok) throw new Error(estimates.reason);
    const pool = estimates.pools[0]!;
    expect(pool.meanServiceMinutes).toBeCloseTo(expected.mean, 9);
    expect(pool.offeredLoad).toBeCloseTo(ARRIVALS * expected.mean, 9);
    expect(pool.meanWaitMinutes!).toBeCloseTo(expected.wait, 6);
  });
});
