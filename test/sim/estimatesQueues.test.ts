/**
 * Instant pool estimates against hand-computed M/M/1, M/M/2, Jackson (rework), held-span
 * and multi-class queues on small blueprints.
 */
import { describe, expect, it } from 'vitest';
import { minimalBlueprint } from '../support/builders.ts';
import { exponential, pool } from '../support/estimates.ts';
import { priorityQueue, reworkQueue, singleQueue, steadyRun } from '../support/queues.ts';

describe('estimatePools against hand-computed queues', () => {
  it('M/M/1: λ = 0.5/min, mean service 1 min → ρ 0.5, P(wait) 0.5, Wq = ρ/(μ−λ) = 1 min', () => {
    const estimate = pool(singleQueue(0.5, 1, exponential(1), steadyRun(1000)), 'serve-pool');
    expect(estimate.offeredLoad).toBeCloseTo(0.5, 10);
    expect(estimate.capacity).toBe(1);
    expect(estimate.utilization).toBeCloseTo(0.5, 10);
    expect(estimate.overloaded).toBe(false);
    expect(estimate.arrivalsPerMinute).toBeCloseTo(0.5, 10);
    expect(estimate.meanServiceMinutes).toBeCloseTo(1, 10);
    // A steady run without schedules is one stretch, settled: Erlang C exactly.
    expect(estimate.stretches).toHaveLength(1);
    expect(estimate.stretches[0]).toMatchObject({ units: 1, steady: true, growthPerHour: null });
    expect(estimate.stretches[0]!.waitProbability).toBeCloseTo(0.5, 10);
    expect(estimate.stretches[0]!.meanWaitMinutes).toBeCloseTo(1, 10);
    expect(estimate.meanWaitMinutes).toBeCloseTo(1, 10);
    expect(estimate.waitReason).toBeNull();
    expect(estimate.minimumUnits).toBe(1);
  });

  it('M/M/2: λ = 1/min, mean 1.5 min → a 1.5, C = 9/14, Wq = 27/14 min', () => {
    // Erlang B: B1 = 1.5/2.5 = 0.6, B2 = 0.9/2.9 = 9/29; C = B2/(1 − 0.75·(1 − B2)) = 9/14.
    const estimate = pool(singleQueue(1, 2, exponential(1.5), steadyRun(1000)), 'serve-pool');
    expect(estimate.offeredLoad).toBeCloseTo(1.5, 10);
    expect(estimate.utilization).toBeCloseTo(0.75, 10);
    expect(estimate.stretches[0]!.units).toBe(2);
    expect(estimate.stretches[0]!.waitProbability).toBeCloseTo(9 / 14, 10);
    expect(estimate.meanWaitMinutes).toBeCloseTo(27 / 14, 10);
    expect(estimate.minimumUnits).toBe(2);
  });

  it('rework: every return queues again, so λ doubles with a 50 % rework (Jackson)', () => {
    const estimate = pool(reworkQueue(0.25, 0.5, exponential(1), steadyRun(1000)), 'serve-pool');
    expect(estimate.arrivalsPerMinute).toBeCloseTo(0.5, 8);
    expect(estimate.offeredLoad).toBeCloseTo(0.5, 8);
    expect(estimate.meanWaitMinutes).toBeCloseTo(1, 6);
  });

  it('a held span is one service: the steps inside it add work, not arrivals', () => {
    // 20/h = 1/3 per min hold a teller for 2 + 2 min: a = 4/3, c = 2, ρ = 2/3.
    // B1 = 4/7, B2 = 8/29, C = (8/29)/(1 − (2/3)(21/29)) = 8/15, Wq = C/(2/4 − 1/3) = 3.2 min.
    const blueprint = minimalBlueprint();
    blueprint.steps = [
      blueprint.steps[0]!,
      {
        id: 'serve',
        kind: 'action',
        lane: 'frontstage',
        label: 'Serve',
        duration: exponential(2),
        resource: { pool: 'tellers', keepUntil: 'confirm' },
      },
      {
        id: 'confirm',
        kind: 'action',
        lane: 'frontstage',
        label: 'Confirm',
        duration: exponential(2),
        resource: { pool: 'tellers' },
      },
      blueprint.steps[2]!,
    ];
    blueprint.flows = [
      { id: 'f1', from: 'arrive', to: 'serve' },
      { id: 'f2', from: 'serve', to: 'confirm' },
      { id: 'f3', from: 'confirm', to: 'leave' },
    ];
    const estimate = pool(blueprint, 'tellers');
    expect(estimate.arrivalsPerMinute).toBeCloseTo(1 / 3, 10);
    expect(estimate.meanServiceMinutes).toBeCloseTo(4, 10);
    // Two exponential steps in a row: c_s² = (4 + 4)/16 = 1/2, so Allen–Cunneen gives
    // Wq ≈ 3.2 · (1 + 1/2)/2 = 2.4 min for the settled stretch.
    expect(estimate.stretches[0]!.waitProbability).toBeCloseTo(8 / 15, 10);
    expect(estimate.stretches[0]!.meanWaitMinutes).toBeCloseTo(2.4, 10);
    // The day starts empty at opening, so the day's mean is a little below the settled one.
    expect(estimate.meanWaitMinutes!).toBeLessThan(2.4);
    expect(estimate.meanWaitMinutes!).toBeGreaterThan(2);
  });

  it('classes with arrivals of their own add up at a shared pool', () => {
    // 0.2 + 0.3 per minute at 1.5 min: a = 0.75 Erlangs on 2 servers.
    const estimate = pool(priorityQueue([0.2, 0.3], 2, 1.5, steadyRun(1000)), 'serve-pool');
    expect(estimate.arrivalsPerMinute).toBeCloseTo(0.5, 10);
    expect(estimate.offeredLoad).toBeCloseTo(0.75, 10);
    expect(estimate.utilization).toBeCloseTo(0.375, 10);
  });
});
