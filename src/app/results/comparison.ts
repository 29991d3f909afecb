/**
 * Two scenarios side by side, the baseline on the left: the whole process's figures, each
 * customer class's (classComparison.ts), every pool's utilisation, cost and overtime, and
 * the top wait points, those served and all who queued; two months by the month's
 * figures (monthComparison.ts) and then day type by day type. Each row is judged on the
 * difference itself (comparisonRow.ts): paired replication by replication when both runs
 * share the seed and the number of replications, Welch's interval otherwise; better or
 * worse only when the difference's 95 % interval excludes 0.
 */
import type { Month } from '../../analysis/month.ts';
import type { Estimate, PerReplicationValues, PoolResult, Results } from '../../sim/index.ts';
import { ownValue } from '../../model/index.ts';
import { classComparisonRows } from './classComparison.ts';
import {
  type ComparedMetric,
  type ComparisonRow,
  type Side,
  comparisonRow,
  figureValues,
  perReplicationOf,
} from './comparisonRow.ts';
import type { Unit } from './format.ts';
import { type Better, type Kpi, type SystemKpiId, systemKpis } from './kpis.ts';
import { queueShownAt } from './marks.ts';
import { waitRanking } from './rankings.ts';
import { monthComparisonRows } from './monthComparison.ts';
import type { Scenario } from './scenario.ts';

export {
  type Change,
  type ComparedMetric,
  type ComparisonRow,
  changeOf,
  differenceOf,
  judged,
} from './comparisonRow.ts';

/** Wait points compared: the top ones of either scenario. */
export const COMPARED_WAIT_POINTS = 3;

/** Overtime below what two decimals show (0.00 unit-hours) is not compared, as the results leave it out. */
const OVERTIME_SHOWN = 0.005;

function side(scenario: Scenario, kpi: Kpi | null, values: PerReplicationValues | undefined): Side {
  return { kpi, values, results: scenario.results };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function systemRows(left: Scenario, right: Scenario): ComparisonRow[] {
  const leftKpis = new Map(systemKpis(left.results).map((kpi) => [kpi.id, kpi]));
  const rightKpis = new Map(systemKpis(right.results).map((kpi) => [kpi.id, kpi]));
  const ids = union([...leftKpis.keys()], [...rightKpis.keys()]) as SystemKpiId[];
  const values = ({ results }: Scenario, id: SystemKpiId) =>
    figureValues(perReplicationOf(results)?.system, id, results.run.mode);
  return ids.map((id) => {
    const kpi = (leftKpis.get(id) ?? rightKpis.get(id))!;
    return comparisonRow(
      { key: id, metric: id },
      side(left, leftKpis.get(id) ?? null, values(left, id)),
      side(right, rightKpis.get(id) ?? null, values(right, id)),
      kpi.unit,
      kpi.better,
    );
  });
}

/** A pool figure as the comparison reads it: the Estimate in the results, the array kept per replication. */
interface PoolFigure {
  metric: ComparedMetric;
  keyPrefix: string;
  unit: Unit;
  better: Better;
  estimate: (pool: PoolResult) => Estimate;
  values: 'utilization' | 'cost' | 'overtimeHours' | 'overtimeCost';
}

function poolOf(results: Results, poolId: string): PoolResult | undefined {
  return ownValue(results.resources, poolId);
}

/**
 * Utilisation is neither better nor worse; cost is lower-better (though a wait it buys may
 * be worth it), and so is overtime: staff kept after closing.
 */
const UTILIZATION: PoolFigure = {
  metric: 'poolUtilization',
  keyPrefix: 'pool',
  unit: 'share',
  better: 'neither',
  estimate: (pool) => pool.utilization,
  values: 'utilization',
};
const COST: PoolFigure = {
  metric: 'poolCost',
  keyPrefix: 'cost',
  unit: 'money',
  better: 'lower',
  estimate: (pool) => pool.cost,
  values: 'cost',
};
const OVERTIME: PoolFigure = {
  metric: 'poolOvertime',
  keyPrefix: 'overtime',
  unit: 'unitHours',
  better: 'lower',
  estimate: (pool) => pool.overtime.hours,
  values: 'overtimeHours',
};
const OVERTIME_COST: PoolFigure = {
  metric: 'poolOvertimeCost',
  keyPrefix: 'overtimeCost',
  unit: 'money',
  better: 'lower',
  estimate: (pool) => pool.overtime.cost,
  values: 'overtimeCost',
};

function poolRow(left: Scenario, right: Scenario, poolId: string, figure: PoolFigure) {
  const sideOf = (scenario: Scenario) => {
    const pool = poolOf(scenario.results, poolId);
    const estimate = pool && figure.estimate(pool);
    const kpi: Kpi | null = estimate
      ? {
          id: poolId,
          value: estimate.mean,
          ci95: estimate.ci95,
          unit: figure.unit,
          better: figure.better,
        }
      : null;
    // Results kept before overtime had per-replication values lack its arrays.
    const values = perReplicationOf(scenario.results)?.resources?.[poolId]?.[figure.values];
    return side(scenario, kpi, values);
  };
  return comparisonRow(
    { key: `${figure.keyPrefix}:${poolId}`, metric: figure.metric, subjectId: poolId },
    sideOf(left),
    sideOf(right),
    figure.unit,
    figure.better,
  );
}

function poolRows(left: Scenario, right: Scenario): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const poolIds = union(Object.keys(left.results.resources), Object.keys(right.results.resources));
  for (const poolId of poolIds) {
    const either = (test: (pool: PoolResult) => boolean) =>
      [left, right].some(({ results }) => {
        const pool = poolOf(results, poolId);
        return pool !== undefined && test(pool);
      });
    const costs = either((pool) => pool.cost.mean > 0);
    // A steady state has no closing and so no overtime (0 in every replication).
    const overtime = either((pool) => pool.overtime.hours.mean >= OVERTIME_SHOWN);
    rows.push(poolRow(left, right, poolId, UTILIZATION));
    if (costs) rows.push(poolRow(left, right, poolId, COST));
    if (overtime) rows.push(poolRow(left, right, poolId, OVERTIME));
    if (overtime && costs) rows.push(poolRow(left, right, poolId, OVERTIME_COST));
  }
  return rows;
}

/**
 * The step whose queue is shown at `stepId`: the pool step for a waiting step ("Wait to
 * be called", `queueOf`), else the step itself. The wait is compared where the rankings
 * and the canvas show it, which for a waiting step is not its own (null) wait.
 */
function queueStepOf(results: Results, stepId: string): string {
  return ownValue(results.steps, stepId)?.queueOf ?? stepId;
}

function topWaits(scenario: Scenario): string[] {
  return waitRanking(scenario.results, scenario.blueprint)
    .filter((row) => (row.meanMinutes ?? 0) > 0)
    .slice(0, COMPARED_WAIT_POINTS)
    .map((row) => row.stepId);
}

/** Someone gave up in the queue shown at the step: the wait of all who queued differs from the served's. */
function someoneGaveUp(results: Results, stepId: string): boolean {
  const { wait, waitAll } = queueShownAt(results, stepId);
  return !!wait && !!waitAll && waitAll.count > wait.count;
}

function waitRows(left: Scenario, right: Scenario, stepId: string): ComparisonRow[] {
  const sideOf = (scenario: Scenario, all: boolean) => {
    const shown = queueShownAt(scenario.results, stepId);
    const wait = all ? shown.waitAll : shown.wait;
    const kpi: Kpi | null = wait
      ? { id: stepId, value: wait.mean, ci95: wait.ci95, unit: 'minutes', better: 'lower' }
      : null;
    const kept = perReplicationOf(scenario.results)?.steps?.[queueStepOf(scenario.results, stepId)];
    // Results kept before the wait of all who queued had per-replication values lack it.
    return side(scenario, kpi, all ? kept?.waitAllMean : kept?.waitMean);
  };
  const row = (all: boolean) =>
    comparisonRow(
      {
        key: `${all ? 'waitAll' : 'wait'}:${stepId}`,
        metric: all ? 'stepWaitAll' : 'stepWait',
        subjectId: stepId,
      },
      sideOf(left, all),
      sideOf(right, all),
      'minutes',
      'lower',
    );
  const gaveUp = someoneGaveUp(left.results, stepId) || someoneGaveUp(right.results, stepId);
  return gaveUp ? [row(false), row(true)] : [row(false)];
}

/**
 * Two months, day type by day type: each day type both have, its whole process's figures
 * and its pools' (per day), the day of one beside the same day of the other (paired when
 * they ran with the same seed and replications, as a what-if of a month does).
 */
function dayTypeRows(left: Month, right: Month, scenario: Scenario): ComparisonRow[] {
  return left.dayTypes.flatMap((leftDay) => {
    const rightDay = right.dayTypes.find((day) => day.id === leftDay.id);
    if (!rightDay) return [];
    const l: Scenario = { ...scenario, results: leftDay.results };
    const r: Scenario = { ...scenario, results: rightDay.results };
    return [...systemRows(l, r), ...poolRows(l, r)].map((row) => ({
      ...row,
      key: `day:${leftDay.id}:${row.key}`,
      dayType: leftDay.id,
    }));
  });
}

/**
 * The rows of a comparison: two months by their month figures, then day type by day type;
 * a month and a single day have no figure in common (a month counts customers a month),
 * so none.
 */
export function compareScenarios(left: Scenario, right: Scenario): ComparisonRow[] {
  if (left.month && right.month)
    return [
      ...monthComparisonRows(left.month, right.month),
      ...dayTypeRows(left.month, right.month, left),
    ];
  if (left.month || right.month) return [];
  return [
    ...systemRows(left, right),
    ...classComparisonRows(left, right),
    ...poolRows(left, right),
    ...union(topWaits(left), topWaits(right)).flatMap((stepId) => waitRows(left, right, stepId)),
  ];
}
