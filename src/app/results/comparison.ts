/**
 * Two scenarios side by side, the baseline on the left: the same figures from each, which
 * way each moved, and whether the move is larger than the noise of the simulation. The
 * noise is judged on the difference itself (src/sim/stats/difference.ts): paired
 * replication by replication when both runs share the seed and the number of
 * replications (common random numbers), Welch's interval otherwise, for every row: outcome
 * counts, waits, the share within target, utilisation. Better or worse only when the
 * difference's 95 % interval excludes 0; "unclear" otherwise.
 */
import {
  type PerReplication,
  type PerReplicationValues,
  type Results,
  type RunDifference,
  runDifference,
  summaryFromInterval,
  welchFromSummaries,
} from '../../sim/index.ts';
import type { Unit } from './format.ts';
import { type Better, type Kpi, type SystemKpiId, systemKpis } from './kpis.ts';
import { waitRanking } from './rankings.ts';
import { queueShownAt } from './marks.ts';
import type { Scenario } from './scenario.ts';
import { type ExitOutcome, OUTCOMES, ownValue } from '../../model/index.ts';

/** Wait points compared: the top ones of either scenario. */
export const COMPARED_WAIT_POINTS = 3;

/** `unclear`: it moved, but not beyond the noise (the difference's interval holds 0). */
export type Change = 'better' | 'worse' | 'same' | 'changed' | 'unclear' | 'missing';

export type ComparedMetric = SystemKpiId | 'poolUtilization' | 'poolCost' | 'stepWait';

export interface ComparisonRow {
  /** Unique within the comparison. */
  key: string;
  metric: ComparedMetric;
  /** The pool or step the row is about. */
  subjectId: string | null;
  left: number | null;
  right: number | null;
  leftCi: [number, number] | null;
  rightCi: [number, number] | null;
  unit: Unit;
  better: Better;
  change: Change;
  /** Right − left with its 95 % interval; null when there is nothing to judge it by. */
  difference: RunDifference | null;
}

/**
 * Two figures count as the same when they differ by less than half a percent of the
 * larger (not a redesign's effect), or by less than half the last digit shown (0.05 min,
 * 0.05 percentage points): a change nobody can read should not be coloured.
 */
const SAME_RELATIVE = 0.005;
const SAME_ABSOLUTE: Record<Unit, number> = {
  minutes: 0.05,
  share: 0.0005,
  customers: 0.05,
  count: 0.05,
  units: 0.05,
  perHour: 0.05,
  unitHours: 0.005,
  money: 0.5,
  whole: 0.5,
};

function finite(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

export function changeOf(
  left: number | null,
  right: number | null,
  better: Better,
  unit: Unit,
): Change {
  if (left === null || right === null) return 'missing';
  const scale = Math.max(Math.abs(left), Math.abs(right));
  if (Math.abs(right - left) < Math.max(SAME_ABSOLUTE[unit], SAME_RELATIVE * scale)) return 'same';
  if (better === 'neither') return 'changed';
  const up = right > left;
  return up === (better === 'higher') ? 'better' : 'worse';
}

/** What a row needs from each side: the figure, its interval and its replications. */
interface Side {
  kpi: Kpi | null;
  values: PerReplicationValues | undefined;
  results: Results;
}

/**
 * The difference between the two sides: from the replications (paired when the runs share
 * the seed and the number of replications), else Welch from the intervals (results kept without per-replication values).
 */
export function differenceOf(left: Side, right: Side, better: Better): RunDifference | null {
  if (left.values && right.values) {
    // Same seed and as many replications: replication r of each drew from the same streams,
    // and the paired difference is the difference of the means shown (as staffing judges).
    const paired =
      left.results.run.seed === right.results.run.seed &&
      left.results.run.replications === right.results.run.replications;
    const difference = runDifference(left.values, right.values, better, paired);
    return difference.ci95 ? difference : null;
  }
  const a =
    left.kpi && summaryFromInterval(left.kpi.value, left.kpi.ci95, left.results.run.replications);
  const b =
    right.kpi &&
    summaryFromInterval(right.kpi.value, right.kpi.ci95, right.results.run.replications);
  return a && b ? welchFromSummaries(a, b, better) : null;
}

/** The visible change, kept only where the difference is beyond the noise. */
export function judged(change: Change, difference: RunDifference | null): Change {
  if (change === 'same' || change === 'missing') return change;
  if (!difference || difference.verdict === 'no-clear-difference') return 'unclear';
  return difference.verdict;
}

function row(
  key: string,
  metric: ComparedMetric,
  subjectId: string | null,
  left: Side,
  right: Side,
  unit: Unit,
  better: Better,
): ComparisonRow {
  const l = finite(left.kpi?.value);
  const r = finite(right.kpi?.value);
  const difference = l === null || r === null ? null : differenceOf(left, right, better);
  return {
    key,
    metric,
    subjectId,
    left: l,
    right: r,
    leftCi: left.kpi?.ci95 ?? null,
    rightCi: right.kpi?.ci95 ?? null,
    unit,
    better,
    change: judged(changeOf(l, r, better, unit), difference),
    difference,
  };
}

function poolKpi(results: Results, poolId: string): Kpi | null {
  const pool = ownValue(results.resources, poolId);
  if (!pool) return null;
  const { mean, ci95 } = pool.utilization;
  return { id: poolId, value: mean, ci95, unit: 'share', better: 'neither' };
}

/** Cost in the pool's hours: lower is better, though a wait it buys may be worth it. */
function poolCostKpi(results: Results, poolId: string): Kpi | null {
  const pool = ownValue(results.resources, poolId);
  if (!pool) return null;
  const { mean, ci95 } = pool.cost;
  return { id: poolId, value: mean, ci95, unit: 'money', better: 'lower' };
}

/**
 * The step whose queue is shown at `stepId`: the pool step for a waiting step ("Wait to
 * be called", `queueOf`), else the step itself. The wait is compared where the rankings
 * and the canvas show it, which for a waiting step is not its own (null) wait.
 */
function queueStepOf(results: Results, stepId: string): string {
  return ownValue(results.steps, stepId)?.queueOf ?? stepId;
}

function waitKpi(results: Results, stepId: string): Kpi | null {
  const wait = queueShownAt(results, stepId).wait;
  if (!wait) return null;
  return { id: stepId, value: wait.mean, ci95: wait.ci95, unit: 'minutes', better: 'lower' };
}

function topWaits(scenario: Scenario): string[] {
  return waitRanking(scenario.results, scenario.blueprint)
    .filter((row) => (row.meanMinutes ?? 0) > 0)
    .slice(0, COMPARED_WAIT_POINTS)
    .map((row) => row.stepId);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Results kept before per-replication values existed (a saved scenario) have none. */
function perReplicationOf(results: Results): Results['perReplication'] | undefined {
  return (results as Partial<Results>).perReplication;
}

const REPLICATION_VALUES = [
  'abandoned',
  'timeInSystemMean',
  'timeInSystemP90',
  'waitMean',
  'waitP90',
  'withinTarget',
] as const satisfies readonly (SystemKpiId & keyof PerReplication['system'])[];

/**
 * A system figure's value in each replication: an outcome as its KPI counts it (per day
 * in a business day, per hour in a steady state). Undefined for results kept before a
 * figure had per-replication values: those are judged from their intervals.
 */
function systemValues(results: Results, id: SystemKpiId): PerReplicationValues | undefined {
  const system = perReplicationOf(results)?.system;
  if (!system) return undefined;
  if ((OUTCOMES as readonly string[]).includes(id)) {
    // Scenarios saved before outcomes had per-replication values have no `outcomes`.
    const outcome = (system.outcomes as PerReplication['system']['outcomes'] | undefined)?.[
      id as ExitOutcome
    ];
    return results.run.mode === 'day' ? outcome?.count : outcome?.perHour;
  }
  const key = REPLICATION_VALUES.find((known) => known === id);
  return key ? system[key] : undefined;
}

export function compareScenarios(left: Scenario, right: Scenario): ComparisonRow[] {
  const leftKpis = new Map(systemKpis(left.results).map((kpi) => [kpi.id, kpi]));
  const rightKpis = new Map(systemKpis(right.results).map((kpi) => [kpi.id, kpi]));
  const ids = union([...leftKpis.keys()], [...rightKpis.keys()]) as SystemKpiId[];
  const side = (scenario: Scenario, kpi: Kpi | null, values: PerReplicationValues | undefined) => ({
    kpi,
    values,
    results: scenario.results,
  });
  const rows = ids.map((id) => {
    const kpi = (leftKpis.get(id) ?? rightKpis.get(id))!;
    return row(
      id,
      id,
      null,
      side(left, leftKpis.get(id) ?? null, systemValues(left.results, id)),
      side(right, rightKpis.get(id) ?? null, systemValues(right.results, id)),
      kpi.unit,
      kpi.better,
    );
  });
  const pools = union(Object.keys(left.results.resources), Object.keys(right.results.resources));
  const poolValues = (results: Results, poolId: string) =>
    perReplicationOf(results)?.resources[poolId]?.utilization;
  const costValues = (results: Results, poolId: string) =>
    perReplicationOf(results)?.resources[poolId]?.cost;
  const costs = (results: Results, poolId: string) =>
    (ownValue(results.resources, poolId)?.cost.mean ?? 0) > 0;
  for (const poolId of pools) {
    rows.push(
      row(
        `pool:${poolId}`,
        'poolUtilization',
        poolId,
        side(left, poolKpi(left.results, poolId), poolValues(left.results, poolId)),
        side(right, poolKpi(right.results, poolId), poolValues(right.results, poolId)),
        'share',
        'neither',
      ),
    );
    // Only pools with a cost per hour have a cost to compare.
    if (costs(left.results, poolId) || costs(right.results, poolId)) {
      rows.push(
        row(
          `cost:${poolId}`,
          'poolCost',
          poolId,
          side(left, poolCostKpi(left.results, poolId), costValues(left.results, poolId)),
          side(right, poolCostKpi(right.results, poolId), costValues(right.results, poolId)),
          'money',
          'lower',
        ),
      );
    }
  }
  const stepValues = (results: Results, stepId: string) =>
    perReplicationOf(results)?.steps[queueStepOf(results, stepId)]?.waitMean;
  for (const stepId of union(topWaits(left), topWaits(right))) {
    rows.push(
      row(
        `wait:${stepId}`,
        'stepWait',
        stepId,
        side(left, waitKpi(left.results, stepId), stepValues(left.results, stepId)),
        side(right, waitKpi(right.results, stepId), stepValues(right.results, stepId)),
        'minutes',
        'lower',
      ),
    );
  }
  return rows;
}
