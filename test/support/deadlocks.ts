/**
 * Blueprints whose customers hold one pool (keepUntil) while they queue for another, for
 * the deadlock check and the engine's deadlock detection: one counter clerk and one
 * back-office clerk, each a pool of one.
 */
import type { Blueprint, Step } from '../../src/model/index.ts';
import { day, fixed, step } from './scenarios.ts';

export const clerks: Blueprint['resources'] = [
  { id: 'counter', kind: 'staff', label: 'Counter clerk', capacity: 1 },
  { id: 'office', kind: 'staff', label: 'Back-office clerk', capacity: 1 },
];

const exit = { outcome: 'completed' } as const;

/**
 * One route that holds the counter while it queues for the back office, then holds the
 * back office while it queues for the counter again. Booked at 09:00 and 09:03, the
 * second customer takes the counter at 09:04 while the first, keeping the back office,
 * queues for it; at 09:06 the second queues for the back office: both wait for ever.
 */
export function crossedHolds(bookings = ['09:00', '09:03']): Blueprint {
  const steps: Step[] = [
    step('hand-over', { duration: fixed(2), resource: { pool: 'counter', keepUntil: 'check' } }),
    step('check', {
      lane: 'backstage',
      duration: fixed(2),
      resource: { pool: 'office', keepUntil: 'sign' },
    }),
    step('sign', { duration: fixed(1), resource: { pool: 'counter' }, exit }),
  ];
  return day(
    steps,
    [
      { id: 'f1', from: 'hand-over', to: 'check' },
      { id: 'f2', from: 'check', to: 'sign' },
    ],
    bookings,
    clerks,
  );
}

/**
 * Two classes of customer that take the two clerks in opposite orders: deposits hold the
 * counter while they queue for the back office, loans the back office while they queue
 * for the counter.
 */
export function oppositeOrders(): Blueprint {
  const steps: Step[] = [
    step('deposit', { duration: fixed(3), resource: { pool: 'counter', keepUntil: 'post' } }),
    step('post', { lane: 'backstage', duration: fixed(1), resource: { pool: 'office' }, exit }),
    step('loan', {
      lane: 'backstage',
      duration: fixed(3),
      resource: { pool: 'office', keepUntil: 'sign-loan' },
    }),
    step('sign-loan', { duration: fixed(1), resource: { pool: 'counter' }, exit }),
  ];
  const blueprint = day(
    steps,
    [
      { id: 'f1', from: 'deposit', to: 'post' },
      { id: 'f2', from: 'loan', to: 'sign-loan' },
    ],
    ['09:00'],
    clerks,
  );
  delete blueprint.arrivals;
  blueprint.classes = [
    {
      id: 'depositor',
      label: 'Depositor',
      arrivals: { type: 'appointments', entry: 'deposit', slots: [{ at: '09:00' }] },
    },
    {
      id: 'borrower',
      label: 'Borrower',
      arrivals: { type: 'appointments', entry: 'loan', slots: [{ at: '09:00' }] },
    },
  ];
  return blueprint;
}
