import { describe, expect, it } from 'vitest';
import { classRows, poolRows } from '../../../src/app/results/breakdown.ts';
import { systemKpis } from '../../../src/app/results/kpis.ts';
import { failRanking, RANK_LIMIT, waitRanking } from '../../../src/app/results/rankings.ts';
import { deposit, loadExample, resultsOf } from './support.tsx';

describe('ranked wait points', () => {
  const { blueprint, results } = deposit();
  const rows = waitRanking(results, blueprint);

  it('puts the teller queue first, confirmed by the designer’s W', () => {
    expect(rows[0]).toMatchObject({ stepId: 'c-hand-over', verdict: 'confirmed' });
    expect(rows[0]!.meanMinutes).toBe(results.steps['c-hand-over']!.wait!.mean);
    expect(rows[0]!.ci95).toEqual(results.steps['c-hand-over']!.wait!.ci95);
  });

  it('gives the wait of all who queued where someone gave up, and none where nobody did', () => {
    const handOver = results.steps['c-hand-over']!;
    expect(handOver.waitAll!.count).toBeGreaterThan(handOver.wait!.count);
    expect(rows[0]!.allQueuedMinutes).toBe(handOver.waitAll!.mean);
    const ticket = rows.find((row) => row.stepId === 'c-take-number')!;
    const machine = results.steps['c-take-number']!;
    expect(machine.waitAll!.count).toBe(machine.wait!.count);
    expect(ticket.allQueuedMinutes).toBeNull();
  });

  it('ranks by mean wait, worst first, only steps that wait', () => {
    const waits = rows.map((row) => row.meanMinutes!);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
    expect(waits.every((wait) => wait > 0)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(RANK_LIMIT);
  });

  it('adds a W-marked step that does not wait after the ranked ones', () => {
    const marked = structuredClone(blueprint);
    marked.steps.find((s) => s.id === 'c-fill-slip')!.waitPoint = {};
    const withMark = waitRanking(results, marked);
    expect(withMark.at(-1)).toMatchObject({ stepId: 'c-fill-slip', verdict: 'markedButQuiet' });
  });
});

describe('ranked fail points', () => {
  const { blueprint, results } = deposit();
  const rows = failRanking(results, blueprint);

  it('ranks by failure rate with the failures per day and their interval', () => {
    expect(rows.map((row) => row.stepId)).toEqual([
      'f-count',
      'c-large-cash',
      'c-enter-pin',
      'f-print-stamp',
      's-post',
    ]);
    const rates = rows.map((row) => row.rate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rows[0]).toMatchObject({
      perRun: results.steps['f-count']!.failures.count,
      ci95: results.steps['f-count']!.failures.ci95,
      verdict: 'confirmed',
    });
    expect(rows[4]!.verdict).toBe('markedButQuiet');
  });
});

describe('system figures, pools and classes', () => {
  const { blueprint, results } = deposit();

  it('has a figure per outcome of the blueprint, per hour in a steady run', () => {
    const margin = loadExample('margin-account-opening.json');
    margin.run = { mode: 'steady', horizon: 2000, replications: 3, seed: 5 };
    const steady = resultsOf(margin, 3);
    const kpis = systemKpis(steady);
    expect(kpis.slice(0, 3).map((kpi) => kpi.id)).toEqual(['completed', 'rejected', 'abandoned']);
    expect(kpis[1]).toMatchObject({
      value: steady.system.outcomes.rejected!.perHour.mean,
      unit: 'perHour',
      better: 'neither',
    });
  });

  it('leads with the outcomes, gave up, times and waits, within target, cost, with intervals where there are', () => {
    const kpis = systemKpis(results);
    expect(kpis.map((kpi) => kpi.id)).toEqual([
      'completed',
      'abandoned',
      'timeInSystemMean',
      'timeInSystemP90',
      'waitMean',
      'waitP90',
      'withinTarget',
      'totalCost',
      'costPerServed',
    ]);
    const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
    const completed = results.system.outcomes.completed!;
    expect(byId.get('completed')).toMatchObject({
      value: completed.count.mean,
      ci95: completed.count.ci95,
      unit: 'customers',
      better: 'higher',
      shareOfLeft: completed.share.mean,
    });
    expect(byId.get('timeInSystemP90')).toMatchObject({
      value: results.system.timeInSystem.p90,
      ci95: null,
      better: 'lower',
    });
    expect(byId.get('withinTarget')!.unit).toBe('share');
    expect(byId.get('costPerServed')).toMatchObject({
      value: results.system.cost!.perServed.mean,
      ci95: results.system.cost!.perServed.ci95,
      unit: 'moneyEach',
      better: 'lower',
    });
  });

  it('has no cost figures when no pool has a price, nor in results kept before the cost was summed', () => {
    const free = structuredClone(results);
    free.system.cost = null;
    expect(systemKpis(free).map((kpi) => kpi.id)).not.toContain('totalCost');
    const old = structuredClone(results) as unknown as { system: Record<string, unknown> };
    delete old.system['cost'];
    expect(systemKpis(old as unknown as typeof results).map((kpi) => kpi.id)).not.toContain(
      'costPerServed',
    );
  });

  it('has no within-target figure when no class has a target', () => {
    const noTarget = structuredClone(results);
    noTarget.system.withinTarget = null;
    expect(systemKpis(noTarget).map((kpi) => kpi.id)).not.toContain('withinTarget');
  });

  it('lists pools and classes in the blueprint’s order', () => {
    expect(poolRows(results, blueprint).map((row) => row.poolId)).toEqual(
      blueprint.resources!.map((pool) => pool.id),
    );
    const tellers = poolRows(results, blueprint)[0]!;
    expect(tellers.utilization).toEqual(results.resources.tellers!.utilization);
    expect(tellers.queueMax).toBe(results.resources.tellers!.queueLength.max);
    expect(classRows(results, blueprint).map((row) => row.classId)).toEqual(['retail']);
  });
});
