/**
 * One row of a scenario comparison: a figure from each side, which way it moved, and
 * whether the move is larger than the noise of the simulation. The noise is judged on the
 * difference itself (src/sim/stats/difference.ts): paired replication by replication when
 * both runs share the seed and the number of replications (common random numbers),
 * Welch's interval otherwise. Better or worse only when the difference's 95 % interval
 * excludes 0; "unclear" otherwise.
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
import { type ExitOutcome, OUTCOMES } from '../../model/index.ts';
import type { Unit } from './format.ts';
import type { Better, Kpi, SystemKpiId } from './kpis.ts';

/** `unclear`: it moved, but not beyond the noise (the difference's interval holds 0). */
export type Change = 'better' | 'worse' | 'same' | 'changed' | 'unclear' | 'missing';

/** A system figure (for a class row, the class's own), or one of a pool or a step. */
export type ComparedMetric =
  | SystemKpiId
  | 'classCost'
  | 'poolUtilization'
  | 'poolCost'
  | 'poolOvertime'
  | 'poolOvertimeCost'
  | 'stepWait'
  | 'stepWaitAll'
  /** A month's figure (monthKpis.ts): `subjectId` names which. */
  | 'month';

export interface ComparisonRow {
  /** Unique within the comparison. */
  key: string;
  metric: ComparedMetric;
  /** The pool or step the row is about. */
  subjectId: string | null;
  /** The customer class whose figure this is; null for the whole process, pools and steps. */
  classId: string | null;
  /** In a comparison of two months: the day type whose day this figure is of; absent for the month's own. */
  dayType?: string;
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
  moneyEach: 0.005,
  whole: 0.5,
};

export function finite(value: number | null | undefined): number | null {
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
export interface Side {
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
    // Runs of different days drew their customers from other arrivals: never paired.
    const paired =
      left.results.run.seed === right.results.run.seed &&
      left.results.run.replications === right.results.run.replications &&
      left.results.run.dayType === right.results.run.dayType;
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

/** What a row is about: its key, figure, the pool or step, the class. */
export interface RowSubject {
  key: string;
  metric: ComparedMetric;
  subjectId?: string;
  classId?: string;
}

export function comparisonRow(
  subject: RowSubject,
  left: Side,
  right: Side,
  unit: Unit,
  better: Better,
): ComparisonRow {
  const l = finite(left.kpi?.value);
  const r = finite(right.kpi?.value);
  const difference = l === null || r === null ? null : differenceOf(left, right, better);
  return {
    key: subject.key,
    metric: subject.metric,
    subjectId: subject.subjectId ?? null,
    classId: subject.classId ?? null,
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

/**
 * Results kept before per-replication values existed (a saved scenario) have none; those
 * kept before a figure had them lack that figure's array. Either is judged by its intervals.
 */
export function perReplicationOf(results: Results): Partial<PerReplication> | undefined {
  return (results as Partial<Results>).perReplication;
}

/** The whole process's per-replication figures, or a class's (outcomes, abandoned, within target). */
type Figures = Partial<PerReplication['system']>;

const FIGURE_VALUES = [
  'abandoned',
  'timeInSystemMean',
  'timeInSystemP90',
  'waitMean',
  'waitP90',
  'withinTarget',
  'totalCost',
  'costPerServed',
] as const satisfies readonly (SystemKpiId & keyof Figures)[];

/**
 * A figure's value in each replication: an outcome as its KPI counts it (per day in a
 * business day, per hour in a steady state). Undefined for results kept before the figure
 * had per-replication values: those are judged from their intervals.
 */
export function figureValues(
  figures: Figures | undefined,
  id: SystemKpiId,
  mode: Results['run']['mode'],
): PerReplicationValues | undefined {
  if (!figures) return undefined;
  if ((OUTCOMES as readonly string[]).includes(id)) {
    const outcome = figures.outcomes?.[id as ExitOutcome];
    return mode === 'day' ? outcome?.count : outcome?.perHour;
  }
  const key = FIGURE_VALUES.find((known) => known === id);
  return key ? figures[key] : undefined;
}
