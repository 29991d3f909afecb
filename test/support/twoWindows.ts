/**
 * Two windows side by side, the blueprint the VIP window's tests bend each their own way:
 * a VIP window (step `vip-counter`, pool `vip`) and an ordinary one (step `counter`, pool
 * `tellers`), each class entering at its own window and leaving at `done`. The by-hand
 * timings book their customers (`booked`); the Markov chain's branch has them walk in.
 */
import type { Arrivals, Blueprint, Distribution, ResourcePool } from '../../src/model/index.ts';
import { leaveStep } from './builders.ts';

export interface TwoWindows {
  id: string;
  name: string;
  vipService: Distribution;
  ordinaryService: Distribution;
  vipArrivals: Arrivals;
  ordinaryArrivals: Arrivals;
  /** What the tellers' pool adds to one unit (its capacity, servesFirst). */
  tellers?: Partial<ResourcePool>;
  /** What the VIP window's pool adds to one unit (alsoServes). */
  vip?: Partial<ResourcePool>;
  run: Blueprint['run'];
}

export function twoWindows(spec: TwoWindows): Blueprint {
  const window = (id: string, label: string, duration: Distribution, pool: string) => ({
    id,
    kind: 'action' as const,
    lane: 'frontstage' as const,
    label,
    duration,
    resource: { pool },
  });
  return {
    format: 'blueprint-lab',
    version: 4,
    id: spec.id,
    name: spec.name,
    steps: [
      window('vip-counter', 'VIP window', spec.vipService, 'vip'),
      window('counter', 'Ordinary window', spec.ordinaryService, 'tellers'),
      leaveStep('done'),
    ],
    flows: [
      { id: 'vip-done', from: 'vip-counter', to: 'done' },
      { id: 'counter-done', from: 'counter', to: 'done' },
    ],
    resources: [
      { id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 1, ...spec.tellers },
      { id: 'vip', kind: 'staff', label: 'VIP window', capacity: 1, ...spec.vip },
    ],
    classes: [
      { id: 'vip', label: 'VIP', arrivals: spec.vipArrivals },
      { id: 'ordinary', label: 'Ordinary', arrivals: spec.ordinaryArrivals },
    ],
    run: spec.run,
  };
}

/** Customers booked at `entry` for these times of day, each on time. */
export function booked(entry: string, times: string[]): Arrivals {
  return { type: 'appointments', entry, slots: times.map((at) => ({ at })) };
}

/** An hour's opening, 09:00–10:00, run once: the by-hand timings' day. */
export const MORNING_HOUR: Blueprint['run'] = {
  mode: 'day',
  open: '09:00',
  close: '10:00',
  replications: 1,
  seed: 1,
};
