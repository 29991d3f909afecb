/**
 * Each replication's headline figures (results-format 3.11): the outcome counts, per
 * class too, are the very numbers the results' means and intervals are made of, so a
 * comparison of two runs can pair them replication by replication.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Blueprint, type ExitOutcome, loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';

const root = new URL('../../', import.meta.url).pathname;

function margin(): Blueprint {
  const text = readFileSync(join(root, 'blueprints/margin-account-opening.json'), 'utf8');
  const loaded = loadBlueprintText(text);
  if (!loaded.ok) throw new Error('the margin example does not load');
  return loaded.blueprint;
}

/** The mean over the replications that have a value, as the results' Estimates take it. */
function mean(list: (number | null)[]): number {
  const present = list.filter((v): v is number => v !== null);
  return present.reduce((sum, v) => sum + v, 0) / present.length;
}

describe('per-replication outcome counts', () => {
  const blueprint = margin();
  delete blueprint.classes![0]!.serviceTarget;
  const results = simulate(blueprint, { replications: 6 });
  const { system, classes } = results.perReplication;

  it('has every outcome the results count, whose mean is the outcome’s count and rate', () => {
    expect(Object.keys(system.outcomes)).toEqual(Object.keys(results.system.outcomes));
    expect(Object.keys(system.outcomes)).toEqual(['completed', 'rejected']);
    for (const [outcome, values] of Object.entries(system.outcomes)) {
      const result = results.system.outcomes[outcome as ExitOutcome]!;
      expect(values.count).toHaveLength(6);
      expect(mean(values.count)).toBeCloseTo(result.count.mean, 9);
      expect(mean(values.perHour)).toBeCloseTo(result.perHour.mean, 9);
    }
    // Replications differ: a count that were the same each time would pair trivially.
    expect(new Set(system.outcomes.rejected!.count).size).toBeGreaterThan(1);
  });

  it('counts each replication’s visits once: outcomes add up to those served', () => {
    system.served.forEach((served, r) => {
      const total = Object.values(system.outcomes).reduce((sum, v) => sum + v.count[r]!, 0);
      expect(total).toBe(served);
    });
  });

  it('keeps the same per class, adding up to the whole process in each replication', () => {
    expect(Object.keys(classes)).toEqual(['A', 'B', 'C']);
    for (const outcome of ['completed', 'rejected'] as const) {
      system.outcomes[outcome]!.count.forEach((count, r) => {
        const byClass = Object.values(classes).map((c) => c.outcomes[outcome]!.count[r]!);
        expect(byClass.reduce((a, b) => a + b, 0)).toBe(count);
      });
      for (const [classId, values] of Object.entries(classes)) {
        expect(mean(values.outcomes[outcome]!.count)).toBeCloseTo(
          results.classes[classId]!.outcomes[outcome]!.count.mean,
          9,
        );
      }
    }
    expect(mean(classes.C!.abandoned)).toBeCloseTo(results.classes.C!.abandoned.mean, 9);
  });

  it('gives a class’s share within target only where the class has a target', () => {
    expect(classes.A!.withinTarget).toBeUndefined();
    expect(mean(classes.B!.withinTarget!)).toBeCloseTo(results.classes.B!.withinTarget!.mean, 9);
    expect(system.withinTarget).toHaveLength(6);
  });

  it('gives outcomes per hour of the window in a steady state', () => {
    const steady = simulate(blueprint, { replications: 3, horizon: 600, warmup: 60 });
    const completed = steady.perReplication.system.outcomes.completed!;
    completed.count.forEach((count, r) => {
      expect(completed.perHour[r]).toBeCloseTo((count! / 540) * 60, 9);
    });
  });
});

describe('per-replication waits of all who queued, and overtime', () => {
  const loaded = loadBlueprintText(
    readFileSync(join(root, 'blueprints/counter-deposit.json'), 'utf8'),
  );
  if (!loaded.ok) throw new Error('the deposit example does not load');
  const results = simulate(loaded.blueprint, { replications: 6 });
  const { steps, resources } = results.perReplication;

  it('keeps each replication’s wait of all who queued, whose mean is `waitAll`', () => {
    // Customers give up at the counter: all who queued waited longer than those served.
    const counter = results.steps['c-hand-over']!;
    expect(counter.waitAll!.count).toBeGreaterThan(counter.wait!.count);
    const values = steps['c-hand-over']!;
    expect(values.waitAllMean).toHaveLength(6);
    expect(mean(values.waitAllMean)).toBeCloseTo(counter.waitAll!.mean, 9);
    expect(mean(values.waitAllMean)).not.toBeCloseTo(mean(values.waitMean), 3);
  });

  it('keeps each pool’s overtime hours and their cost, whose means are `overtime`', () => {
    const tellers = results.resources.tellers!;
    expect(tellers.overtime.hours.mean).toBeGreaterThan(0);
    expect(mean(resources.tellers!.overtimeHours)).toBeCloseTo(tellers.overtime.hours.mean, 9);
    expect(mean(resources.tellers!.overtimeCost)).toBeCloseTo(tellers.overtime.cost.mean, 9);
  });
});
