/**
 * A goto failure with `rejoin: "front"`: the customer who went to correct what failed is
 * called next when they queue again (the window takes them back), instead of joining the
 * back of the line. Checked exactly on a hand-timed morning, and against Jackson-network
 * means, which do not depend on the order of the line (with exponential service the counts
 * move alike whoever is called), over many seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { steadyRun } from '../support/queues.ts';

type Rejoin = 'front' | 'back';

function checked(blueprint: Blueprint): Blueprint {
  const loaded = loadBlueprintValue(blueprint);
  expect(
    loaded.ok ? loaded.findings.filter((f) => f.severity === 'error') : loaded.findings,
  ).toEqual([]);
  return blueprint;
}

type Duration = NonNullable<Blueprint['steps'][number]['duration']>;

/**
 * The steps both blueprints share: a counter whose failure sends the customer to fix
 * their slip and back to the same teller (`again`), and the exit.
 */
function counterFixAgain(
  rejoin: Rejoin,
  service: Duration,
  failure: { probability: number; classProbability?: Record<string, number> },
  fix: Duration,
): Blueprint['steps'] {
  return [
    {
      id: 'counter',
      kind: 'action',
      lane: 'frontstage',
      label: 'At the counter',
      duration: service,
      resource: { pool: 'teller' },
      failure: { ...failure, then: { action: 'goto', step: 'fix', rejoin } },
    },
    { id: 'fix', kind: 'action', lane: 'customer', label: 'Fix the slip', duration: fix },
    {
      id: 'again',
      kind: 'action',
      lane: 'frontstage',
      label: 'Back at the counter',
      duration: service,
      resource: { pool: 'teller' },
    },
    { id: 'done', kind: 'action', lane: 'customer', label: 'Done', exit: { outcome: 'completed' } },
  ];
}

/**
 * One teller, 5 minutes a customer. Ann's slip is wrong (her class always fails at the
 * counter): she fixes it in 1 minute and comes back to the teller. Ben and Cao, booked a
 * minute and two after her, never fail.
 */
function morning(rejoin: Rejoin): Blueprint {
  const booked = (at: string) => ({
    type: 'appointments' as const,
    entry: 'arrive',
    slots: [{ at }],
  });
  return checked({
    format: 'blueprint-lab',
    version: 4,
    id: 'morning',
    name: 'Morning',
    steps: [
      { id: 'arrive', kind: 'action', lane: 'customer', label: 'Arrive' },
      ...counterFixAgain(
        rejoin,
        { type: 'fixed', value: 5 },
        { probability: 0, classProbability: { ann: 1 } },
        { type: 'fixed', value: 1 },
      ),
    ],
    flows: [
      { id: 'f1', from: 'arrive', to: 'counter' },
      { id: 'f2', from: 'counter', to: 'done' },
      { id: 'f3', from: 'fix', to: 'again' },
      { id: 'f4', from: 'again', to: 'done' },
    ],
    resources: [{ id: 'teller', kind: 'staff', label: 'Teller', capacity: 1 }],
    classes: [
      { id: 'ann', label: 'Ann', arrivals: booked('09:00') },
      { id: 'ben', label: 'Ben', arrivals: booked('09:01') },
      { id: 'cao', label: 'Cao', arrivals: booked('09:02') },
    ],
    run: { mode: 'day', open: '09:00', close: '10:00', replications: 1, seed: 1 },
  });
}

describe('rejoin at the front, by hand', () => {
  // Ann is served 0–5 and fails; Ben 5–10. Ann is back at 6: at the front she is next
  // (10–15) and Cao last (15–20); at the back Cao is next (10–15) and Ann last (15–20).
  it.each([
    ['front', { ann: 4, ben: 4, cao: 13 }, { ann: 15, cao: 18 }],
    ['back', { ann: 9, ben: 4, cao: 8 }, { ann: 20, cao: 13 }],
  ] as const)('%s: each one waits as the line says', (rejoin, waits, inBranch) => {
    const results = simulate(morning(rejoin));
    expect(results.steps['again']!.wait!.mean).toBeCloseTo(waits.ann, 9);
    expect(results.classes['ben']!.wait.mean).toBeCloseTo(waits.ben, 9);
    expect(results.classes['cao']!.wait.mean).toBeCloseTo(waits.cao, 9);
    expect(results.classes['ann']!.timeInSystem.mean).toBeCloseTo(inBranch.ann, 9);
    expect(results.classes['cao']!.timeInSystem.mean).toBeCloseTo(inBranch.cao, 9);
  });
});

/**
 * M/M/1 at 0.5 a minute, 1 minute a service; a fifth of the services fail, the customer
 * spends an exponential 30 minutes fixing it and comes back to the same teller for a
 * second service that does not fail. The teller is offered 0.5 + 0.1 = 0.6 a minute.
 * Back of the line: one FIFO M/M/1 queue, every wait ρ/(μ − λ) = 1.5 min. Front: those who
 * come back are a non-preemptive priority class (whatever their order among themselves),
 * so Cobham's formula holds: with W₀ = ρ·E[S²]/(2E[S]) = 0.6, the returning wait
 * W₀/(1 − 0.1) = 0.667 min and the first wait W₀/((1 − 0.1)(1 − 0.6)) = 1.667 min. Cobham
 * needs the returns to come as a Poisson stream; after a long fix they nearly do (after a
 * 2-minute fix a return follows its own first service closely, and the returning wait
 * measures 4 % under the formula). The time in the branch does not depend on the order
 * (Jackson, then Little): (0.6/0.4 + 0.1 × 30) / 0.5 = 9 min.
 */
const FIX_MINUTES = 30;

function rework(rejoin: Rejoin, seed: number): Blueprint {
  return checked({
    format: 'blueprint-lab',
    version: 4,
    id: 'rework',
    name: 'Rework',
    steps: counterFixAgain(
      rejoin,
      { type: 'exponential', mean: 1 },
      { probability: 0.2 },
      { type: 'exponential', mean: FIX_MINUTES },
    ),
    flows: [
      { id: 'f1', from: 'counter', to: 'done' },
      { id: 'f2', from: 'fix', to: 'again' },
      { id: 'f3', from: 'again', to: 'done' },
    ],
    resources: [{ id: 'teller', kind: 'staff', label: 'Teller', capacity: 1 }],
    arrivals: { type: 'poisson', entry: 'counter', perHour: 30 },
    run: steadyRun(40_000, 8, seed),
  });
}

const W0 = 0.6;
const THEORY = {
  front: { counter: W0 / (0.9 * 0.4), again: W0 / 0.9 },
  back: { counter: 1.5, again: 1.5 },
};
const IN_BRANCH = (0.6 / 0.4 + 0.1 * FIX_MINUTES) / 0.5;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('rejoin at the front, against queueing theory over 8 seeds', () => {
  it.each(['front', 'back'] as const)(
    '%s: the first and the returning waits (Cobham or FIFO), the time in the branch (Jackson)',
    (rejoin) => {
      const runs = SEEDS.map((seed) => simulate(rework(rejoin, seed)));
      const figures = [
        {
          expected: THEORY[rejoin].counter,
          of: (r: (typeof runs)[0]) => r.steps['counter']!.wait!,
        },
        { expected: THEORY[rejoin].again, of: (r: (typeof runs)[0]) => r.steps['again']!.wait! },
        { expected: IN_BRANCH, of: (r: (typeof runs)[0]) => r.system.timeInSystem },
      ];
      for (const { expected, of } of figures) {
        const stats = runs.map(of);
        const covered = stats.filter(({ ci95 }) => ci95![0] <= expected && expected <= ci95![1]);
        expect(covered.length, `${expected}`).toBeGreaterThanOrEqual(SEEDS.length - 2);
        const pooled = stats.reduce((sum, one) => sum + one.mean, 0) / stats.length;
        expect(Math.abs(pooled / expected - 1), `${pooled} against ${expected}`).toBeLessThan(0.03);
      }
    },
  );
});
