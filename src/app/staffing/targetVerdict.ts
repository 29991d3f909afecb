/**
 * Does a run meet a wait target ("90 % of customers wait at most 5 minutes") with 95 %
 * confidence? Read from the replications, not from a point estimate.
 *
 * The figure judged is the **share of customers who waited at most T minutes**, one value
 * per replication (the engine counts it when a class has a service target, so the search
 * gives every class of its variants the target: `withWaitTarget`). Replications are
 * independent runs, so their shares are a sample with a Student t interval, the same 95 %
 * interval the results show for every figure. The target holds when the whole interval
 * is at or above P %, fails when it is wholly below, and is too close to call otherwise.
 * Each verdict is a one-sided statement at 97.5 % (half the two-sided interval's 5 % lies
 * on each side), so "with 95 % confidence" is, if anything, modest.
 *
 * Why the share and not the P-th percentile of the wait: a share is a mean of 0/1
 * outcomes, so its per-replication values are nearly normal and the t interval is sound
 * with a handful of replications; a percentile's is not a mean, and its per-replication
 * values are biased for short runs. The share is also what Erlang C gives in closed form,
 * P(W ≤ t) = 1 − C·e^{−(cμ−λ)t}, and how service levels are written in call centres and
 * banks ("80 % answered within 20 seconds"). The two say the same: the P-th percentile is
 * at most T exactly when at least P % wait at most T.
 *
 * Customers who gave up (balked or reneged) count as not served within the target: a
 * customer who walked out did not get the service level. Customers still inside when a
 * run ends are not counted, as in every wait figure.
 */
import { type Blueprint, ownValue } from '../../model/index.ts';
import { DEFAULT_CLASS_ID, type Estimate, type Results } from '../../sim/index.ts';

export type TargetVerdict = 'met' | 'not-met' | 'too-close';

/** The share of customers within the target: mean over replications and its 95 % interval. */
export interface ShareWithin {
  mean: number;
  ci95: [number, number] | null;
  /** Replications that measured it. */
  replications: number;
}

/**
 * The blueprint with every customer class promised a wait of at most `minutes` (the
 * engine then counts, per replication, who met it), or only class `classId` when the
 * target is one class's (a VIP target is the usual one; the others keep their own). A
 * blueprint without classes gets the one class the engine would give it anyway, with the
 * same id and so the same random streams: its customers are drawn exactly as before.
 */
export function withWaitTarget(blueprint: Blueprint, minutes: number, classId?: string): Blueprint {
  const serviceTarget = { minutes, measure: 'wait' as const };
  const classes = blueprint.classes ?? [];
  if (classes.length === 0)
    return {
      ...blueprint,
      classes: [{ id: DEFAULT_CLASS_ID, label: DEFAULT_CLASS_ID, share: 1, serviceTarget }],
    };
  return {
    ...blueprint,
    classes: classes.map((c) =>
      classId === undefined || c.id === classId ? { ...c, serviceTarget } : c,
    ),
  };
}

/**
 * Per replication: the share of customers (of class `classId`, or all) who left within
 * the target (null: nobody left).
 */
export function sharesWithin(results: Results, classId?: string): (number | null)[] {
  if (classId === undefined) return results.perReplication.system.withinTarget ?? [];
  return ownValue(results.perReplication.classes, classId)?.withinTarget ?? [];
}

/**
 * The share within the target over the replications (of class `classId`, or all
 * customers); null when no replication measured it.
 */
export function shareWithin(results: Results, classId?: string): ShareWithin | null {
  const estimate: Estimate | null | undefined =
    classId === undefined
      ? results.system.withinTarget
      : ownValue(results.classes, classId)?.withinTarget;
  const replications = sharesWithin(results, classId).filter(
    (value) => value !== null && Number.isFinite(value),
  ).length;
  if (!estimate || !Number.isFinite(estimate.mean) || replications === 0) return null;
  return { mean: estimate.mean, ci95: estimate.ci95, replications };
}

/**
 * Met, not met, or too close to call, for `wanted` (0–1, e.g. 0.9): met when the 95 %
 * interval's lower end is at least `wanted`, not met when its upper end is below it.
 * Without an interval (one replication) nothing can be said with confidence; without a
 * measurement (nobody left) the target is not met.
 */
export function targetVerdict(share: ShareWithin | null, wanted: number): TargetVerdict {
  if (share === null) return 'not-met';
  if (share.ci95 === null) return 'too-close';
  if (share.ci95[0] >= wanted) return 'met';
  if (share.ci95[1] < wanted) return 'not-met';
  return 'too-close';
}
