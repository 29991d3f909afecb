/**
 * Outcomes: every served customer is counted under the outcome of the exit where the
 * visit ended, per class and overall, with intervals across replications.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { checked, day, fixed, step } from '../support/scenarios.ts';

/** 100 booked customers: 30 % are turned away, 10 % give up at a failing check, the rest are served. */
function eligibility(replications = 1): Blueprint {
  const blueprint = day(
    [
      step('check', {
        kind: 'decision',
        duration: fixed(1),
        failure: { probability: 0.1, then: { action: 'leave' } },
      }),
      step('open', { exit: { outcome: 'completed' } }),
      step('turned-away', { exit: { outcome: 'rejected', label: 'Not eligible' } }),
      step('dead-end', { kind: 'action' }),
    ],
    [
      { id: 'yes', from: 'check', to: 'open', probability: 0.6 },
      { id: 'no', from: 'check', to: 'turned-away', probability: 0.3, failing: true },
      { id: 'odd', from: 'check', to: 'dead-end', probability: 0.1 },
    ],
    Array<string>(100).fill('09:00'),
  );
  blueprint.run = { mode: 'day', open: '09:00', close: '17:00', replications, seed: 3 };
  return blueprint;
}

describe('outcomes', () => {
  it('counts each served customer under the outcome of the exit they left by', () => {
    const results = simulate(checked(eligibility()));
    const { outcomes } = results.system;
    expect(Object.keys(outcomes)).toEqual(['completed', 'rejected']);
    // A dead end is not an exit: the visit ends as completed, as it counted as served.
    expect(outcomes.completed!.count.mean).toBe(
      results.steps.open!.visits.mean + results.steps['dead-end']!.visits.mean,
    );
    expect(outcomes.rejected!.count.mean).toBe(results.steps['turned-away']!.visits.mean);
    expect(outcomes.completed!.count.mean + outcomes.rejected!.count.mean).toBe(
      results.system.served,
    );
    expect(results.system.abandoned).toBeGreaterThan(0);
    expect(results.system.served + results.system.abandoned).toBe(100);
  });

  it('gives the share of those who left, and the same per class', () => {
    const results = simulate(checked(eligibility()));
    const rejected = results.system.outcomes.rejected!;
    expect(rejected.share.mean).toBeCloseTo(rejected.count.mean / 100, 12);
    expect(results.classes.customer!.outcomes).toEqual(results.system.outcomes);
  });

  it('has intervals across replications that cover the chance of the branch about 95 % of the time', () => {
    // Of those who pass the check (90 %), 30 % are rejected: 27 % of those who left.
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
    const covered = seeds.filter((seed) => {
      const blueprint = eligibility(10);
      blueprint.run = { ...blueprint.run!, seed };
      const [low, high] = simulate(checked(blueprint)).system.outcomes.rejected!.share.ci95!;
      return low <= 0.27 && 0.27 <= high;
    });
    // Binomial(40, 0.95): 34 or more in over 98 % of cases.
    expect(covered.length).toBeGreaterThanOrEqual(34);
  });

  it('reports per hour of the statistics window', () => {
    const results = simulate(checked(eligibility()));
    const hours = (results.run.arrivalsEnd - results.run.statsStart) / 60;
    const completed = results.system.outcomes.completed!;
    // Everyone is gone well before closing, so the day ends at closing: 8 hours.
    expect(completed.perHour.mean).toBeCloseTo(completed.count.mean / hours, 12);
  });
});
