/**
 * What a lobby rule's estimate (diversionEstimate.ts) looks like on screen: pure, so it is
 * tested without a browser. Whole percents, whole customers a day, busy units to a
 * hundredth; a target whose added work is a sliver of the main one's is left out (the
 * core banking system's tenth of a second per customer beside the ATMs' minutes).
 */
import type { Text } from '../../model/index.ts';
import type { DiversionCaveat, DiversionEstimate } from '../../sim/index.ts';

/** A target bringing less than this share of the largest target's added work is not shown. */
const MINOR_TARGET = 0.05;

export interface DiversionTargetView {
  pool: string;
  label: Text;
  /** Busy units added, to a hundredth. */
  load: number;
  /** Its load at its busiest, whole percent; null: work and no units. */
  percent: number | null;
  from: number;
  to: number;
}

export interface DiversionView {
  flow: string;
  from: Text;
  to: Text;
  pool: Text;
  atLeast: number;
  /** Whole percent of those passing sent on over the day (below 1: one decimal). */
  percent: number;
  checked: number;
  sent: number;
  /** The stretch sending on most, when the day has several and it differs from the day's figure. */
  busiest: { from: number; to: number; percent: number } | null;
  /** Busy units taken off the read pool, to a hundredth. */
  relieved: number;
  targets: DiversionTargetView[];
  caveats: DiversionCaveat[];
}

function percentOf(share: number): number {
  const percent = share * 100;
  return percent < 1 ? Math.round(percent * 10) / 10 : Math.round(percent);
}

const hundredth = (x: number) => Math.round(x * 100) / 100;

export function diversionView(rule: DiversionEstimate): DiversionView {
  const percent = percentOf(rule.share);
  let busiest: DiversionView['busiest'] = null;
  for (const stretch of rule.stretches)
    if (stretch.checkedPerMinute > 0 && (!busiest || percentOf(stretch.share) > busiest.percent))
      busiest = { from: stretch.from, to: stretch.to, percent: percentOf(stretch.share) };
  if (rule.stretches.length < 2 || (busiest && busiest.percent === percent)) busiest = null;
  const largest = rule.targets[0]?.addedLoad ?? 0;
  return {
    flow: rule.flow,
    from: rule.fromLabel || rule.from,
    to: rule.toLabel || rule.to,
    pool: rule.poolLabel || rule.pool,
    atLeast: rule.atLeast,
    percent,
    checked: Math.round(rule.checkedPerDay),
    sent: Math.round(rule.sentPerDay),
    busiest,
    relieved: hundredth(rule.relievedLoad),
    targets: rule.targets
      .filter((target) => target.addedLoad >= MINOR_TARGET * largest)
      .map((target) => ({
        pool: target.pool,
        label: target.label,
        load: hundredth(target.addedLoad),
        percent:
          target.busiestUtilization === null ? null : Math.round(target.busiestUtilization * 100),
        from: target.busiestFrom,
        to: target.busiestTo,
      })),
    caveats: rule.caveats,
  };
}
