/**
 * Whatever valid blueprint it is given, the simulator answers: random blueprints (steps
 * in lanes, branches, loops, background work, pools with schedules, classes, every kind
 * of arrivals, short runs) go through the checks, and each without errors through a
 * small budgeted run, which must not throw (other than the budget's RunBudgetError) nor
 * leave a step, pool or class out of the results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Arrivals,
  type Blueprint,
  type Distribution,
  type Flow,
  type Step,
  hasErrors,
  loadBlueprintValue,
} from '../../src/model/index.ts';
import { DEFAULT_CLASS_ID, RunBudgetError, simulate } from '../../src/sim/index.ts';

const LANES = ['customer', 'frontstage', 'backstage', 'support'] as const;
const BUDGET = { maxEvents: 200_000, maxPresent: 5_000 };

const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({
    type: fc.constant('fixed' as const),
    value: fc.double({ min: 0, max: 10, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('exponential' as const),
    mean: fc.double({ min: 0.1, max: 10, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('gamma' as const),
    mean: fc.double({ min: 0.1, max: 10, noNaN: true }),
    cv: fc.constantFrom(1e-200, 0.5, 2),
  }),
  fc.record({
    type: fc.constant('empirical' as const),
    values: fc.constant<number[]>([1, 2, 5]),
    weights: fc.constantFrom<number[][]>([1, 1, 1], [1e308, 1e308, 0]),
  }),
);

const time = (hour: number, minute = 0): string =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function arrivalsAt(kind: number, rate: number): Arrivals {
  if (kind === 0) return { type: 'poisson', entry: 's0', perHour: rate };
  if (kind === 1)
    return {
      type: 'profile',
      entry: 's0',
      periods: [
        { from: '09:00', to: '09:30', perHour: rate },
        { from: '09:30', to: '10:00', perHour: rate * 2 },
      ],
    };
  return {
    type: 'appointments',
    entry: 's0',
    slots: [{ at: '09:10', count: Math.ceil(rate / 10) }, { at: '09:40' }],
    noShow: 0.1,
    lateness: { type: 'exponential', mean: 2 },
  };
}

const blueprint: fc.Arbitrary<Blueprint> = fc
  .record({
    stepCount: fc.integer({ min: 2, max: 7 }),
    lanes: fc.array(fc.constantFrom(...LANES), { minLength: 7, maxLength: 7 }),
    durations: fc.array(fc.option(distribution, { nil: undefined }), {
      minLength: 7,
      maxLength: 7,
    }),
    poolOf: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 7, maxLength: 7 }),
    extraFlows: fc.array(
      fc.tuple(fc.nat(6), fc.nat(6), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })),
      { maxLength: 4 },
    ),
    failures: fc.array(
      fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(2), fc.nat(6)), {
        nil: undefined,
      }),
      { minLength: 7, maxLength: 7 },
    ),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
    lunch: fc.boolean(),
    priority: fc.boolean(),
    classCount: fc.integer({ min: 0, max: 2 }),
    classIds: fc.constantFrom(['a', 'b'], ['constructor', 'toString']),
    arrivalKind: fc.integer({ min: 0, max: 2 }),
    rate: fc.double({ min: 1, max: 120, noNaN: true }),
    steady: fc.boolean(),
  })
  .map((p): Blueprint => {
    const steps: Step[] = Array.from({ length: p.stepCount }, (_, i) => {
      const last = i === p.stepCount - 1;
      const pool = p.poolOf[i]!;
      const failure = p.failures[i];
      return {
        id: `s${i}`,
        kind: i % 3 === 2 ? 'decision' : 'action',
        lane: p.lanes[i]!,
        label: `Step ${i}`,
        ...(p.durations[i] ? { duration: p.durations[i] } : {}),
        ...(pool >= 0 ? { resource: { pool: `p${pool}` } } : {}),
        ...(failure
          ? {
              failure: {
                probability: failure[0],
                then:
                  failure[1] === 0
                    ? { action: 'retry' as const, maxRetries: 3 }
                    : failure[1] === 1
                      ? { action: 'goto' as const, step: `s${failure[2] % p.stepCount}` }
                      : { action: 'leave' as const },
              },
            }
          : {}),
        ...(last ? { exit: { outcome: 'completed' as const } } : {}),
      };
    });
    const flows: Flow[] = steps
      .slice(1)
      .map((step, i) => ({ id: `f${i}`, from: `s${i}`, to: step.id }));
    p.extraFlows.forEach(([from, to, background, chance], i) => {
      const a = from % p.stepCount;
      const b = to % p.stepCount;
      flows.push(
        background
          ? { id: `x${i}`, from: `s${a}`, to: `s${b}`, background: true, probability: chance }
          : { id: `x${i}`, from: `s${a}`, to: `s${b}` },
      );
    });
    const classes = p.classIds.slice(0, p.classCount).map((id, i) => ({
      id,
      label: id,
      share: p.classCount === 1 ? 1 : 0.5,
      priority: i,
      patience: { type: 'exponential' as const, mean: 20 },
      balkAt: 10,
    }));
    return {
      format: 'blueprint-lab',
      version: 4,
      id: 'random',
      name: 'Random',
      steps,
      flows,
      resources: p.capacities.map((capacity, i) => ({
        id: `p${i}`,
        kind: 'staff' as const,
        label: `Pool ${i}`,
        capacity,
        ...(p.lunch ? { schedule: [{ from: '09:20', to: '09:40', capacity: capacity + 1 }] } : {}),
        ...(p.priority ? { discipline: 'priority' as const } : {}),
      })),
      ...(classes.length ? { classes } : {}),
      arrivals: arrivalsAt(p.arrivalKind, p.rate),
      run: p.steady
        ? { mode: 'steady', horizon: 120, warmup: 10, replications: 2 }
        : { mode: 'day', open: time(9), close: time(10), replications: 2 },
    };
  });

describe('the simulator on random valid blueprints', () => {
  it('never throws (but for its budget) and reports every step, pool and class', () => {
    let simulated = 0;
    fc.assert(
      fc.property(blueprint, (candidate) => {
        const loaded = loadBlueprintValue(JSON.parse(JSON.stringify(candidate)));
        if (!loaded.ok || hasErrors(loaded.findings)) return;
        const checked = loaded.blueprint;
        let results;
        try {
          results = simulate(checked, { budget: BUDGET });
        } catch (error) {
          if (error instanceof RunBudgetError) return;
          throw error;
        }
        simulated++;
        for (const step of checked.steps) expect(Object.hasOwn(results.steps, step.id)).toBe(true);
        for (const pool of checked.resources ?? [])
          expect(Object.hasOwn(results.resources, pool.id)).toBe(true);
        const classIds = checked.classes?.map((c) => c.id) ?? [DEFAULT_CLASS_ID];
        for (const id of classIds) expect(Object.hasOwn(results.classes, id)).toBe(true);
        expect(Number.isFinite(results.system.arrived)).toBe(true);
      }),
      { numRuns: 100, seed: 20261203 },
    );
    expect(simulated).toBeGreaterThan(50);
  });
});
