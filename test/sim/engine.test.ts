/**
 * The engine's semantics on small systems whose answers can be worked out by hand:
 * appointments give exact arrival times and fixed durations exact service times.
 */
import { describe, expect, it } from 'vitest';
import { type EventRow, simulate } from '../../src/sim/simulate.ts';
import { singleQueue } from '../support/queues.ts';
import { checked, day, events, fixed, step, teller } from '../support/scenarios.ts';

describe('pools and holds', () => {
  it('keeps the teller through the steps up to keepUntil, so the next customer waits for all of them', () => {
    const blueprint = day(
      [
        step('hand-over', {
          duration: fixed(2),
          resource: { pool: 'tellers', keepUntil: 'stamp' },
        }),
        step('pin', { lane: 'customer', duration: fixed(1) }),
        step('stamp', {
          duration: fixed(1),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [
        { id: 'a', from: 'hand-over', to: 'pin' },
        { id: 'b', from: 'pin', to: 'stamp' },
      ],
      ['09:00', '09:00'],
      teller,
    );
    const results = simulate(checked(blueprint));
    expect(results.steps['hand-over']!.wait!.max).toBeCloseTo(4, 9); // 2 + 1 + 1 minutes of the first customer
    expect(results.steps['hand-over']!.wait!.mean).toBeCloseTo(2, 9);
    expect(results.steps.stamp!.wait).toBeNull(); // done with the held teller: no queue of its own
    expect(
      results.resources.tellers!.busyUnits.mean * (results.run.arrivalsEnd - 540),
    ).toBeGreaterThan(0);
  });

  it('lets a teller leaving at lunch finish the customer in hand', () => {
    const blueprint = day(
      [
        step('serve', {
          duration: fixed(3),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [],
      ['09:00', '09:02'],
      [{ ...teller[0]!, schedule: [{ from: '09:01', to: '09:10', capacity: 0 }] }],
    );
    expect(events(blueprint)).toEqual([
      '1 serve arrive 0.00',
      '1 serve start 0.00',
      '2 serve arrive 2.00',
      '2 serve queue 2.00',
      '1 serve end 3.00', // not interrupted at 09:01
      '1 serve exit 3.00',
      '2 serve start 10.00', // the teller is back at 09:10
      '2 serve end 13.00',
      '2 serve exit 13.00',
    ]);
  });

  it('serves higher priority first, without interrupting service', () => {
    const blueprint = day(
      [
        step('serve', {
          duration: fixed(5),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [],
      [],
      [{ ...teller[0]!, discipline: 'priority' }],
    );
    delete blueprint.arrivals;
    blueprint.classes = [
      {
        id: 'retail',
        label: 'Retail',
        arrivals: {
          type: 'appointments',
          entry: 'serve',
          slots: [{ at: '09:00' }, { at: '09:01' }],
        },
      },
      {
        id: 'vip',
        label: 'VIP',
        priority: 1,
        arrivals: { type: 'appointments', entry: 'serve', slots: [{ at: '09:02' }] },
      },
    ];
    const starts = events(blueprint).filter((line) => line.includes(' start '));
    const results = simulate(checked(blueprint));
    expect(starts.map((line) => line.split(' ')[3])).toEqual(['0.00', '5.00', '10.00']);
    expect(results.classes.vip!.wait.mean).toBeCloseTo(3, 9); // 09:02 → 09:05, ahead of retail
    expect(results.classes.retail!.wait.mean).toBeCloseTo(4.5, 9); // 0 and 9 minutes
  });
});

describe('failures', () => {
  it('retries at once and, after maxRetries, the customer leaves as abandoned', () => {
    const blueprint = day(
      [
        step('pin', {
          duration: fixed(1),
          failure: { probability: 1, then: { action: 'retry', maxRetries: 2 } },
          exit: { outcome: 'completed' },
        }),
      ],
      [],
      ['09:00'],
    );
    const results = simulate(checked(blueprint));
    expect(results.steps.pin!.failures.count).toBe(3);
    expect(results.steps.pin!.failures.rate).toBe(1);
    expect(results.system.abandoned).toBe(1);
    expect(results.system.served).toBe(0);
  });

  it('goto sends the customer back, releasing the teller for the next one', () => {
    const blueprint = day(
      [
        step('fill', { lane: 'customer', duration: fixed(1) }),
        step('count', {
          duration: fixed(2),
          resource: { pool: 'tellers' },
          failure: { probability: 0.5, then: { action: 'goto', step: 'fill' } },
          exit: { outcome: 'completed' },
        }),
      ],
      [{ id: 'a', from: 'fill', to: 'count' }],
      Array<string>(40).fill('09:00'),
      teller,
    );
    const results = simulate(checked(blueprint));
    const visits = results.steps.count!.visits.mean;
    expect(results.system.served).toBe(40);
    expect(results.steps.count!.failures.count).toBe(visits - 40);
    expect(results.steps.fill!.visits.mean).toBe(visits);
  });

  it('counts each customer who takes a failing branch as a failure of the step it leaves', () => {
    const blueprint = day(
      [
        step('eligible', { kind: 'decision' }),
        step('open', { exit: { outcome: 'completed' } }),
        step('turned-away', { exit: { outcome: 'rejected' } }),
      ],
      [
        { id: 'yes', from: 'eligible', to: 'open', probability: 0.7 },
        { id: 'no', from: 'eligible', to: 'turned-away', probability: 0.3, failing: true },
      ],
      Array<string>(200).fill('09:00'),
    );
    const results = simulate(checked(blueprint));
    const failures = results.steps.eligible!.failures;
    expect(failures.total).toBe(results.steps['turned-away']!.visits.mean);
    expect(failures.total).toBeGreaterThan(0);
    expect(failures.rate).toBe(failures.total / 200);
    expect(results.steps.open!.failures.total).toBe(0);
  });

  it('stops a customer caught in a loop and says so', () => {
    const blueprint = day(
      [
        step('a', { duration: fixed(1) }),
        step('b', { duration: fixed(1) }),
        step('c', { exit: { outcome: 'completed' } }),
      ],
      [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a', probability: 1 },
        { id: 'bc', from: 'b', to: 'c', probability: 0 },
      ],
      ['09:00'],
    );
    const results = simulate(checked(blueprint));
    expect(results.steps.a!.stuck + results.steps.b!.stuck).toBe(1);
    // 1 000 moves beyond the blueprint's 3 steps.
    expect(results.warnings).toEqual([
      { code: 'customers-stuck', params: { count: 1, steps: 1003 } },
    ]);
  });
});

describe('impatience', () => {
  it('a customer whose patience runs out leaves the queue (reneging)', () => {
    const blueprint = day(
      [
        step('serve', {
          duration: fixed(10),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [],
      ['09:00', '09:01'],
      teller,
    );
    blueprint.classes = [{ id: 'retail', label: 'Retail', share: 1, patience: fixed(2) }];
    const results = simulate(checked(blueprint));
    expect(results.steps.serve!.reneges.mean).toBe(1);
    expect(results.system.abandoned).toBe(1);
    expect(events(blueprint)).toContain('2 serve renege 3.00');
  });
});

describe('background work', () => {
  it('occupies its pool without delaying the customer', () => {
    const blueprint = day(
      [
        step('serve', { duration: fixed(1), exit: { outcome: 'completed' } }),
        step('file', { lane: 'backstage', duration: fixed(10), resource: { pool: 'clerk' } }),
      ],
      [{ id: 'bg', from: 'serve', to: 'file', background: true }],
      ['09:00', '09:00'],
      [{ id: 'clerk', kind: 'staff', label: 'Clerk', capacity: 1 }],
    );
    const results = simulate(checked(blueprint));
    expect(results.system.timeInSystem.mean).toBeCloseTo(1, 9);
    expect(results.steps.file!.visits.mean).toBe(2);
    expect(results.steps.file!.wait!.max).toBeCloseTo(10, 9); // the second filing waits for the first
    expect(results.system.arrived).toBe(2); // work is not counted as customers
  });
});

describe('arrivals', () => {
  it('booked customers come unless they do not show up', () => {
    const blueprint = day([step('serve', { exit: { outcome: 'completed' } })], [], []);
    blueprint.arrivals = {
      type: 'appointments',
      entry: 'serve',
      slots: [{ at: '10:00', count: 400 }],
      noShow: 0.25,
    };
    const arrived = simulate(checked(blueprint)).system.arrived;
    expect(arrived).toBeGreaterThan(400 * 0.75 - 3 * Math.sqrt(400 * 0.25 * 0.75));
    expect(arrived).toBeLessThan(400 * 0.75 + 3 * Math.sqrt(400 * 0.25 * 0.75));
  });

  it('a rate profile gives its expected number of arrivals, none outside the periods', () => {
    const blueprint = day([step('serve', { exit: { outcome: 'completed' } })], [], []);
    blueprint.arrivals = {
      type: 'profile',
      entry: 'serve',
      periods: [
        { from: '09:00', to: '10:00', perHour: 600 },
        { from: '12:00', to: '13:00', perHour: 1200 },
      ],
    };
    const rows: EventRow[] = [];
    const results = simulate(checked(blueprint), { onEvent: (row) => rows.push(row) });
    expect(Math.abs(results.system.arrived - 1800) / 1800).toBeLessThan(0.08);
    const outside = rows.filter(
      (r) =>
        r.event === 'arrive' &&
        !((r.time >= 540 && r.time < 600) || (r.time >= 720 && r.time < 780)),
    );
    expect(outside).toEqual([]);
  });

  it('a business day stops arrivals at closing and serves everyone inside', () => {
    const blueprint = singleQueue(
      1.2,
      1,
      { type: 'exponential', mean: 1 },
      { mode: 'day', open: '09:00', close: '12:00', replications: 3, seed: 5 },
    );
    const rows: EventRow[] = [];
    const results = simulate(checked(blueprint), { onEvent: (row) => rows.push(row) });
    expect(rows.filter((r) => r.event === 'arrive' && r.time >= 720)).toEqual([]);
    expect(Math.max(...rows.map((r) => r.time))).toBeGreaterThan(720); // the overloaded queue drains after closing
    expect(results.system.inSystemAtEnd.mean).toBe(0);
    expect(results.system.served + results.system.abandoned).toBe(results.system.arrived);
  });
});

describe('the end of a business day', () => {
  it('is closing time when everyone has left before it, whatever timers are left', () => {
    const blueprint = day(
      [
        step('serve', {
          duration: fixed(5),
          resource: { pool: 'tellers' },
          exit: { outcome: 'completed' },
        }),
      ],
      [],
      ['09:00', '09:01'],
      teller,
    );
    blueprint.classes = [{ id: 'retail', label: 'Retail', share: 1, patience: fixed(600) }];
    const results = simulate(checked(blueprint));
    // Open 09:00–17:00: the teller worked 10 of 480 minutes.
    expect(results.resources.tellers!.utilization.mean).toBeCloseTo(10 / 480, 9);
  });

  it('counts a service target only for classes that have one', () => {
    const blueprint = day(
      [step('serve', { duration: fixed(5), exit: { outcome: 'completed' } })],
      [],
      ['09:00'],
    );
    delete blueprint.arrivals;
    blueprint.classes = [
      {
        id: 'booked',
        label: 'Booked',
        serviceTarget: { minutes: 10, measure: 'timeInSystem' },
        arrivals: { type: 'appointments', entry: 'serve', slots: [{ at: '09:00' }] },
      },
      {
        id: 'walk-in',
        label: 'Walk-in',
        arrivals: { type: 'appointments', entry: 'serve', slots: [{ at: '10:00' }] },
      },
    ];
    const results = simulate(checked(blueprint));
    expect(results.classes.booked!.withinTarget!.mean).toBe(1);
    expect(results.classes['walk-in']!.withinTarget).toBeNull();
    expect(results.system.withinTarget!.mean).toBe(1);
  });
});
