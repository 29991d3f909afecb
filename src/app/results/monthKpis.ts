/**
 * The figures of a month of day types (src/analysis/month.ts), in the order the month's
 * results and a comparison of two months show them: counts and cost a month, waits and
 * time in branch weighted by customers, the cost of a transaction.
 */
import type { MonthFigures } from '../../analysis/month.ts';
import type { ExitOutcome } from '../../model/index.ts';
import type { Estimate } from '../../sim/index.ts';
import type { Unit } from './format.ts';
import type { Better } from './kpis.ts';

export type MonthKpiId =
  | 'arrived'
  | ExitOutcome
  | 'abandoned'
  | 'waitMean'
  | 'timeInSystemMean'
  | 'totalCost'
  | 'costPerServed';

export interface MonthKpi {
  id: MonthKpiId;
  estimate: Estimate;
  unit: Unit;
  better: Better;
  /** A total over the month's days (customers, cost), rather than a mean of its customers. */
  perMonth: boolean;
  /** Who gave up, as a share of those who left (served or gave up), 0..1. */
  share?: Estimate;
}

/** As the day's figures judge them (kpis.ts): completed higher, complaints lower, the rest read. */
function outcomeBetter(outcome: ExitOutcome): Better {
  return outcome === 'completed' ? 'higher' : outcome === 'complaint' ? 'lower' : 'neither';
}

export function monthKpis(month: MonthFigures): MonthKpi[] {
  const outcomes = Object.entries(month.outcomes) as [ExitOutcome, Estimate][];
  const kpis: MonthKpi[] = [
    {
      id: 'arrived',
      estimate: month.arrived,
      unit: 'customers',
      better: 'neither',
      perMonth: true,
    },
    ...outcomes.map(([outcome, estimate]): MonthKpi => ({
      id: outcome,
      estimate,
      unit: 'customers',
      better: outcomeBetter(outcome),
      perMonth: true,
    })),
    {
      id: 'abandoned',
      estimate: month.abandoned,
      unit: 'customers',
      better: 'lower',
      perMonth: true,
      share: month.abandonedShare,
    },
    { id: 'waitMean', estimate: month.wait, unit: 'minutes', better: 'lower', perMonth: false },
    {
      id: 'timeInSystemMean',
      estimate: month.timeInSystem,
      unit: 'minutes',
      better: 'lower',
      perMonth: false,
    },
  ];
  if (month.cost) {
    kpis.push(
      {
        id: 'totalCost',
        estimate: month.cost.total,
        unit: 'money',
        better: 'lower',
        perMonth: true,
      },
      {
        id: 'costPerServed',
        estimate: month.cost.perServed,
        unit: 'moneyEach',
        better: 'lower',
        perMonth: false,
      },
    );
  }
  return kpis;
}

/** The i18n key of a month figure's name: the month's own words, else the day results'. */
export function monthKpiLabelKey(
  id: MonthKpiId,
):
  | `month.${'arrived' | 'waitMean' | 'timeInSystemMean' | 'totalCost' | 'costPerServed'}`
  | `results.kpis.${ExitOutcome | 'abandoned'}` {
  switch (id) {
    case 'arrived':
    case 'waitMean':
    case 'timeInSystemMean':
    case 'totalCost':
    case 'costPerServed':
      return `month.${id}`;
    default:
      return `results.kpis.${id}`;
  }
}
