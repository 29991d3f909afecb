/**
 * Steps that need several units of a pool: who is served when the customer first in line
 * needs more units than are free (docs/blueprint-format.md, 4.3). Booked arrivals and
 * fixed durations give exact times.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { checked, day, events, fixed, step } from '../support/scenarios.ts';

/** Minutes after opening at which each case starts its step, in case order. */
function starts(blueprint: Blueprint): string[] {
  return events(blueprint)
    .filter((line) => line.includes(' start '))
    .map((line) => {
      const [caseId, stepId, , time] = line.split(' ');
      return `${caseId} ${stepId} ${time}`;
    });
}

/** A pool of two; `small` takes one unit, `big` both; one class per kind of customer. */
function twoKinds(
  discipline: 'fifo' | 'priority',
  small: { minutes: number; at: string[]; priority?: number },
  big: { minutes: number; at: string[]; priority?: number },
): Blueprint {
  const blueprint = day(
    [
      step('small', {
        duration: fixed(small.minutes),
        resource: { pool: 'desk' },
        exit: { outcome: 'completed' },
      }),
      step('big', {
        duration: fixed(big.minutes),
        resource: { pool: 'desk', units: 2 },
        exit: { outcome: 'completed' },
      }),
    ],
    [],
    [],
    [{ id: 'desk', kind: 'staff', label: 'Desk', capacity: 2, discipline }],
  );
  delete blueprint.arrivals;
  const slots = (times: string[]) => times.map((at) => ({ at }));
  blueprint.classes = [
    {
      id: 'one-unit',
      label: 'One unit',
      priority: small.priority ?? 0,
      arrivals: { type: 'appointments', entry: 'small', slots: slots(small.at) },
    },
    {
      id: 'two-units',
      label: 'Two units',
      priority: big.priority ?? 0,
      arrivals: { type: 'appointments', entry: 'big', slots: slots(big.at) },
    },
  ];
  return checked(blueprint);
}

describe('a customer who needs more units than are free', () => {
  it('does not keep a higher-priority customer who fits away from a free unit', () => {
    // 09:00 and 09:02: one unit for 10 min, high priority; 09:01: both units, low priority.
    const blueprint = twoKinds(
      'priority',
      { minutes: 10, at: ['09:00', '09:02'], priority: 1 },
      { minutes: 5, at: ['09:01'] },
    );
    expect(starts(blueprint)).toEqual([
      '1 small 0.00',
      '3 small 2.00', // the second unit was free since 09:00
      '2 big 12.00', // both units free once the two in service are done
    ]);
  });

  it('lets those behind who fit use the units free now, then keeps the units that free up for it', () => {
    // FIFO. 09:00 one unit for 10 min; 09:01 both units; 09:02 and 09:11 one unit each.
    const blueprint = twoKinds(
      'fifo',
      { minutes: 10, at: ['09:00', '09:02', '09:11'] },
      { minutes: 5, at: ['09:01'] },
    );
    expect(starts(blueprint)).toEqual([
      '1 small 0.00',
      '3 small 2.00', // the free unit goes to the one behind who fits: it is not left idle
      // 09:10 a unit frees: it is kept for the two-unit customer, already passed over once,
      // so the 09:11 customer waits instead of overtaking again (no starvation).
      '2 big 12.00',
      '4 small 17.00',
    ]);
  });

  it('is served as soon as enough units are free when nobody passed it', () => {
    const blueprint = twoKinds(
      'fifo',
      { minutes: 10, at: ['09:00'] },
      { minutes: 5, at: ['09:01'] },
    );
    expect(starts(blueprint)).toEqual(['1 small 0.00', '2 big 10.00']);
  });
});
