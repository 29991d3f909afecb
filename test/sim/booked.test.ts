/**
 * A booked step (`resource.booked`): the customer comes by appointment. Nobody gives up
 * or turns away there, however short their patience, and a booked customer is called
 * ahead of the walk-ins of their priority, booked customers among themselves first come,
 * first served. Checked by hand on a morning with exact times, and over many seeds
 * against the M/M/1 wait (patience has no say) and Cobham's formula for two
 * non-preemptive priority classes (booked ahead of walk-ins), in a pool whose units are
 * counted and in one whose units are told apart (`sameUnitAs`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintText, loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

type Step = Blueprint['steps'][number];
type Duration = NonNullable<Step['duration']>;

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

function checked(blueprint: Blueprint): Blueprint {
  const loaded = loadBlueprintValue(blueprint);
  expect(loaded.ok ? loaded.findings : loaded.findings).toEqual([]);
  return blueprint;
}

/**
 * One officer. Arrivals go to `walk-in` or `booked` (by class, or half and half),
 * both at the officer's, then leave.
 */
function officer(options: {
  service: Duration;
  sameUnit?: boolean;
  classes?: Blueprint['classes'];
  arrivals?: Blueprint['arrivals'];
  run: Blueprint['run'];
  byClass?: { walkIn: string[]; booked: string[] };
}): Blueprint {
  const { service, sameUnit = false, byClass } = options;
  const served = (id: string, label: string, booked: boolean): Step => ({
    id,
    kind: 'action',
    lane: 'frontstage',
    label,
    duration: service,
    resource: {
      pool: 'officer',
      ...(booked ? { booked: true } : {}),
      ...(sameUnit ? { sameUnitAs: id } : {}),
    },
  });
  return checked({
    format: 'blueprint-lab',
    version: 4,
    id: 'officer',
    name: 'Officer',
    steps: [
      { id: 'arrive', kind: 'decision', lane: 'customer', label: 'Booked?' },
      served('walk-in', 'Walk-in', false),
      served('booked', 'Booked', true),
      {
        id: 'done',
        kind: 'action',
        lane: 'customer',
        label: 'Done',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      byClass
        ? { id: 'w', from: 'arrive', to: 'walk-in', classes: byClass.walkIn }
        : { id: 'w', from: 'arrive', to: 'walk-in', probability: 0.5 },
      byClass
        ? { id: 'b', from: 'arrive', to: 'booked', classes: byClass.booked }
        : { id: 'b', from: 'arrive', to: 'booked', probability: 0.5 },
      { id: 'w-done', from: 'walk-in', to: 'done' },
      { id: 'b-done', from: 'booked', to: 'done' },
    ],
    resources: [{ id: 'officer', kind: 'staff', label: 'Officer', capacity: 1 }],
    ...(options.classes ? { classes: options.classes } : {}),
    ...(options.arrivals ? { arrivals: options.arrivals } : {}),
    run: options.run,
  });
}

/**
 * 5 minutes each. Ann walks in at 09:00 (served 0–5), Ben walks in at 09:01; Cao and
 * Dai are booked and come at 09:02 and 09:03. Booked first, in their order: Cao 5–10,
 * Dai 10–15, then Ben 15–20. Waits: Ann 0, Ben 14, Cao 3, Dai 7.
 */
function morning(sameUnit: boolean): Blueprint {
  const at = (time: string) => ({
    type: 'appointments' as const,
    entry: 'arrive',
    slots: [{ at: time }],
  });
  return officer({
    service: { type: 'fixed', value: 5 },
    sameUnit,
    classes: [
      { id: 'ann', label: 'Ann', arrivals: at('09:00') },
      { id: 'ben', label: 'Ben', arrivals: at('09:01') },
      { id: 'cao', label: 'Cao', arrivals: at('09:02') },
      { id: 'dai', label: 'Dai', arrivals: at('09:03') },
    ],
    byClass: { walkIn: ['ann', 'ben'], booked: ['cao', 'dai'] },
    run: { mode: 'day', open: '09:00', close: '10:00', replications: 1, seed: 1 },
  });
}

describe('booked steps, by hand', () => {
  it.each([false, true])(
    'booked customers go first, in the order they came (sameUnitAs: %s)',
    (sameUnit) => {
      const results = simulate(morning(sameUnit));
      const waits = { ann: 0, ben: 14, cao: 3, dai: 7 };
      for (const [id, wait] of Object.entries(waits))
        expect(results.classes[id]!.wait.mean, id).toBeCloseTo(wait, 9);
      expect(results.steps['booked']!.wait!.mean).toBeCloseTo(5, 9);
    },
  );
});

describe('nobody gives up at a booked step', () => {
  /** M/M/1 at ρ = 0.8 whose customers give up after 3 seconds on average, or balk at 1. */
  function impatient(booked: boolean, seed: number): Blueprint {
    const blueprint = singleQueue(0.8, 1, exponential(1), steadyRun(20_000, 4, seed));
    blueprint.classes = [
      { id: 'hasty', label: 'Hasty', share: 1, patience: exponential(0.05), balkAt: 1 },
    ];
    if (booked) blueprint.steps[0]!.resource!.booked = true;
    return blueprint;
  }

  it('walk-ins renege and balk; booked customers wait out the M/M/1 wait ρ/(μ − λ) = 4 min', () => {
    const walkIn = simulate(impatient(false, 1)).steps.serve!;
    expect(walkIn.reneges.mean).toBeGreaterThan(1_000);
    expect(walkIn.balks.mean).toBeGreaterThan(100);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const runs = seeds.map((seed) => simulate(impatient(true, seed)).steps.serve!);
    for (const run of runs) {
      expect(run.reneges.mean).toBe(0);
      expect(run.balks.mean).toBe(0);
    }
    const covered = runs.filter(({ wait }) => wait!.ci95![0] <= 4 && 4 <= wait!.ci95![1]);
    expect(covered.length).toBeGreaterThanOrEqual(seeds.length - 2);
    const pooled = runs.reduce((sum, run) => sum + run.wait!.mean, 0) / runs.length;
    expect(Math.abs(pooled / 4 - 1), `${pooled}`).toBeLessThan(0.04);
  });
});

/**
 * M/M/1 at 0.8 a minute, 1 minute a service, half the arrivals booked. Booked customers
 * are a non-preemptive priority class, so Cobham's formula gives the waits: with
 * W₀ = λE[S²]/2 = 0.8, booked W₀/(1 − 0.4) = 4/3 min, walk-ins W₀/((1 − 0.4)(1 − 0.8))
 * = 20/3 min. With one unit, told apart or not, the order is the same.
 */
describe('booked ahead of walk-ins, against Cobham over 8 seeds', () => {
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
  it.each([false, true])(
    'sameUnitAs: %s',
    (sameUnit) => {
      const runs = SEEDS.map((seed) =>
        simulate(
          officer({
            service: exponential(1),
            sameUnit,
            arrivals: { type: 'poisson', entry: 'arrive', perHour: 48 },
            run: steadyRun(40_000, 4, seed),
          }),
        ),
      );
      for (const [step, expected] of [
        ['booked', 4 / 3],
        ['walk-in', 20 / 3],
      ] as const) {
        const stats = runs.map((run) => run.steps[step]!.wait!);
        const covered = stats.filter(({ ci95 }) => ci95![0] <= expected && expected <= ci95![1]);
        expect(covered.length, step).toBeGreaterThanOrEqual(SEEDS.length - 2);
        const pooled = stats.reduce((sum, one) => sum + one.mean, 0) / stats.length;
        expect(Math.abs(pooled / expected - 1), `${step}: ${pooled}`).toBeLessThan(0.04);
      }
    },
    90_000,
  );
});

describe('the loan example', () => {
  it('books the follow-ups with the applicant’s own officer: nobody gives up there', () => {
    const text = readFileSync(
      new URL('../../blueprints/loan-application.json', import.meta.url),
      'utf8',
    );
    const loaded = loadBlueprintText(text);
    if (!loaded.ok) throw new Error('the loan example does not open');
    const followUps = ['f-doc-check', 'f-offer', 'f-decline'];
    for (const id of followUps) {
      const resource = loaded.blueprint.steps.find((step) => step.id === id)?.resource;
      expect(resource).toMatchObject({ booked: true, sameUnitAs: 'f-intake' });
    }
    const results = simulate(loaded.blueprint);
    for (const id of followUps) expect(results.steps[id]!.reneges.mean, id).toBe(0);
    // The walk-in at the application still may give up.
    expect(results.steps['f-intake']!.reneges.mean).toBeGreaterThan(0);
  });
});
