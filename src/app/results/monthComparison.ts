/**
 * Two months of day types side by side: each month figure (monthKpis.ts) with its
 * interval, and the difference judged by its own 95 % interval (src/analysis/month.ts):
 * paired day type by day type and replication by replication when the two months share
 * their day types, seeds and replications (a what-if of a month), else the two taken as
 * independent runs (Welch–Satterthwaite).
 */
import {
  type Month,
  type MonthDifferences,
  monthDifferences,
  pairedMonths,
} from '../../analysis/month.ts';
import type { ExitOutcome } from '../../model/index.ts';
import type { Estimate, RunDifference } from '../../sim/index.ts';
import { type ComparisonRow, changeOf, finite, judged } from './comparisonRow.ts';
import type { Better } from './kpis.ts';
import { type MonthKpi, type MonthKpiId, monthKpis } from './monthKpis.ts';

function differenceOf(differences: MonthDifferences, id: MonthKpiId): Estimate | undefined {
  switch (id) {
    case 'arrived':
      return differences.arrived;
    case 'abandoned':
      return differences.abandoned;
    case 'waitMean':
      return differences.wait;
    case 'timeInSystemMean':
      return differences.timeInSystem;
    case 'totalCost':
      return differences.cost?.total;
    case 'costPerServed':
      return differences.cost?.perServed;
    default:
      return differences.outcomes[id as ExitOutcome];
  }
}

/** The interval of the difference as the comparison reads it: paired, or Welch's for independent runs. */
function judgedDifference(
  estimate: Estimate,
  better: Better,
  n: number,
  method: RunDifference['method'],
): RunDifference | null {
  if (!estimate.ci95 || !Number.isFinite(estimate.mean)) return null;
  const [low, high] = estimate.ci95;
  const significant = low > 0 || high < 0;
  const up = estimate.mean > 0;
  return {
    method,
    difference: estimate.mean,
    ci95: [low, high],
    significant,
    verdict: !significant
      ? 'no-clear-difference'
      : better === 'neither'
        ? 'changed'
        : up === (better === 'higher')
          ? 'better'
          : 'worse',
    n,
  };
}

export function monthComparisonRows(left: Month, right: Month): ComparisonRow[] {
  const days = (month: Month) =>
    month.dayTypes.map((day) => ({
      dayType: day.id,
      daysPerMonth: day.daysPerMonth,
      results: day.results,
    }));
  const paired = pairedMonths(left, right);
  const differences = monthDifferences(days(left), days(right), paired);
  const leftKpis = new Map(monthKpis(left.month).map((kpi) => [kpi.id, kpi]));
  const rightKpis = new Map(monthKpis(right.month).map((kpi) => [kpi.id, kpi]));
  const ids = [...new Set([...leftKpis.keys(), ...rightKpis.keys()])];
  return ids.map((id) => {
    const kpi = (leftKpis.get(id) ?? rightKpis.get(id)) as MonthKpi;
    const l = finite(leftKpis.get(id)?.estimate.mean);
    const r = finite(rightKpis.get(id)?.estimate.mean);
    const estimate = differenceOf(differences, id);
    const difference =
      l === null || r === null || !estimate
        ? null
        : judgedDifference(
            estimate,
            kpi.better,
            Math.min(left.run.replications, right.run.replications),
            paired ? 'paired' : 'welch',
          );
    return {
      key: `month:${id}`,
      metric: 'month',
      subjectId: id,
      classId: null,
      left: l,
      right: r,
      leftCi: leftKpis.get(id)?.estimate.ci95 ?? null,
      rightCi: rightKpis.get(id)?.estimate.ci95 ?? null,
      unit: kpi.unit,
      better: kpi.better,
      change: judged(changeOf(l, r, kpi.better, kpi.unit), difference),
      difference,
    };
  });
}
