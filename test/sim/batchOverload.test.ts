/**
 * The overload warning of a business day with a step done as one batch a day
 * (src/sim/batchOverload.ts): the batch's work is judged in the hours it is done, from
 * the batch's time to the end of the pool's hours, not spread over the customers' hours.
 *
 * By hand: 9:00–17:00, 30 customers an hour (λ = 0.5 a minute) each advised by the clerk
 * for 1.5 min (0.75 busy units while the doors are open) and leaving a voucher the clerk
 * files in 0.8 min (0.4 busy units spread over the day, 0.5 × 480 × 0.8 = 192
 * unit-minutes in all). Spread as before, 0.75 + 0.4 = 1.15 units of work for one clerk
 * read as overloaded through the day.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import type { RunWarning } from '../../src/sim/warnings.ts';

function clerkDay(batchAt: string, lateShift: { to: string; capacity: number }): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'filing',
    name: 'Advice and filing',
    steps: [
      {
        id: 'advise',
        kind: 'action',
        lane: 'frontstage',
        label: 'Advise',
        duration: { type: 'fixed', value: 1.5 },
        resource: { pool: 'clerk' },
      },
      {
        id: 'file',
        kind: 'action',
        lane: 'backstage',
        label: 'File the voucher',
        duration: { type: 'fixed', value: 0.8 },
        resource: { pool: 'clerk' },
        batch: { at: batchAt },
      },
      {
        id: 'done',
        kind: 'action',
        lane: 'customer',
        label: 'Leave',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'advise--file', from: 'advise', to: 'file' },
      { id: 'file--done', from: 'file', to: 'done' },
    ],
    resources: [
      {
        id: 'clerk',
        kind: 'staff',
        label: 'Clerk',
        capacity: 1,
        schedule: [{ from: '17:00', to: lateShift.to, capacity: lateShift.capacity }],
      },
    ],
    arrivals: { type: 'poisson', entry: 'advise', perHour: 30 },
    run: { mode: 'day', open: '09:00', close: '17:00', replications: 1, seed: 5 },
  };
}

const overloads = (blueprint: Blueprint): RunWarning[] =>
  simulate(blueprint).warnings.filter((w) => w.code.startsWith('pool-'));

describe('batch work in the overload warning', () => {
  it('a clerk busy with filing after closing is not overloaded during customer hours', () => {
    // Filing at 17:00 with two clerks until 19:00: 192 unit-minutes in 120 minutes is 1.6
    // units of work for 2, and the customers' 0.75 for 1 while the doors are open.
    expect(overloads(clerkDay('17:00', { to: '19:00', capacity: 2 }))).toEqual([]);
  });

  it('is overloaded at the batch’s hours when the filing does not fit them', () => {
    // One clerk from 17:00 to 19:00: 192 / 120 = 1.6 units of work for 1.
    const [warning] = overloads(clerkDay('17:00', { to: '19:00', capacity: 1 }));
    expect(warning?.code).toBe('pool-overloaded-batch');
    if (warning?.code !== 'pool-overloaded-batch') return;
    expect(warning.params).toMatchObject({ pool: 'clerk', capacity: 1, from: 1020, to: 1140 });
    expect(warning.params.load).toBeCloseTo(1.6, 9);
    expect(warning.params.utilization).toBeCloseTo(1.6, 9);
  });

  it('a batch during opening hours adds the customers’ work still coming', () => {
    // Filing at 16:00, one clerk until 18:00: the customers' 0.75 × 60 unit-minutes from
    // 16:00 to 17:00 and the 192 of the filing, in 120 minutes: 237 / 120 = 1.975.
    const [warning] = overloads(clerkDay('16:00', { to: '18:00', capacity: 1 }));
    expect(warning?.code).toBe('pool-overloaded-batch');
    if (warning?.code !== 'pool-overloaded-batch') return;
    expect(warning.params).toMatchObject({ from: 960, to: 1080, capacity: 1 });
    expect(warning.params.load).toBeCloseTo(237 / 120, 9);
    // With two clerks from 17:00: capacity (60 × 1 + 60 × 2) / 120 = 1.5, still short.
    const [two] = overloads(clerkDay('16:00', { to: '18:00', capacity: 2 }));
    if (two?.code !== 'pool-overloaded-batch') throw new Error('expected the batch warning');
    expect(two.params.capacity).toBeCloseTo(1.5, 9);
    expect(two.params.utilization).toBeCloseTo(237 / 120 / 1.5, 9);
  });

  it('customers who alone overload the clerk are warned of over opening hours, filing left out', () => {
    const blueprint = clerkDay('17:00', { to: '19:00', capacity: 2 });
    blueprint.arrivals = { type: 'poisson', entry: 'advise', perHour: 48 };
    // λ = 0.8 × 1.5 = 1.2 units of customers' work for 1; the filing (0.8 × 480 × 0.8 =
    // 307.2 unit-minutes in 120 minutes, 2.56 for 2) is over too.
    const warnings = overloads(blueprint);
    const day = warnings.find((w) => w.code === 'pool-overloaded-day');
    if (day?.code !== 'pool-overloaded-day') throw new Error('expected the day warning');
    expect(day.params.load).toBeCloseTo(1.2, 9);
    expect(warnings.map((w) => w.code).sort()).toEqual([
      'pool-overloaded-batch',
      'pool-overloaded-day',
    ]);
  });
});
