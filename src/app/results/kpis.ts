/**
 * The figures the results lead with, in one list shared by the panel, the CSV export
 * and the scenario comparison: each with its interval where the results have one, its
 * unit, and which way is better.
 */
import type { DurationStats, Estimate, Results } from '../../sim/index.ts';
import type { Unit } from './format.ts';

export type Better = 'higher' | 'lower' | 'neither';

export type SystemKpiId =
  | 'served'
  | 'abandoned'
  | 'timeInSystemMean'
  | 'timeInSystemP90'
  | 'waitMean'
  | 'waitP90'
  | 'withinTarget';

export interface Kpi<Id extends string = string> {
  id: Id;
  value: number;
  /** 95 % interval; null where the results have none (percentiles, a single replication). */
  ci95: [number, number] | null;
  unit: Unit;
  better: Better;
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

/** Counts are per replication: per day in a business-day run, per run in a steady one. */
export function systemKpis(results: Results): Kpi<SystemKpiId>[] {
  const { system } = results;
  const kpis: Kpi<SystemKpiId>[] = [
    fromEstimate('served', system.counts.served, 'customers', 'higher'),
    fromEstimate('abandoned', system.counts.abandoned, 'customers', 'lower'),
    mean('timeInSystemMean', system.timeInSystem),
    p90('timeInSystemP90', system.timeInSystem),
    mean('waitMean', system.wait),
    p90('waitP90', system.wait),
  ];
  if (system.withinTarget) {
    kpis.push(fromEstimate('withinTarget', system.withinTarget, 'share', 'higher'));
  }
  return kpis;
}
