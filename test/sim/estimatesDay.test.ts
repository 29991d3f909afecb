/**
 * Instant pool estimates over the hours of a day: capacity averaged over opening hours
 * (or the whole day in a steady run), waits by the units of each stretch, and the
 * busiest stretch of a business day.
 */
import { describe, expect, it } from 'vitest';
import { estimatePools } from '../../src/sim/estimates.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { exponential, pool, pools, readExample } from '../support/estimates.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

describe('estimatePools over the hours of a day', () => {
  it('a business day averages capacity over opening hours, and waits by the units of each stretch', () => {
    // 2 tellers, 1 from 12:00 to 14:00: (6·2 + 2·1)/8 = 1.75 units over 09:00–17:00.
    const blueprint = minimalBlueprint();
    blueprint.resources![0]!.schedule = [{ from: '12:00', to: '14:00', capacity: 1 }];
    const estimate = pool(blueprint, 'tellers');
    expect(estimate.capacity).toBeCloseTo(1.75, 10);
    expect(estimate.offeredLoad).toBeCloseTo(4 / 3, 10);
    expect(estimate.utilization).toBeCloseTo(4 / 3 / 1.75, 10);
    expect(estimate.overloaded).toBe(false);
    // Not ⌊1.75⌋ = 1 unit all day: 2 until noon, 1 over lunch, 2 again.
    const [morning, lunch, afternoon] = estimate.stretches;
    expect(estimate.stretches).toHaveLength(3);
    expect(morning).toMatchObject({ from: 540, to: 720, units: 2, steady: true });
    // 1/3 a minute at 4 min on one unit: 1.33 Erlangs, the line grows by (1/3 − 1/4)·60 = 5 an hour.
    expect(lunch).toMatchObject({ from: 720, to: 840, units: 1, steady: false });
    expect(lunch!.meanWaitMinutes).toBeNull();
    expect(lunch!.growthPerHour).toBeCloseTo(5, 10);
    expect(afternoon).toMatchObject({ from: 840, to: 1020, units: 2, steady: true });
    // The lunch backlog (about 10) drains slowly afterwards: the day waits longer than a
    // settled two-teller queue would.
    expect(estimate.waitReason).toBeNull();
    expect(estimate.meanWaitMinutes!).toBeGreaterThan(morning!.meanWaitMinutes!);
    // One unit (lunch at 0): 6/8 = 0.75 units, too few; two units: 1.75, enough.
    expect(estimate.minimumUnits).toBe(2);
  });

  it('a steady run averages the schedule over the whole day', () => {
    // 2 units, 1 from 12:00 to 14:00, every day: (22·2 + 2·1)/24 units.
    const blueprint = singleQueue(0.5, 2, exponential(1), steadyRun(1000));
    blueprint.resources![0]!.schedule = [{ from: '12:00', to: '14:00', capacity: 1 }];
    expect(pool(blueprint, 'serve-pool').capacity).toBeCloseTo(46 / 24, 10);
  });

  it('only opening hours count: capacity outside them does not help', () => {
    const blueprint = minimalBlueprint();
    blueprint.resources![0]!.capacity = 0;
    blueprint.resources![0]!.schedule = [{ from: '18:00', to: '20:00', capacity: 5 }];
    const estimate = pool(blueprint, 'tellers');
    expect(estimate.capacity).toBe(0);
    expect(estimate.utilization).toBeNull();
    expect(estimate.overloaded).toBe(true);
    expect(estimate.minimumUnits).toBe(2);
  });
});

describe('the busiest stretch of a business day', () => {
  it('counter deposit: the tellers keep up over the day but not over lunch', () => {
    const [tellers, ticket, core] = pools(estimatePools(readExample('counter-deposit.json')));
    // Lunch 11:30–13:30: 56 arrivals an hour for 3 tellers. Per arrival the tellers get the
    // day's mean work (load ÷ arrivals), so the stretch's load is 56/60 of it per minute.
    const workPerArrival = tellers!.offeredLoad / (0.7625 * 1);
    const lunchLoad = (56 / 60) * workPerArrival;
    expect(tellers!.peak).toMatchObject({ from: 690, to: 810, units: 3, overloaded: true });
    expect(tellers!.peak!.utilization!).toBeCloseTo(lunchLoad / 3, 6);
    expect(tellers!.peak!.unitsNeeded).toBe(Math.floor(lunchLoad) + 1);
    // The ticket machine is busiest at lunch too, and still keeps up.
    expect(ticket!.peak).toMatchObject({ from: 690, to: 810, overloaded: false });
    expect(ticket!.peak!.utilization!).toBeCloseTo((56 / 60) * 0.4, 10);
    // The core system is never near busy: no stretch worth a mention.
    expect(core!.peak).toBeNull();
  });

  it('says nothing when nothing changes over the day, or in a steady run', () => {
    const flat = singleQueue(0.5, 1, { type: 'exponential', mean: 1 }, undefined);
    expect(pool(flat, 'serve-pool').peak).toBeNull();
    const steady = singleQueue(0.5, 1, { type: 'exponential', mean: 1 }, steadyRun(1000));
    expect(pool(steady, 'serve-pool').peak).toBeNull();
  });
});
