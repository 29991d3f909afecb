/**
 * Instant pool estimates: hand-computed M/M/1 and M/M/c figures on small blueprints, the
 * counter-deposit example, overload, and a property test that no valid blueprint makes
 * the estimate throw.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { type PoolEstimate, type PoolEstimates, estimatePools } from '../../src/sim/index.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { priorityQueue, reworkQueue, singleQueue, steadyRun } from '../support/queues.ts';

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

function readExample(name: string): Blueprint {
  return JSON.parse(
    readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), 'utf8'),
  ) as Blueprint;
}

function pools(result: PoolEstimates): PoolEstimate[] {
  if (!result.ok) throw new Error(`expected an estimate, got: ${result.reason}`);
  return result.pools;
}

function pool(blueprint: Blueprint, id: string): PoolEstimate {
  const found = pools(estimatePools(blueprint)).find((estimate) => estimate.id === id);
  if (!found) throw new Error(`no estimate for pool ${id}`);
  return found;
}

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

  it('classes with arrivals of their own add up at a shared pool', () => {
    // 0.2 + 0.3 per minute at 1.5 min: a = 0.75 Erlangs on 2 servers.
    const estimate = pool(priorityQueue([0.2, 0.3], 2, 1.5, steadyRun(1000)), 'serve-pool');
    expect(estimate.arrivalsPerMinute).toBeCloseTo(0.5, 10);
    expect(estimate.offeredLoad).toBeCloseTo(0.75, 10);
    expect(estimate.utilization).toBeCloseTo(0.375, 10);
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

describe('estimatePools on the examples', () => {
  it('counter deposit: tellers close to full but stable, the ticket machine at λ·0.4 min', () => {
    const estimates = pools(estimatePools(readExample('counter-deposit.json')));
    expect(estimates.map((estimate) => estimate.id)).toEqual([
      'tellers',
      'ticket-machine',
      'core-banking',
      'back-office',
    ]);
    const tellers = estimates[0]!;
    // 4 tellers, 3 over lunch 11:30–13:30: (6·4 + 2·3)/8 = 3.75 units on average.
    expect(tellers.capacity).toBeCloseTo(3.75, 10);
    expect(tellers.utilization!).toBeGreaterThan(0.9);
    expect(tellers.utilization!).toBeLessThan(1);
    expect(tellers.overloaded).toBe(false);
    expect(tellers.minimumUnits).toBe(4);
    // A customer keeps the same teller from hand-over to print: one service of a few minutes.
    expect(tellers.meanServiceMinutes!).toBeGreaterThan(4);
    expect(tellers.meanServiceMinutes!).toBeLessThan(5);
    // (40·2.5 + 56·2 + 44·3.5) / 480 min = 0.7625 per minute, each 0.4 min on average.
    const ticket = estimates[1]!;
    expect(ticket.arrivalsPerMinute).toBeCloseTo(0.7625, 10);
    expect(ticket.utilization).toBeCloseTo(0.305, 10);
    // Before lunch, 40 an hour: ρ = 0.2667; M/G/1 with a uniform 0.2–0.6 min service,
    // c_s² = (0.4²/12)/0.4² = 1/12, so Pollaczek–Khinchine (which Allen–Cunneen is for one
    // unit): Wq = ρ·0.4/(1 − ρ) · (1 + 1/12)/2.
    const morning = ticket.stretches[0]!;
    const rho = (40 / 60) * 0.4;
    expect(morning).toMatchObject({ from: 540, to: 690, units: 1, steady: true });
    expect(morning.waitProbability).toBeCloseTo(rho, 10);
    expect(morning.meanWaitMinutes).toBeCloseTo(((rho * 0.4) / (1 - rho)) * (13 / 24), 10);
  });

  it('every example gives finite figures for every pool', () => {
    const names = readdirSync(new URL('../../blueprints/', import.meta.url)).filter((name) =>
      name.endsWith('.json'),
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      for (const estimate of pools(estimatePools(readExample(name)))) {
        expect(Number.isFinite(estimate.offeredLoad)).toBe(true);
        expect(estimate.utilization).not.toBeNull();
        expect(estimate.overloaded).toBe(false);
        if (estimate.meanWaitMinutes !== null)
          expect(estimate.meanWaitMinutes).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('estimatePools never throws', () => {
  it('a drawing without arrivals has nothing to estimate', () => {
    const blueprint = minimalBlueprint();
    delete blueprint.arrivals;
    expect(estimatePools(blueprint)).toEqual({ ok: true, mode: 'day', pools: [] });
  });

  it('a pool of the most units allowed answers at once: no wait, without a million Erlang B steps', () => {
    const blueprint = minimalBlueprint();
    blueprint.resources![0]!.capacity = 1_000_000;
    const started = performance.now();
    const estimate = pool(blueprint, 'tellers');
    expect(performance.now() - started).toBeLessThan(200);
    expect(estimate.stretches[0]!.waitProbability).toBe(0);
    expect(estimate.meanWaitMinutes).toBe(0);
  });

  it('a steady run of 10^300 minutes is refused by the format, with the reason', () => {
    const long = singleQueue(0.5, 1, exponential(1), { mode: 'steady', horizon: 1e300 });
    const result = estimatePools(long);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/horizon/);
  });

  it('a steady run of the longest horizon allowed is estimated over one day cycle', () => {
    const long = singleQueue(0.5, 1, exponential(1), { mode: 'steady', horizon: 10_000_000 });
    expect(pool(long, 'serve-pool').meanWaitMinutes).toBeCloseTo(1, 10);
  });

  it('a slot of a billion bookings is refused, not listed one by one', () => {
    const blueprint = minimalBlueprint();
    blueprint.arrivals = {
      type: 'appointments',
      entry: 'arrive',
      slots: [{ at: '10:00', count: 1e9 }],
    };
    const result = estimatePools(blueprint);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/count/);
  });

  it('a blueprint the checks reject gives the reason', () => {
    const blueprint = minimalBlueprint();
    blueprint.flows.push({ id: 'f3', from: 'serve', to: 'nowhere' });
    const result = estimatePools(blueprint);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/nowhere/);
  });

  type Json = unknown;
  function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
    const found = [prefix];
    if (Array.isArray(value))
      value.forEach((item, i) => found.push(...pathsOf(item, [...prefix, i])));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        found.push(...pathsOf(item, [...prefix, key]));
    return found;
  }
  function replaced(document: Json, path: (string | number)[], value: Json | undefined): Json {
    if (path.length === 0) return document;
    const copy = structuredClone(document) as Record<string | number, Json>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
    const last = path[path.length - 1]!;
    if (value !== undefined) node[last] = value;
    else if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
    return copy;
  }

  it('on examples with values changed or removed (whatever the checks accept as a blueprint)', () => {
    const seeds = [
      minimalBlueprint(),
      ...['counter-deposit.json', 'client-reception.json', 'loan-application.json'].map(
        readExample,
      ),
    ] as Json[];
    const value = fc.oneof(
      fc.constantFrom(0, 1, 2, 0.5, 1e9, 1e308, -1, '09:00', '24:00', 'tellers', 'serve', null),
      fc.double({ noNaN: true }),
      fc.integer({ min: 0, max: 100 }),
    );
    // Numbers are what a designer edits most (rates, capacities, durations, chances), so
    // most mutations change a number; the rest change or remove anything.
    const numericPaths = (seed: Json) =>
      pathsOf(seed).filter((path) => {
        let node = seed as Record<string | number, Json>;
        for (const key of path) node = node[key] as Record<string | number, Json>;
        return typeof node === 'number';
      });
    const change = (seed: Json) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...numericPaths(seed)), value) },
        {
          weight: 1,
          arbitrary: fc.tuple(
            fc.constantFrom(...pathsOf(seed)),
            fc.option(value, { nil: undefined }),
          ),
        },
      );
    const mutation = fc
      .constantFrom(...seeds)
      .chain((seed) =>
        fc.tuple(fc.constant(seed), fc.array(change(seed), { minLength: 1, maxLength: 3 })),
      );
    let estimated = 0;
    fc.assert(
      fc.property(mutation, ([seed, changes]) => {
        let document = seed;
        for (const [path, replacement] of changes) {
          try {
            document = replaced(document, path, replacement);
          } catch {
            // An earlier change removed this path: skip it.
          }
        }
        const loaded = loadBlueprintValue(document);
        if (!loaded.ok) return;
        const result = estimatePools(loaded.blueprint);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        estimated++;
        for (const estimate of result.pools) {
          expect(Number.isNaN(estimate.offeredLoad)).toBe(false);
          expect(estimate.offeredLoad).toBeGreaterThanOrEqual(0);
          if (estimate.meanWaitMinutes !== null)
            expect(Number.isFinite(estimate.meanWaitMinutes)).toBe(true);
          if (estimate.utilization !== null && estimate.utilization >= 1)
            expect(estimate.overloaded).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // The property means little if hardly any mutant got as far as an estimate.
    expect(estimated).toBeGreaterThan(40);
  });
});
