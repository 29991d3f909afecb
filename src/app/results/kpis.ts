/**
 * The figures the results lead with, in one list shared by the panel, the CSV export
 * and the scenario comparison: each with its interval where the results have one, its
 * unit, and which way is better.
 */
import type { ExitOutcome } from '../../model/index.ts';
import type {
  ClassResult,
  DurationStats,
  Estimate,
  OutcomeResult,
  Outcomes,
  Results,
} from '../../sim/index.ts';
import type { Unit } from './format.ts';

export type Better = 'higher' | 'lower' | 'neither';

/** Each outcome the results count (completed, rejected, …) is a figure of its own. */
export type SystemKpiId =
  | ExitOutcome
  | 'abandoned'
  | 'timeInSystemMean'
  | 'timeInSystemP90'
  | 'waitMean'
  | 'waitP90'
  | 'withinTarget'
  | 'totalCost'
  | 'costPerServed';

export interface Kpi<Id extends string = string> {
  id: Id;
  value: number;
  /** 95 % interval; null where the results have none (percentiles, a single replication). */
  ci95: [number, number] | null;
  unit: Unit;
  better: Better;
  /** For an outcome: its share of the customers who left (served or abandoned), 0..1. */
  shareOfLeft?: number;
}

function fromEstimate<Id extends string>(
  id: Id,
  estimate: Estimate,
  unit: Unit,
  better: Better,
): Kpi<Id> {
  return { id, value: estimate.mean, ci95: estimate.ci95, unit, better };
}

function mean<Id extends string>(id: Id, stats: DurationStats): Kpi<Id> {
  return { id, value: stats.mean, ci95: stats.ci95, unit: 'minutes', better: 'lower' };
}

/** Percentiles come from the pooled histogram: they have no interval. */
function p90<Id extends string>(id: Id, stats: DurationStats): Kpi<Id> {
  return { id, value: stats.p90, ci95: null, unit: 'minutes', better: 'lower' };
}

/**
 * Completed is the figure a bank wants higher; rejections, withdrawals, complaints and
 * referrals are read, not maximised or minimised (fewer rejections may mean a laxer check).
 */
function outcomeKpi(
  outcome: ExitOutcome,
  result: OutcomeResult,
  mode: 'day' | 'steady',
): Kpi<ExitOutcome> {
  const better: Better =
    outcome === 'completed' ? 'higher' : outcome === 'complaint' ? 'lower' : 'neither';
  // A business day is counted per day; a steady run's length is arbitrary, so per hour.
  const kpi =
    mode === 'day'
      ? fromEstimate(outcome, result.count, 'customers', better)
      : fromEstimate(outcome, result.perHour, 'perHour', better);
  return { ...kpi, shareOfLeft: result.share.mean };
}

function outcomeKpis(outcomes: Outcomes, mode: 'day' | 'steady'): Kpi<ExitOutcome>[] {
  const entries = Object.entries(outcomes) as [ExitOutcome, OutcomeResult][];
  return entries.map(([outcome, result]) => outcomeKpi(outcome, result, mode));
}

/** Counts are per replication: per day in a business-day run, per hour in a steady one. */
export function systemKpis(results: Results): Kpi<SystemKpiId>[] {
  const { system } = results;
  const kpis: Kpi<SystemKpiId>[] = [
    ...outcomeKpis(system.outcomes, results.run.mode),
    fromEstimate('abandoned', system.counts.abandoned, 'customers', 'lower'),
    mean('timeInSystemMean', system.timeInSystem),
    p90('timeInSystemP90', system.timeInSystem),
    mean('waitMean', system.wait),
    p90('waitP90', system.wait),
  ];
  if (system.withinTarget) {
    kpis.push(fromEstimate('withinTarget', system.withinTarget, 'share', 'higher'));
  }
  // Results kept before the cost was summed lack it.
  const cost = (system as Partial<typeof system>).cost;
  if (cost) {
    // Lower is better as a figure; whether a wait it buys is worth it is the reader's call.
    kpis.push(fromEstimate('totalCost', cost.total, 'money', 'lower'));
    kpis.push(fromEstimate('costPerServed', cost.perServed, 'moneyEach', 'lower'));
  }
  return kpis;
}

/**
 * The figures of a class: those counted per customer (its outcomes, who gave up, within
 * target) and, where the pools have prices, its cost and cost per transaction.
 */
export type ClassKpiId = ExitOutcome | 'abandoned' | 'withinTarget' | 'classCost' | 'costPerServed';

/** A class's part of the whole process's figures, counted as `systemKpis` counts them. */
export function classKpis(result: ClassResult, mode: 'day' | 'steady'): Kpi<ClassKpiId>[] {
  const kpis: Kpi<ClassKpiId>[] = [
    ...outcomeKpis(result.outcomes, mode),
    fromEstimate('abandoned', result.abandoned, 'customers', 'lower'),
  ];
  if (result.withinTarget) {
    kpis.push(fromEstimate('withinTarget', result.withinTarget, 'share', 'higher'));
  }
  // Null without prices; absent in results kept before the cost was shared out by class.
  const cost = (result as Partial<ClassResult>).cost;
  if (cost) {
    kpis.push(fromEstimate('classCost', cost.total, 'money', 'lower'));
    kpis.push(fromEstimate('costPerServed', cost.perServed, 'moneyEach', 'lower'));
  }
  return kpis;
}
