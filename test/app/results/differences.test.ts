import { describe, expect, it } from 'vitest';
import {
  arrivalRate,
  blueprintDifferences,
  meanMinutes,
} from '../../../src/app/results/differences.ts';
import { loadExample, withCapacity } from './support.tsx';

const base = loadExample('counter-deposit.json');

describe('blueprintDifferences', () => {
  it('finds nothing between a blueprint and itself, nor for drawing-only changes', () => {
    expect(blueprintDifferences(base, base)).toEqual([]);
    const moved = structuredClone(base);
    moved.steps[5]!.position = { x: 999, y: 9 };
    moved.steps[5]!.label = 'Renamed';
    moved.name = 'Another name';
    expect(blueprintDifferences(base, moved)).toEqual([]);
  });

  it('words a change of capacity, with the schedule', () => {
    const more = withCapacity(base, 'tellers', 5);
    expect(blueprintDifferences(base, more)).toEqual([
      { kind: 'poolCapacity', poolId: 'tellers', from: 4, to: 5 },
      { kind: 'poolSchedule', poolId: 'tellers' },
    ]);
  });

  it('finds the greeter and the ATM of the redesigned example', () => {
    const greeter = loadExample('counter-deposit-atm-greeter.json');
    const differences = blueprintDifferences(base, greeter);
    const added = differences.filter((d) => d.kind === 'poolAdded').map((d) => d.poolId);
    expect(added.length).toBeGreaterThan(0);
    for (const poolId of added) {
      expect(base.resources!.some((pool) => pool.id === poolId)).toBe(false);
      expect(greeter.resources!.some((pool) => pool.id === poolId)).toBe(true);
    }
    const stepsAdded = differences.filter((d) => d.kind === 'stepAdded').map((d) => d.stepId);
    expect(stepsAdded.length).toBeGreaterThan(0);
    expect(differences.some((d) => d.kind === 'routing')).toBe(true);
    // The other way round, the same pools are removed.
    const back = blueprintDifferences(greeter, base);
    expect(back.filter((d) => d.kind === 'poolRemoved').map((d) => d.poolId)).toEqual(added);
  });

  it('words added and removed steps, durations, pools and failures of a step', () => {
    const changed = structuredClone(base);
    changed.steps = changed.steps.filter((s) => s.id !== 'b-file');
    changed.flows = changed.flows.filter((f) => f.from !== 'b-file' && f.to !== 'b-file');
    const count = changed.steps.find((s) => s.id === 'f-count')!;
    count.duration = { type: 'fixed', value: 9 };
    count.failure = { probability: 0.2, then: { action: 'retry' } };
    const slip = changed.steps.find((s) => s.id === 'c-fill-slip')!;
    slip.resource = { pool: 'back-office' };
    changed.steps.push({ id: 'c-greet', kind: 'action', lane: 'customer', label: 'Greet' });
    const differences = blueprintDifferences(base, changed);
    const oldCount = base.steps.find((s) => s.id === 'f-count')!;
    expect(differences).toEqual(
      expect.arrayContaining([
        { kind: 'stepRemoved', stepId: 'b-file' },
        { kind: 'stepAdded', stepId: 'c-greet' },
        { kind: 'stepDuration', stepId: 'f-count', from: meanMinutes(oldCount.duration), to: 9 },
        {
          kind: 'stepFailure',
          stepId: 'f-count',
          from: oldCount.failure!.probability,
          to: 0.2,
        },
        { kind: 'stepPool', stepId: 'c-fill-slip', from: null, to: 'back-office' },
        { kind: 'routing', added: 0, removed: 1, changed: 0 },
      ]),
    );
    // Evidence steps are drawing only.
    const evidence = structuredClone(base);
    evidence.steps = evidence.steps.filter((s) => s.id !== 'e-ticket');
    expect(blueprintDifferences(base, evidence).some((d) => d.kind === 'stepRemoved')).toBe(false);
  });

  it('words a change of arrivals as the average rate per hour', () => {
    const busier = structuredClone(base);
    if (busier.arrivals?.type !== 'profile') throw new Error('the example has a profile');
    busier.arrivals.periods = busier.arrivals.periods.map((p) => ({
      ...p,
      perHour: p.perHour * 1.5,
    }));
    const [difference] = blueprintDifferences(base, busier);
    expect(difference).toMatchObject({ kind: 'arrivals', classId: null });
    if (difference?.kind !== 'arrivals') throw new Error('expected arrivals');
    // 40/h for 2.5 h, 56/h for 2 h, 44/h for 3.5 h: 366 customers in 8 h.
    expect(difference.from).toEqual({ per: 'hour', value: 366 / 8 });
    expect(difference.to!.value).toBeCloseTo((366 / 8) * 1.5, 10);
  });

  it('counts who shows up to appointments per day', () => {
    expect(
      arrivalRate({
        type: 'appointments',
        entry: 'x',
        slots: [{ at: '09:00', count: 3 }, { at: '10:00' }],
        noShow: 0.25,
      }),
    ).toEqual({ per: 'day', value: 3 });
    expect(arrivalRate({ type: 'poisson', entry: 'x', perHour: 12 })).toEqual({
      per: 'hour',
      value: 12,
    });
  });

  it('words classes and the run', () => {
    const other = structuredClone(base);
    other.classes![0]!.priority = 2;
    other.classes!.push({ id: 'vip', label: 'VIP', share: 0 });
    other.run = { mode: 'day', open: '08:30', close: '17:00', replications: 40 };
    expect(blueprintDifferences(base, other)).toEqual([
      { kind: 'classChanged', classId: 'retail' },
      { kind: 'classAdded', classId: 'vip' },
      {
        kind: 'runWindow',
        from: { mode: 'day', open: '09:00', close: '17:00' },
        to: { mode: 'day', open: '08:30', close: '17:00' },
      },
      { kind: 'replications', from: 20, to: 40 },
    ]);
  });
});

describe('meanMinutes', () => {
  it('reads the mean of each kind of duration', () => {
    expect(meanMinutes(undefined)).toBe(0);
    expect(meanMinutes({ type: 'uniform', min: 1, max: 3 })).toBe(2);
    expect(meanMinutes({ type: 'triangular', min: 1, mode: 2, max: 6 })).toBe(3);
    expect(meanMinutes({ type: 'empirical', values: [1, 4], weights: [3, 1] })).toBeCloseTo(
      1.75,
      12,
    );
    expect(meanMinutes({ type: 'gamma', mean: 4, cv: 0.5 })).toBe(4);
  });
});
