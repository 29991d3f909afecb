import { describe, expect, it } from 'vitest';
import {
  changeOf,
  compareScenarios,
  COMPARED_WAIT_POINTS,
  judged,
} from '../../../src/app/results/comparison.ts';
import { runDifference, simulate } from '../../../src/sim/index.ts';
import type { Scenario } from '../../../src/app/results/scenario.ts';
import { textbookDeposit } from '../../support/textbookDeposit.ts';
import { deposit, loadExample, scenario, withCapacity } from './support.tsx';

describe('changeOf and beyondIntervals', () => {
  it('says better or worse by the figure’s direction, same within half a percent', () => {
    expect(changeOf(14.2, 6.1, 'lower', 'minutes')).toBe('better');
    expect(changeOf(6.1, 14.2, 'lower', 'minutes')).toBe('worse');
    expect(changeOf(300, 320, 'higher', 'customers')).toBe('better');
    expect(changeOf(100, 100.4, 'higher', 'customers')).toBe('same');
    expect(changeOf(0.8, 0.6, 'neither', 'share')).toBe('changed');
    expect(changeOf(null, 3, 'lower', 'minutes')).toBe('missing');
  });

  it('calls a change too small to show the same', () => {
    // 0.13 % and 0.14 % busy both show as 0.1 %.
    expect(changeOf(0.0013, 0.0014, 'neither', 'share')).toBe('same');
    expect(changeOf(0.02, 0.04, 'lower', 'minutes')).toBe('same');
    expect(changeOf(0.02, 0.12, 'lower', 'minutes')).toBe('worse');
  });

  it('keeps better or worse only where the difference is beyond the noise', () => {
    const real = runDifference([5, 6, 7], [4, 5.1, 6], 'lower', true);
    expect(judged('better', real)).toBe('better');
    const noise = runDifference([5, 6, 7], [7, 4, 6.5], 'lower', true);
    expect(judged('better', noise)).toBe('unclear');
    expect(judged('worse', null)).toBe('unclear');
    expect(judged('same', noise)).toBe('same');
    expect(judged('missing', null)).toBe('missing');
  });
});

/** A scenario as saved before outcomes had per-replication values. */
function withoutOutcomeReplications(kept: Scenario): Scenario {
  const old = structuredClone(kept);
  delete (old.results.perReplication.system as Partial<typeof old.results.perReplication.system>)
    .outcomes;
  return old;
}

describe('compareScenarios: 4 tellers against 5', () => {
  const { blueprint } = deposit();
  const four = scenario('a', '4 tellers', blueprint);
  const five = scenario('b', '5 tellers', withCapacity(blueprint, 'tellers', 5));
  const rows = compareScenarios(four, five);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('has the system figures, every pool and the top wait points', () => {
    expect(rows.slice(0, 7).map((r) => r.key)).toEqual([
      'completed',
      'abandoned',
      'timeInSystemMean',
      'timeInSystemP90',
      'waitMean',
      'waitP90',
      'withinTarget',
    ]);
    for (const poolId of Object.keys(four.results.resources)) {
      expect(row(`pool:${poolId}`).metric).toBe('poolUtilization');
    }
    const waits = rows.filter((r) => r.metric === 'stepWait');
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.length).toBeLessThanOrEqual(2 * COMPARED_WAIT_POINTS);
    expect(waits[0]!.subjectId).toBe('c-hand-over');
  });

  it('shows the extra teller cutting the wait, beyond the intervals', () => {
    const wait = row('waitMean');
    expect(wait.left).toBe(four.results.system.wait.mean);
    expect(wait.right).toBe(five.results.system.wait.mean);
    expect(wait.right!).toBeLessThan(wait.left!);
    expect(wait.change).toBe('better');
    // Same seed: the difference is paired replication by replication.
    expect(wait.difference!.method).toBe('paired');
    expect(wait.difference!.ci95![1]).toBeLessThan(0);
    expect(row('wait:c-hand-over').change).toBe('better');
    expect(row('abandoned').change).toBe('better');
    // The p90 is judged by each replication's own p90.
    expect(row('waitP90').difference!.method).toBe('paired');
  });

  it('pairs the outcome counts replication by replication too, and gives them a verdict', () => {
    const completed = row('completed');
    expect(completed.difference!.method).toBe('paired');
    expect(completed.difference!.n).toBe(four.results.run.replications);
    // With a fifth teller fewer give up at the counter, so more visits end completed.
    expect(completed.right!).toBeGreaterThan(completed.left!);
    expect(completed.change).toBe('better');
    const welch = compareScenarios(four, withoutOutcomeReplications(five)).find(
      (r) => r.key === 'completed',
    )!;
    // Kept before outcomes had per-replication values: judged from the intervals instead.
    expect(welch.difference!.method).toBe('welch');
    expect(welch.difference!.ci95![1] - welch.difference!.ci95![0]).toBeGreaterThan(
      completed.difference!.ci95![1] - completed.difference!.ci95![0],
    );
  });

  it('shows utilisation without calling it better or worse', () => {
    const tellers = row('pool:tellers');
    expect(tellers.change).toBe('changed');
    expect(tellers.right!).toBeLessThan(tellers.left!);
  });

  it('compares the cost of each pool with a cost per hour: a fifth teller costs more, for sure', () => {
    const cost = row('cost:tellers');
    expect(cost.metric).toBe('poolCost');
    expect(cost.left).toBe(four.results.resources.tellers!.cost.mean);
    expect(cost.right!).toBeGreaterThan(cost.left!);
    expect(cost.difference!.method).toBe('paired');
    expect(cost.change).toBe('worse');
    // The ticket machine has no cost per hour: no cost row.
    expect(four.results.resources['ticket-machine']!.cost.mean).toBe(0);
    expect(rows.some((r) => r.key === 'cost:ticket-machine')).toBe(false);
  });

  it('marks a pool only one scenario has', () => {
    const fewer = structuredClone(five);
    delete fewer.results.resources['back-office'];
    expect(compareScenarios(four, fewer).find((r) => r.key === 'pool:back-office')).toMatchObject({
      right: null,
      change: 'missing',
      difference: null,
    });
  });

  it('compares runs of another seed as independent samples (Welch)', () => {
    const reseeded = structuredClone(five);
    reseeded.results.run.seed += 1;
    expect(
      compareScenarios(four, reseeded).find((r) => r.key === 'waitMean')!.difference!.method,
    ).toBe('welch');
  });

  it('compares runs of another number of replications as independent samples (Welch)', () => {
    const longer = scenario(
      'c',
      '5 tellers, 8 replications',
      withCapacity(blueprint, 'tellers', 5),
      8,
    );
    expect(longer.results.run.seed).toBe(four.results.run.seed);
    const wait = compareScenarios(four, longer).find((r) => r.key === 'waitMean')!;
    expect(wait.difference!.method).toBe('welch');
    expect(wait.difference!.n).toBe(four.results.run.replications);
  });

  it('compares the wait of all who queued at a wait point, paired, beside the wait of those served', () => {
    const keys = rows.map((r) => r.key);
    const served = keys.indexOf('wait:c-hand-over');
    // Customers give up at the counter: all who queued is a figure of its own, right after.
    expect(keys[served + 1]).toBe('waitAll:c-hand-over');
    const all = row('waitAll:c-hand-over');
    expect(all.metric).toBe('stepWaitAll');
    expect(all.left).toBe(four.results.steps['c-hand-over']!.waitAll!.mean);
    expect(all.right).toBe(five.results.steps['c-hand-over']!.waitAll!.mean);
    expect(all.difference!.method).toBe('paired');
    expect(all.difference!.ci95![1]).toBeLessThan(0);
    expect(all.change).toBe('better');
    // No one gives up at the back office: only the wait of those served.
    for (const stepId of rows.filter((r) => r.metric === 'stepWait').map((r) => r.subjectId!)) {
      const gaveUp = [four, five].some(({ results }) => {
        const step = results.steps[stepId]!;
        return step.waitAll && step.wait && step.waitAll.count > step.wait.count;
      });
      expect(keys.includes(`waitAll:${stepId}`)).toBe(gaveUp);
    }
  });

  it('compares the overtime after closing and its cost, paired, better only beyond the noise', () => {
    const hours = row('overtime:tellers');
    expect(hours.metric).toBe('poolOvertime');
    expect(hours.unit).toBe('unitHours');
    expect(hours.left).toBe(four.results.resources.tellers!.overtime.hours.mean);
    expect(hours.right).toBe(five.results.resources.tellers!.overtime.hours.mean);
    expect(hours.difference!.method).toBe('paired');
    // A few minutes of overtime a day, varying from day to day: a fifth teller cuts it
    // only as far as the paired interval says.
    const [low, high] = hours.difference!.ci95!;
    expect(hours.change).toBe(high < 0 ? 'better' : low > 0 ? 'worse' : 'unclear');
    const cost = row('overtimeCost:tellers');
    expect(cost.metric).toBe('poolOvertimeCost');
    expect(cost.difference!.method).toBe('paired');
    expect(cost.left).toBe(four.results.resources.tellers!.overtime.cost.mean);
    // The ticket machine works past closing for a moment (under what two decimals show).
    expect(rows.some((r) => r.key === 'overtime:ticket-machine')).toBe(false);
  });

  it("weighs the wait against the day's cost: a fifth teller costs more in every pairing", () => {
    const total = row('totalCost');
    expect(total.unit).toBe('money');
    expect(total.left).toBe(four.results.system.cost!.total.mean);
    expect(total.right).toBe(five.results.system.cost!.total.mean);
    expect(total.difference!.method).toBe('paired');
    // One more teller for the whole day: about 8 h × 45 more, wait or no wait.
    expect(total.right! - total.left!).toBeGreaterThan(300);
    expect(total.change).toBe('worse');
    const perVisit = row('costPerServed');
    expect(perVisit.difference!.method).toBe('paired');
    expect(perVisit.right!).toBeGreaterThan(perVisit.left!);
  });

  it('has no class rows when both runs have a single class: it is the whole process', () => {
    expect(Object.keys(four.results.classes)).toHaveLength(1);
    expect(rows.filter((r) => r.classId !== null)).toEqual([]);
  });

  it('judges the wait of all who queued and overtime from intervals for results kept without them', () => {
    const old = structuredClone(five);
    for (const step of Object.values(old.results.perReplication.steps)) {
      delete (step as Partial<typeof step>).waitAllMean;
    }
    for (const pool of Object.values(old.results.perReplication.resources)) {
      delete (pool as Partial<typeof pool>).overtimeHours;
      delete (pool as Partial<typeof pool>).overtimeCost;
    }
    const kept = compareScenarios(four, old);
    const keptRow = (key: string) => kept.find((r) => r.key === key)!;
    expect(keptRow('waitAll:c-hand-over').difference!.method).toBe('welch');
    expect(keptRow('overtime:tellers').difference!.method).toBe('welch');
    expect(keptRow('overtimeCost:tellers').difference!.method).toBe('welch');
    // What they still have is paired.
    expect(keptRow('wait:c-hand-over').difference!.method).toBe('paired');
    expect(keptRow('cost:tellers').difference!.method).toBe('paired');
  });

  it('falls back on Welch from the intervals for results kept without replications', () => {
    const old = structuredClone(five);
    delete (old.results as Partial<typeof old.results>).perReplication;
    const wait = compareScenarios(four, old).find((r) => r.key === 'waitMean')!;
    expect(wait.difference!.method).toBe('welch');
    expect(wait.change).toBe('better');
  });
});

describe('compareScenarios: outcomes of a stricter eligibility check', () => {
  const blueprint = loadExample('margin-account-opening.json');
  const stricter = structuredClone(blueprint);
  // Most clients turned away at the eligibility check, in every class (3 to 25 % before):
  // a dozen clients a day, so only a large change is beyond the noise.
  const turnedAway = { A: 0.5, B: 0.6, C: 0.8 };
  for (const flow of stricter.flows.filter((f) => f.from === 'd-eligible')) {
    flow.classProbability = Object.fromEntries(
      Object.entries(turnedAway).map(([id, p]) => [id, flow.failing ? p : 1 - p]),
    );
  }
  const left = scenario('m', 'as drawn', blueprint);
  const right = scenario('s', 'stricter', stricter);
  const rows = compareScenarios(left, right);

  it('judges the rejections by their paired difference and calls them changed, not better', () => {
    const rejected = rows.find((r) => r.key === 'rejected')!;
    expect(rejected.difference!.method).toBe('paired');
    expect(rejected.right!).toBeGreaterThan(rejected.left!);
    expect(rejected.difference!.ci95![0]).toBeGreaterThan(0);
    expect(rejected.change).toBe('changed');
  });

  it('compares each class’s outcomes, paired, in one group a class, after the whole process', () => {
    const classRows = rows.filter((r) => r.classId !== null);
    expect([...new Set(classRows.map((r) => r.classId))]).toEqual(['A', 'B', 'C']);
    // Each class's rows together, between the whole process's and the pools'.
    const first = rows.indexOf(classRows[0]!);
    expect(rows.slice(first, first + classRows.length)).toEqual(classRows);
    expect(rows[first - 1]!.classId).toBeNull();
    expect(rows[first + classRows.length]!.metric).toBe('poolUtilization');
    for (const r of classRows) {
      expect(r.key).toBe(`class:${r.classId}:${r.metric}`);
      expect(r.difference!.method).toBe('paired');
    }
    // The classes' rejections add up to the whole process's, on either side.
    const classRejected = classRows.filter((r) => r.metric === 'rejected');
    expect(classRejected.reduce((sum, r) => sum + r.left!, 0)).toBeCloseTo(
      rows.find((r) => r.key === 'rejected')!.left!,
      9,
    );
    // Most of each class turned away: beyond the noise in at least one class, and never
    // called better or worse (fewer rejections may mean a laxer check).
    expect(classRejected.some((r) => r.change === 'changed')).toBe(true);
    expect(classRejected.every((r) => r.change === 'changed' || r.change === 'unclear')).toBe(true);
  });

  it('shows a class’s outcome or its giving up only where it happened in either run', () => {
    for (const classId of ['A', 'B', 'C']) {
      const counted = (id: string) =>
        [left, right].some(({ results }) => {
          const result = results.classes[classId]!;
          const mean =
            id === 'abandoned'
              ? result.abandoned.mean
              : result.outcomes[id as 'completed' | 'rejected']!.count.mean;
          return mean > 0;
        });
      for (const id of ['completed', 'rejected', 'abandoned']) {
        expect(rows.some((r) => r.key === `class:${classId}:${id}`)).toBe(counted(id));
      }
      // Every class of this example has a service target.
      expect(rows.some((r) => r.key === `class:${classId}:withinTarget`)).toBe(true);
    }
  });

  it('judges the classes from their intervals for results kept without class replications', () => {
    const old = structuredClone(right);
    (old.results.perReplication as Partial<typeof old.results.perReplication>).classes = undefined;
    const kept = compareScenarios(left, old).filter((r) => r.classId !== null);
    expect(kept.length).toBeGreaterThan(0);
    for (const r of kept) {
      if (r.difference) expect(r.difference.method).toBe('welch');
    }
    expect(kept.some((r) => r.difference?.method === 'welch')).toBe(true);
  });
});

describe('compareScenarios: a queue drawn as a waiting step of its own', () => {
  const blueprint = textbookDeposit();
  const three = withCapacity(blueprint, 'tellers', 3);
  const twoTellers: Scenario = {
    id: 't2',
    name: '2 tellers',
    createdAt: '2026-12-03T09:00:00Z',
    blueprint,
    results: simulate(blueprint),
  };
  const threeTellers: Scenario = {
    ...twoTellers,
    id: 't3',
    name: '3 tellers',
    blueprint: three,
    results: simulate(three),
  };
  const waitRow = compareScenarios(twoTellers, threeTellers).find(
    (r) => r.key === 'wait:wait-call',
  )!;

  it('compares the wait at "Wait to be called", where the designer drew the queue', () => {
    const queue = (s: Scenario) => s.results.steps['hand-over']!.wait!.mean;
    expect(waitRow.left).toBe(queue(twoTellers));
    expect(waitRow.right).toBe(queue(threeTellers));
    // A third teller shortens the queue: paired over the same seed, beyond the noise.
    expect(waitRow.difference!.method).toBe('paired');
    expect(waitRow.change).toBe('better');
    const rows = compareScenarios(twoTellers, threeTellers);
    expect(rows.some((r) => r.key === 'wait:hand-over')).toBe(false);
  });
});
