/** Instant pool estimates flag a pool loaded to or beyond its capacity. */
import { describe, expect, it } from 'vitest';
import { minimalBlueprint } from '../support/builders.ts';
import { pool } from '../support/estimates.ts';

describe('estimatePools flags overload', () => {
  it('40 customers an hour at 4 min on 2 tellers: 133 % busy, at least 3 tellers', () => {
    const blueprint = minimalBlueprint();
    blueprint.arrivals = { type: 'poisson', entry: 'arrive', perHour: 40 };
    const estimate = pool(blueprint, 'tellers');
    expect(estimate.utilization).toBeCloseTo(4 / 3, 10);
    expect(estimate.overloaded).toBe(true);
    expect(estimate.stretches).toHaveLength(1);
    expect(estimate.stretches[0]).toMatchObject({ steady: false, meanWaitMinutes: null });
    // 2/3 a minute in, 2/4 served: the line grows by 10 an hour, 80 by closing time. An
    // arrival at t waits for (t/6) customers ahead at 1/2 a minute: t/3, 80 min on average.
    expect(estimate.stretches[0]!.growthPerHour).toBeCloseTo(10, 10);
    expect(estimate.meanWaitMinutes!).toBeCloseTo(80, 0);
    expect(estimate.minimumUnits).toBe(3);
  });

  it('exactly 100 % busy is overloaded', () => {
    const blueprint = minimalBlueprint();
    blueprint.arrivals = { type: 'poisson', entry: 'arrive', perHour: 30 };
    const estimate = pool(blueprint, 'tellers');
    expect(estimate.utilization).toBeCloseTo(1, 12);
    expect(estimate.overloaded).toBe(true);
    expect(estimate.minimumUnits).toBe(3);
  });
});
