/**
 * Events at the same instant run in a fixed order of kinds, whatever order they were
 * scheduled in (docs/blueprint-format.md, 4.8): capacity changes, then service ends,
 * then reneges, then arrivals.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { checked, day, events, fixed, step } from '../support/scenarios.ts';

const serve = (minutes: number) =>
  step('serve', {
    duration: fixed(minutes),
    resource: { pool: 'tellers' },
    exit: { outcome: 'completed' },
  });

describe('events at the same instant', () => {
  it('a capacity drop comes before a service end: the teller leaving then calls nobody', () => {
    // One teller, a second one 09:01–09:05. A: 09:00–09:05; C: 09:02–09:07; D queues at 09:03.
    // At 09:05 A's end was scheduled (09:00) before the drop (09:01); the drop still goes first.
    const blueprint = day(
      [serve(5)],
      [],
      ['09:00', '09:02', '09:03'],
      [
        {
          id: 'tellers',
          kind: 'staff',
          label: 'Tellers',
          capacity: 1,
          schedule: [{ from: '09:01', to: '09:05', capacity: 2 }],
        },
      ],
    );
    const starts = events(checked(blueprint)).filter((line) => line.includes(' start '));
    expect(starts).toEqual(['1 serve start 0.00', '2 serve start 2.00', '3 serve start 7.00']);
  });

  it('a service end comes before an arrival: the newcomer finds the queue the service left', () => {
    // One teller; A 09:00–09:05, B waits from 09:01; C arrives at 09:05 and balks at 1 waiting.
    // The 09:05 arrival was booked (09:00) before A's end was scheduled; the end still goes first.
    const blueprint = day(
      [serve(5)],
      [],
      ['09:00', '09:01', '09:05'],
      [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 1 }],
    );
    blueprint.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1, balkAt: 1 }];
    const lines = events(checked(blueprint));
    expect(lines.filter((line) => line.startsWith('3 '))).toEqual([
      '3 serve arrive 5.00',
      '3 serve queue 5.00', // B was called at 09:05 first: nobody waiting, C joins
      '3 serve start 10.00',
      '3 serve end 15.00',
      '3 serve exit 15.00',
    ]);
  });

  it('a service end comes before a renege: a customer called as their patience ends is served', () => {
    // One teller, 5 minutes each, patience exactly 8: A 09:00–09:05, B 09:05–09:10. C waits
    // from 09:02; its renege at 09:10 was scheduled (09:02) before B's end (09:05).
    const blueprint = day(
      [serve(5)],
      [],
      ['09:00', '09:01', '09:02'],
      [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 1 }],
    );
    blueprint.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1, patience: fixed(8) }];
    const lines = events(checked(blueprint));
    expect(lines.filter((line) => line.startsWith('3 '))).toContain('3 serve start 10.00');
  });
});

describe('a schedule that takes units away from busy staff', () => {
  it('lets them finish, so the pool can be more than 100 % busy', () => {
    // One teller until 09:05, none after; the 09:00 customer takes 30 minutes.
    const blueprint = day(
      [serve(30)],
      [],
      ['09:00'],
      [
        {
          id: 'tellers',
          kind: 'staff',
          label: 'Tellers',
          capacity: 1,
          schedule: [{ from: '09:05', to: '17:00', capacity: 0 }],
        },
      ],
    );
    const results = simulate(checked(blueprint));
    const tellers = results.resources.tellers!;
    // 30 busy unit-minutes over 5 available: the teller finished the customer in hand.
    expect(tellers.utilization.mean).toBeCloseTo(6, 9);
    expect(tellers.busyUnits.mean).toBeGreaterThan(tellers.capacity.mean);
  });
});
