/** The staffing search, with a fake run (a known function of the units) and the real engine. */
import { describe, expect, it } from 'vitest';
import { type StaffingTry, findStaffing } from '../../../src/app/staffing/findStaffing.ts';
import { mmc, waitQuantile } from '../../../src/analysis/index.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import { type Results, simulate } from '../../../src/sim/index.ts';
import { minimalBlueprint } from '../../support/builders.ts';
import { singleQueue, steadyRun } from '../../support/queues.ts';

/** Only the figures the search reads; the rest of a Results does not matter here. */
function fakeResults(p90: number | null, utilization: number): Results {
  const wait = {
    mean: p90 ?? Number.NaN,
    ci95: null,
    p50: (p90 ?? Number.NaN) / 2,
    p90: p90 ?? Number.NaN,
    p95: (p90 ?? Number.NaN) * 1.2,
    max: p90 ?? Number.NaN,
    count: p90 === null ? 0 : 100,
  };
  return {
    system: { wait },
    resources: { tellers: { utilization: { mean: utilization, ci95: null } } },
  } as unknown as Results;
}

const tellersOf = (variant: Blueprint) =>
  variant.resources!.find((pool) => pool.id === 'tellers')!.capacity;

/** A run whose p90 wait is a function of the tellers, counting its calls. */
function fakeRun(p90OfUnits: (units: number) => number | null) {
  const calls: number[] = [];
  const run = (variant: Blueprint) => {
    const units = tellersOf(variant);
    calls.push(units);
    return Promise.resolve(fakeResults(p90OfUnits(units), 3 / units));
  };
  return { run, calls };
}

const p90 = (target: number) => ({ percentile: 90 as const, waitMinutes: target });
const summary = (tries: StaffingTry[]) => tries.map((t) => [t.units, t.waitMinutes, t.meetsTarget]);

describe('findStaffing with a fake run', () => {
  it('searches up from the start, then confirms the count below fails', async () => {
    // p90 = 24/units² minutes: 6, 2.67, 1.5, 0.96 for 2–5 units; the target 2 is met at 4.
    const { run, calls } = fakeRun((units) => 24 / units ** 2);
    const tried: number[] = [];
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 2,
      onTry: (units) => tried.push(units),
    });
    expect(answer).toMatchObject({
      reachable: true,
      units: 4,
      waitMinutes: 1.5,
      utilization: 0.75,
    });
    expect(calls).toEqual([2, 3, 4]); // 3 already failed: no need to run it again
    expect(tried).toEqual([2, 3, 4]);
    expect(summary(answer.tries)).toEqual([
      [2, 6, false],
      [3, 24 / 9, false],
      [4, 1.5, true],
    ]);
  });

  it('goes down when the start is already enough, until the count below fails', async () => {
    const { run, calls } = fakeRun((units) => 24 / units ** 2);
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
      start: 6,
    });
    expect(answer).toMatchObject({ reachable: true, units: 4 });
    expect(calls).toEqual([6, 5, 4, 3]);
  });

  it('reads the percentile asked for', async () => {
    const { run } = fakeRun((units) => 24 / units ** 2);
    // p50 is half the p90 here: 24/(2u²) ≤ 2 first at u = 3.
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: { percentile: 50, waitMinutes: 2 },
      run,
    });
    expect(answer).toMatchObject({ reachable: true, units: 3, waitMinutes: 12 / 9 });
  });

  it('stops when more units no longer shorten the wait (the wait is elsewhere)', async () => {
    // Another pool keeps the wait at 7 minutes from 4 tellers on (24, 12, 8, 7, 7, 7, 7):
    // three tries in a row without a shorter wait end the search.
    const { run, calls } = fakeRun((units) => Math.max(7, 24 / units));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(5),
      run,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'no-improvement' });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives up at the cap', async () => {
    const { run, calls } = fakeRun((units) => 1000 / units);
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(1),
      run,
      maxUnits: 8,
    });
    expect(answer).toMatchObject({ reachable: false, reason: 'cap' });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a run where nobody is measured does not meet the target', async () => {
    const { run } = fakeRun((units) => (units < 3 ? null : 1));
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(2),
      run,
    });
    expect(answer).toMatchObject({ reachable: true, units: 3 });
    expect(answer.tries[0]).toMatchObject({ units: 1, waitMinutes: null, meetsTarget: false });
  });

  it('an unknown pool is not reachable, without running anything', async () => {
    const { run, calls } = fakeRun(() => 1);
    const answer = await findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'nobody',
      target: p90(2),
      run,
    });
    expect(answer).toEqual({ reachable: false, reason: 'unknown-pool', tries: [] });
    expect(calls).toEqual([]);
  });

  it('cancelling stops the search with an AbortError', async () => {
    const controller = new AbortController();
    const { run, calls } = fakeRun((units) => 100 / units);
    const search = findStaffing({
      blueprint: minimalBlueprint(),
      poolId: 'tellers',
      target: p90(1),
      run,
      signal: controller.signal,
      onTry: (units) => {
        if (units === 3) controller.abort();
      },
    });
    await expect(search).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([1, 2, 3]);
  });
});

describe('findStaffing with the real engine', () => {
  it('finds the servers Erlang C asks for on an M/M/c queue', async () => {
    // λ = 1/min, mean service 1.5 min. Erlang C p90 waits: 5.6 min with 2 servers, 0.86
    // with 3, 0 with 4; a 2-minute target needs 3.
    const target = 2;
    const theory = (servers: number) => {
      const queue = mmc({ arrivalRate: 1, serviceRate: 1 / 1.5, servers });
      if (!queue.stable) throw new Error('unstable');
      return waitQuantile(queue, 0.9);
    };
    expect(theory(2)).toBeGreaterThan(target * 2);
    expect(theory(3)).toBeLessThan(target / 2);
    const blueprint = singleQueue(1, 1, { type: 'exponential', mean: 1.5 }, steadyRun(20_000, 4));
    blueprint.resources![0]!.id = 'tellers';
    blueprint.steps[0]!.resource = { pool: 'tellers' };
    const answer = await findStaffing({
      blueprint,
      poolId: 'tellers',
      target: p90(target),
      run: (variant) => Promise.resolve(simulate(variant)),
      start: 2,
    });
    expect(answer.reachable).toBe(true);
    if (!answer.reachable) return;
    expect(answer.units).toBe(3);
    expect(answer.tries.map((t) => t.units)).toEqual([2, 3]);
    // The measured p90 is Erlang C's within simulation noise; utilisation λ/(cμ) = 0.5.
    expect(answer.waitMinutes).toBeGreaterThan(theory(3) * 0.8);
    expect(answer.waitMinutes).toBeLessThan(theory(3) * 1.2);
    expect(answer.utilization!).toBeCloseTo(0.5, 1);
    expect(answer.tries[0]!.waitMinutes!).toBeGreaterThan(theory(2) * 0.8);
  });
});
