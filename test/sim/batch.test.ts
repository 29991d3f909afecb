/**
 * A step done as one end-of-day batch (`batch`): the customer passes it at once, and at
 * the batch's time the step's pool works through the day's pile, n items of t minutes on
 * c units taking n·t/c minutes (overtime when past the pool's hours). Checked by hand.
 */
import { describe, it, expect } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { checked, day, events, fixed, step } from '../support/scenarios.ts';

/** Customers booked at the given times file a voucher of `minutes`; two clerks batch them at `at`. */
function branch(
  at: string,
  bookings: string[],
  minutes = 10,
  change: (blueprint: Blueprint) => void = () => {},
): Blueprint {
  const blueprint = day(
    [
      step('file', { duration: fixed(minutes), resource: { pool: 'clerks' }, batch: { at } }),
      step('done', { exit: { outcome: 'completed' } }),
    ],
    [{ id: 'f1', from: 'file', to: 'done' }],
    bookings,
    [{ id: 'clerks', kind: 'staff', label: 'Clerks', capacity: 2 }],
  );
  change(blueprint);
  return checked(blueprint);
}

const SIX = ['09:00', '09:30', '10:00', '11:00', '14:00', '15:30'];

describe('a step done as one batch, by hand', () => {
  it('at closing: 6 items of 10 minutes on 2 clerks are 30 minutes of overtime for both', () => {
    const results = simulate(branch('closing', SIX));
    expect(results.steps['file']!.batch!.items.mean).toBe(6);
    expect(results.steps['file']!.batch!.workMinutes.mean).toBeCloseTo(60, 9);
    // The customers went on at once: no wait, no time at the step.
    expect(results.system.timeInSystem.mean).toBe(0);
    expect(results.system.served).toBe(6);
    const clerks = results.resources['clerks']!;
    expect(clerks.utilization.mean).toBe(0);
    expect(clerks.overtime.hours.mean).toBeCloseTo(1, 9); // 2 clerks × 30 minutes
    expect(results.steps['file']!.batch!.doneAt!.mean).toBeCloseTo(17 * 60 + 30, 9);
  });

  it('at 16:00: the batch is within the hours, and an item after it is done as it comes', () => {
    const results = simulate(branch('16:00', [...SIX, '16:10']));
    expect(results.steps['file']!.batch!.items.mean).toBe(7);
    expect(results.steps['file']!.batch!.workMinutes.mean).toBeCloseTo(70, 9);
    const clerks = results.resources['clerks']!;
    // 16:00–16:30 both clerks, 16:30–16:40 one (the 16:10 item waited for a free clerk).
    expect(clerks.utilization.mean).toBeCloseTo(70 / (2 * 480), 9);
    expect(clerks.overtime.hours.mean).toBe(0);
    expect(results.steps['file']!.wait!.max).toBeCloseTo(20, 9);
    // The pile done at 16:30, the later item at 16:40.
    expect(results.steps['file']!.batch!.doneAt!.mean).toBeCloseTo(16 * 60 + 40, 9);
  });

  it('n items of t minutes on c units: n·t/c past the batch time, for several n and t', () => {
    for (const [n, t] of [
      [4, 5],
      [10, 3],
      [3, 12],
    ] as const) {
      const bookings = Array.from({ length: n }, (_, i) => `1${i % 6}:0${i % 10}`);
      const results = simulate(branch('closing', bookings, t));
      expect(results.resources['clerks']!.overtime.hours.mean * 60).toBeCloseTo(n * t, 9);
      expect(results.steps['file']!.batch!.workMinutes.mean).toBeCloseTo(n * t, 9);
    }
  });

  it('charges the batch to the classes of those who left the items, as background work', () => {
    const priced = branch('closing', SIX, 10, (b) => {
      b.resources![0]!.costPerHour = 60; // a clerk costs 1 a minute
    });
    const cost = simulate(priced).system.cost!;
    // 60 busy unit-minutes after closing; 2 clerks × 8 h paid in their hours + 1 h overtime.
    expect(cost.busy.mean).toBeCloseTo(60, 9);
    expect(cost.total.mean).toBeCloseTo(960 + 60, 9);
    // The visits used no priced unit: the batch's work takes the whole cost, idle share included.
    expect(cost.background.mean).toBeCloseTo(1020, 9);
    expect(cost.outcomes['completed']!.cost.mean).toBe(0);
  });

  it('is helped by a pool that also serves the clerks’ queue when idle', () => {
    const helped = branch('16:00', SIX, 10, (b) => {
      b.resources!.push({
        id: 'desk',
        kind: 'staff',
        label: 'Desk',
        capacity: 1,
        alsoServes: ['clerks'],
      });
    });
    const results = simulate(helped);
    // Three units: 16:00–16:10 and 16:10–16:20, the desk taking one item each time.
    expect(results.resources['desk']!.alsoServed!.customers.mean).toBe(2);
    expect(results.steps['file']!.wait!.max).toBeCloseTo(10, 9);
    expect(results.resources['clerks']!.utilization.mean).toBeCloseTo(40 / (2 * 480), 9);
  });

  it('in a steady run, works the pile at its time every day and carries later items over', () => {
    const steady = branch('16:00', SIX, 10, (b) => {
      b.arrivals = { type: 'poisson', entry: 'file', perHour: 1 };
      b.run = { mode: 'steady', warmup: 0, horizon: 3 * 1440, replications: 1, seed: 3 };
    });
    const results = simulate(steady);
    const batch = results.steps['file']!.batch!;
    // Three days' batches at 16:00 (the items after the third wait for the fourth, not run).
    expect(batch.workMinutes.mean).toBeLessThan(batch.items.mean * 10);
    expect(batch.workMinutes.mean % 10).toBeCloseTo(0, 9);
    expect(results.resources['clerks']!.overtime.hours.mean).toBe(0);
    // A pile every day: no one time of day the pile was done.
    expect(batch.doneAt).toBeUndefined();
  });

  it('starts an item left after the batch began once the work that left it is gone', () => {
    // The voucher is background work of the visit; it ends at the batch step, so the case
    // has one piece of work inside at a time (playback's tokens, the XES trace).
    const blueprint = day(
      [
        step('serve', { duration: fixed(5) }),
        step('done', { exit: { outcome: 'completed' } }),
        step('file', {
          duration: fixed(2),
          resource: { pool: 'clerks' },
          batch: { at: '16:00' },
          exit: { outcome: 'completed' },
        }),
      ],
      [
        { id: 'f1', from: 'serve', to: 'done' },
        { id: 'f2', from: 'serve', to: 'file', background: true },
      ],
      ['16:10'],
      [{ id: 'clerks', kind: 'staff', label: 'Clerks', capacity: 1 }],
    );
    expect(events(blueprint).filter((row) => row.includes(' file '))).toEqual([
      '1 file background 435.00',
      '1 file pile 435.00',
      '1 file exit 435.00',
      '1 file batch 435.00',
      '1 file start 435.00',
      '1 file end 437.00',
      '1 file exit 437.00',
    ]);
  });

  it('counts customers per hour over the customer-facing hours, not the batch after them', () => {
    // 6 served; the batch at closing runs the day on to 17:30, but the customers were
    // there 09:00–17:00: 6 / 8 h, not 6 / 8.5 h.
    const results = simulate(branch('closing', SIX));
    expect(results.steps['file']!.batch!.doneAt!.mean).toBeCloseTo(17 * 60 + 30, 9);
    expect(results.system.throughputPerHour.mean).toBeCloseTo(6 / 8, 12);
    expect(results.classes['customer']!.throughputPerHour.mean).toBeCloseTo(6 / 8, 12);
    expect(results.system.outcomes['completed']!.perHour.mean).toBeCloseTo(6 / 8, 12);
    expect(results.perReplication.system.outcomes['completed']!.perHour[0]).toBeCloseTo(6 / 8, 12);
    // A customer served until 17:20 keeps the hours open until then (500 minutes); the
    // item they leave is done 17:20–17:30 without them.
    const late = day(
      [
        step('serve', { duration: fixed(30), resource: { pool: 'tellers' } }),
        step('file', {
          duration: fixed(10),
          resource: { pool: 'clerks' },
          batch: { at: 'closing' },
        }),
        step('done', { exit: { outcome: 'completed' } }),
      ],
      [
        { id: 'f1', from: 'serve', to: 'file' },
        { id: 'f2', from: 'file', to: 'done' },
      ],
      ['16:50'],
      [
        { id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 1 },
        { id: 'clerks', kind: 'staff', label: 'Clerks', capacity: 1 },
      ],
    );
    const lateResults = simulate(checked(late));
    expect(lateResults.steps['file']!.batch!.doneAt!.mean).toBeCloseTo(17 * 60 + 30, 9);
    expect(lateResults.system.throughputPerHour.mean).toBeCloseTo((1 / 500) * 60, 12);
  });
});
