/**
 * Instant pool estimates never throw: extreme values answer at once or are refused with
 * the reason, and a property test over mutated examples finds no NaN or endless wait.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBlueprintValue } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { exponential, pool, readExample } from '../support/estimates.ts';
import { singleQueue } from '../support/queues.ts';

describe('estimatePools never throws', () => {
  it('a drawing without arrivals has nothing to estimate', () => {
    const blueprint = minimalBlueprint();
    delete blueprint.arrivals;
    expect(estimatePools(blueprint)).toEqual({ ok: true, mode: 'day', pools: [], diversions: [] });
  });

  // How fast it answers is a benchmark's question, not a test's; this holds the answer.
  it('a pool of the most units allowed answers: no wait', () => {
    const blueprint = minimalBlueprint();
    blueprint.resources![0]!.capacity = 1_000_000;
    const estimate = pool(blueprint, 'tellers');
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
