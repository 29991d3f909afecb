/**
 * Missed tickets (过号, a step's `missedCall`): a customer called from the queue may not be
 * there; the units wait the call time, then call the next ticket; the customer comes back
 * (queued again behind a few tickets, or at the back) or is lost. Checked exactly on a
 * hand-timed morning, by the recalled ticket's place in the line in a long event log,
 * and against the Markov chain of the number present and the units calling, solved
 * numerically, over many seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint, Distribution } from '../../src/model/index.ts';
import { loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { steadyRun } from '../support/queues.ts';

type Then = NonNullable<Blueprint['steps'][number]['missedCall']>['then'];

function checked(blueprint: Blueprint): Blueprint {
  const loaded = loadBlueprintValue(blueprint);
  expect(
    loaded.ok ? loaded.findings.filter((f) => f.severity === 'error') : loaded.findings,
  ).toEqual([]);
  return blueprint;
}

/** One pooled counter with missed tickets; Poisson arrivals or the given classes. */
function counter(options: {
  units: number;
  service: Distribution;
  callTime: Distribution;
  probability: number;
  classProbability?: Record<string, number>;
  then: Then;
  arrivals?: Blueprint['arrivals'];
  classes?: Blueprint['classes'];
  run: Blueprint['run'];
}): Blueprint {
  return checked({
    format: 'blueprint-lab',
    version: 4,
    id: 'missed',
    name: 'Missed tickets',
    steps: [
      {
        id: 'counter',
        kind: 'action',
        lane: 'frontstage',
        label: 'Counter',
        duration: options.service,
        resource: { pool: 'tellers' },
        missedCall: {
          probability: options.probability,
          ...(options.classProbability ? { classProbability: options.classProbability } : {}),
          callTime: options.callTime,
          then: options.then,
        },
      },
      {
        id: 'done',
        kind: 'action',
        lane: 'customer',
        label: 'Done',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [{ id: 'f1', from: 'counter', to: 'done' }],
    resources: [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: options.units }],
    ...(options.arrivals ? { arrivals: options.arrivals } : {}),
    ...(options.classes ? { classes: options.classes } : {}),
    run: options.run,
  });
}

describe('missed tickets, by hand', () => {
  const booked = (at: string) => ({
    type: 'appointments' as const,
    entry: 'counter',
    slots: [{ at }],
  });
  // One teller, 5 minutes a customer, a call of 1 minute. Zed (09:00) finds the teller
  // free: he is there, served 0–5. Ann (09:01) is never there when called; Ben (09:02)
  // and Cao (09:03) always are. At 5 the teller calls Ann: nobody comes; at 6 Ann's
  // ticket is void and Ben is called (6–11), then Cao (11–16).
  const morning = counter({
    units: 1,
    service: { type: 'fixed', value: 5 },
    callTime: { type: 'fixed', value: 1 },
    probability: 0,
    classProbability: { ann: 1 },
    then: { action: 'gone' },
    classes: [
      { id: 'zed', label: 'Zed', arrivals: booked('09:00') },
      { id: 'ann', label: 'Ann', arrivals: booked('09:01') },
      { id: 'ben', label: 'Ben', arrivals: booked('09:02') },
      { id: 'cao', label: 'Cao', arrivals: booked('09:03') },
    ],
    run: { mode: 'day', open: '09:00', close: '10:00', replications: 1, seed: 1 },
  });

  it('the call holds the teller for its time and the next ticket waits for it', () => {
    const results = simulate(morning);
    expect(results.classes['ben']!.wait.mean).toBeCloseTo(4, 9);
    expect(results.classes['cao']!.wait.mean).toBeCloseTo(8, 9);
    expect(results.classes['cao']!.timeInSystem.mean).toBeCloseTo(13, 9);
    expect(results.classes['ann']!.served.mean).toBe(0);
    expect(results.classes['ann']!.abandoned.mean).toBe(1);
    expect(results.classes['ann']!.missedLost!.mean).toBe(1);
    expect(results.classes['ben']!.missedLost!.mean).toBe(0);
    expect(results.system.missedLost!.mean).toBe(1);
    const missed = results.steps['counter']!.missedCalls!;
    expect(missed.missed.mean).toBe(1);
    expect(missed.lost.mean).toBe(1);
    expect(missed.recalled.mean).toBe(0);
    expect(missed.callMinutes.mean).toBeCloseTo(1, 9);
    // Zed was served at once; of the three called, one was missed.
    expect(missed.share).toBeCloseTo(1 / 3, 9);
    // Busy 16 of the 60 minutes of the teller's hours: 15 serving and 1 calling.
    expect(results.resources['tellers']!.utilization.mean).toBeCloseTo(16 / 60, 9);
  });

  it('a blueprint without missed tickets reports none of it', () => {
    const plain = structuredClone(morning);
    delete plain.steps[0]!.missedCall;
    const results = simulate(plain);
    expect(results.steps['counter']!.missedCalls).toBeUndefined();
    expect(results.classes['ann']!.missedLost).toBeUndefined();
    expect(results.system.missedLost).toBeUndefined();
    expect(results.classes['cao']!.wait.mean).toBeCloseTo(12, 9); // Ann served 5–10, Ben 10–15
  });
});

describe('a recalled ticket takes its place in the line', () => {
  // One teller, one class, FIFO: a customer who comes back after a missed call is called
  // again after exactly `after` of those waiting when they came back (all, when fewer).
  it.each([0, 2, 5])('after %i tickets, in every one of thousands of recalls', (after) => {
    const blueprint = counter({
      units: 1,
      service: { type: 'exponential', mean: 1 },
      callTime: { type: 'fixed', value: 0.5 },
      probability: 0.3,
      then: { action: 'recall', after },
      arrivals: { type: 'poisson', entry: 'counter', perHour: 42 },
      run: steadyRun(3000, 1, 5),
    });
    const waiting: number[] = []; // case ids in line order
    const expectedAhead = new Map<number, number>();
    const calledSince = new Map<number, number>();
    let recalls = 0;
    simulate(blueprint, {
      onEvent: ({ caseId, event }) => {
        if (event === 'queue') waiting.push(caseId);
        else if (event === 'recall') {
          recalls++;
          expectedAhead.set(caseId, Math.min(after, waiting.length));
          calledSince.set(caseId, 0);
          waiting.push(caseId);
        } else if (event === 'start' || event === 'missed') {
          const at = waiting.indexOf(caseId);
          if (at < 0) return; // served at once, never queued
          waiting.splice(at, 1);
          const ahead = expectedAhead.get(caseId);
          if (ahead !== undefined) {
            expect(calledSince.get(caseId)).toBe(ahead);
            expectedAhead.delete(caseId);
            calledSince.delete(caseId);
          }
          for (const [id, count] of calledSince) calledSince.set(id, count + 1);
        }
      },
    });
    expect(recalls).toBeGreaterThan(500);
  });
});

/**
 * c tellers, Poisson arrivals λ, exponential service μ and call γ, chance p a called
 * customer is absent, r that they come back (to any place in the line: the counts move
 * alike). A customer who finds a teller free is served at once (never absent). State
 * (n present, k tellers calling); solved as a linear system with n truncated at N.
 */
function chain(c: number, lambda: number, mu: number, gamma: number, p: number, r: number) {
  const N = 120;
  const states: [number, number][] = [];
  const index = new Map<string, number>();
  for (let n = 0; n <= N; n++)
    for (let k = 0; k <= Math.min(n, c); k++) {
      index.set(`${n},${k}`, states.length);
      states.push([n, k]);
    }
  const size = states.length;
  const Q = Array.from({ length: size }, () => new Float64Array(size));
  const add = (from: number, n: number, k: number, rate: number): void => {
    if (rate <= 0 || n > N) return;
    Q[from]![index.get(`${n},${k}`)!]! += rate;
    Q[from]![from]! -= rate;
  };
  states.forEach(([n, k], s) => {
    const busy = Math.min(n, c);
    add(s, n + 1, k, lambda); // a newcomer: served at once or queued, never called yet
    // A teller finishes a service: the next ticket, if any, is called.
    const served = (busy - k) * mu;
    if (n - 1 >= c) {
      add(s, n - 1, k + 1, served * p);
      add(s, n - 1, k, served * (1 - p));
    } else add(s, n - 1, k, served);
    // A call ends: the customer is back in line (then someone is called), or lost.
    const calls = k * gamma;
    add(s, n, k, calls * r * p); // back, and the one now called is absent too
    add(s, n, k - 1, calls * r * (1 - p));
    if (n - 1 >= c) {
      add(s, n - 1, k, calls * (1 - r) * p);
      add(s, n - 1, k - 1, calls * (1 - r) * (1 - p));
    } else add(s, n - 1, k - 1, calls * (1 - r));
  });
  // πQ = 0 with Σπ = 1: the transposed system, its last equation replaced by the sum.
  const A = Array.from({ length: size }, (_, i) =>
    Float64Array.from({ length: size + 1 }, (_, j) =>
      i === size - 1 ? 1 : j === size ? 0 : Q[j]![i]!,
    ),
  );
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++)
      if (Math.abs(A[row]![col]!) > Math.abs(A[pivot]![col]!)) pivot = row;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    for (let row = 0; row < size; row++) {
      if (row === col) continue;
      const factor = A[row]![col]! / A[col]![col]!;
      if (factor !== 0) for (let j = col; j <= size; j++) A[row]![j]! -= factor * A[col]![j]!;
    }
  }
  const pi = states.map((_, i) => A[i]![size]! / A[i]![i]!);
  let L = 0;
  let Lq = 0;
  let calling = 0;
  states.forEach(([n, k], s) => {
    L += pi[s]! * n;
    Lq += pi[s]! * (n - Math.min(n, c));
    calling += pi[s]! * k;
  });
  expect(pi[pi.length - 1]!).toBeLessThan(1e-12); // the truncation loses nothing that matters
  return { L, Lq, missedPerMinute: calling * gamma, lostPerMinute: calling * gamma * (1 - r) };
}

describe('missed tickets against their Markov chain, over 8 seeds', () => {
  const [c, lambda, mu, gamma, p, r] = [2, 1.3, 1, 2, 0.25, 0.6];
  const theory = chain(c, lambda, mu, gamma, p, r);
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
  const HORIZON = 20_000;

  it.each([
    ['recall after 2', { action: 'recall', after: 2, returnProbability: r }],
    ['back', { action: 'back', returnProbability: r }],
  ] as [string, Then][])('%s: number present, queue, missed and lost calls', (_, then) => {
    const runs = SEEDS.map((seed) =>
      simulate(
        counter({
          units: c,
          service: { type: 'exponential', mean: 1 / mu },
          callTime: { type: 'exponential', mean: 1 / gamma },
          probability: p,
          then,
          arrivals: { type: 'poisson', entry: 'counter', perHour: lambda * 60 },
          run: steadyRun(HORIZON, 4, seed),
        }),
      ),
    );
    const figures = [
      { name: 'L', expected: theory.L, of: (x: (typeof runs)[0]) => x.system.little.L },
      {
        name: 'Lq',
        expected: theory.Lq,
        of: (x: (typeof runs)[0]) => x.steps['counter']!.queueLength.mean,
      },
      {
        name: 'missed a day',
        expected: theory.missedPerMinute * HORIZON,
        of: (x: (typeof runs)[0]) => x.steps['counter']!.missedCalls!.missed,
      },
      {
        name: 'lost a day',
        expected: theory.lostPerMinute * HORIZON,
        of: (x: (typeof runs)[0]) => x.steps['counter']!.missedCalls!.lost,
      },
    ];
    for (const { name, expected, of } of figures) {
      const estimates = runs.map(of);
      const covered = estimates.filter(({ ci95 }) => ci95![0] <= expected && expected <= ci95![1]);
      expect(covered.length, `${name}: ${expected}`).toBeGreaterThanOrEqual(SEEDS.length - 2);
      const pooled = estimates.reduce((sum, one) => sum + one.mean, 0) / estimates.length;
      expect(
        Math.abs(pooled / expected - 1),
        `${name}: ${pooled} against ${expected}`,
      ).toBeLessThan(0.02);
    }
    // Every lost customer is an abandoned one, and the call time is what the units spent.
    const run = runs[0]!;
    expect(run.system.missedLost!.mean).toBeCloseTo(
      run.steps['counter']!.missedCalls!.lost.mean,
      9,
    );
  });
});
