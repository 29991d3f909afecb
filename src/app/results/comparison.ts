/**
 * Two scenarios side by side: the same figures from each, which way each moved, and
 * whether the move is larger than the noise of the simulation (the 95 % intervals do
 * not overlap).
 */
import type { Results } from '../../sim/index.ts';
import type { Unit } from './format.ts';
import { type Better, type Kpi, type SystemKpiId, systemKpis } from './kpis.ts';
import { waitRanking } from './rankings.ts';
import type { Scenario } from './scenario.ts';
import { ownValue } from '../../model/index.ts';

/** Wait points compared: the top ones of either scenario. */
export const COMPARED_WAIT_POINTS = 3;

export type Change = 'better' | 'worse' | 'same' | 'changed' | 'missing';

export type ComparedMetric = SystemKpiId | 'poolUtilization' | 'stepWait';

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
  /** True when both intervals exist and do not overlap; null when either has none. */
  beyondCi: boolean | null;
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

export function beyondIntervals(
  left: [number, number] | null,
  right: [number, number] | null,
): boolean | null {
  if (left === null || right === null) return null;
  return left[1] < right[0] || right[1] < left[0];
}

function row(
  key: string,
  metric: ComparedMetric,
  subjectId: string | null,
  left: Kpi | null,
  right: Kpi | null,
  unit: Unit,
  better: Better,
): ComparisonRow {
  const l = finite(left?.value);
  const r = finite(right?.value);
  const leftCi = left?.ci95 ?? null;
  const rightCi = right?.ci95 ?? null;
  return {
    key,
    metric,
    subjectId,
    left: l,
    right: r,
    leftCi,
    rightCi,
    unit,
    better,
    change: changeOf(l, r, better, unit),
    beyondCi: l === null || r === null ? null : beyondIntervals(leftCi, rightCi),
  };
}

function poolKpi(results: Results, poolId: string): Kpi | null {
  const pool = ownValue(results.resources, poolId);
  if (!pool) return null;
  const { mean, ci95 } = pool.utilization;
  return { id: poolId, value: mean, ci95, unit: 'share', better: 'neither' };
}

function waitKpi(results: Results, stepId: string): Kpi | null {
  const wait = ownValue(results.steps, stepId)?.wait;
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

export function compareScenarios(left: Scenario, right: Scenario): ComparisonRow[] {
  const leftKpis = new Map(systemKpis(left.results).map((kpi) => [kpi.id, kpi]));
  const rightKpis = new Map(systemKpis(right.results).map((kpi) => [kpi.id, kpi]));
  const ids = union([...leftKpis.keys()], [...rightKpis.keys()]) as SystemKpiId[];
  const rows = ids.map((id) => {
    const kpi = (leftKpis.get(id) ?? rightKpis.get(id))!;
    return row(
      id,
      id,
      null,
      leftKpis.get(id) ?? null,
      rightKpis.get(id) ?? null,
      kpi.unit,
      kpi.better,
    );
  });
  const pools = union(Object.keys(left.results.resources), Object.keys(right.results.resources));
  for (const poolId of pools) {
    rows.push(
      row(
        `pool:${poolId}`,
        'poolUtilization',
        poolId,
        poolKpi(left.results, poolId),
        poolKpi(right.results, poolId),
        'share',
        'neither',
      ),
    );
  }
  for (const stepId of union(topWaits(left), topWaits(right))) {
    rows.push(
      row(
        `wait:${stepId}`,
        'stepWait',
        stepId,
        waitKpi(left.results, stepId),
        waitKpi(right.results, stepId),
        'minutes',
        'lower',
      ),
    );
  }
  return rows;
}
