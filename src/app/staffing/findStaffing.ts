/**
 * The staffing helper's search: the smallest number of units of one pool that meets a
 * wait target ("90 % of customers wait under 5 minutes", or of one class: "90 % of VIP
 * clients wait under 2 minutes") with 95 % confidence, found by simulating variants of
 * the blueprint. Pure apart from the `run` it is given, so it is
 * tested with a fake run and with the real engine alike.
 *
 * Each try is judged from its replications (targetVerdict.ts): met, not met, or too close
 * to call. The search goes up one unit at a time from a start (the instant estimate's
 * fewest stable units), because each try is a full simulation and the answer is usually
 * within a few units of the start, until a count meets the target. It then goes down
 * until a count is not met: if some counts in between are too close to call, the answer
 * says so instead of picking one (more replications would decide).
 *
 * Every try runs with the same seed, so replication r of one unit count and of the next
 * drew the same random numbers (common random numbers): whether one more unit helped is a
 * paired comparison, replication by replication (src/sim/stats/difference.ts).
 */
import { type Blueprint, ownValue } from '../../model/index.ts';
import { type Results, runDifference } from '../../sim/index.ts';
import { applyWhatIf } from '../whatif/applyWhatIf.ts';
import {
  type ShareWithin,
  type TargetVerdict,
  shareWithin,
  sharesWithin,
  targetVerdict,
  withWaitTarget,
} from './targetVerdict.ts';

/** The wait percentiles the results keep (src/sim/summaries/durations.ts). */
export type KeptPercentile = 50 | 90 | 95;

/**
 * The kept percentile shown beside a target's share: the target's own when kept,
 * otherwise the next one above it (a target of 80 % shows the p90 wait), or p95 beyond.
 */
export function shownPercentile(percentile: number): KeptPercentile {
  if (percentile <= 50) return 50;
  return percentile <= 90 ? 90 : 95;
}

export interface StaffingTarget {
  /** The share of customers (in %, 50–99) who must wait at most `waitMinutes`. */
  percentile: number;
  /** The wait (minutes, all queues of a visit together). */
  waitMinutes: number;
  /** Whose wait: one customer class (e.g. VIP); absent for all customers together. */
  classId?: string;
}

export interface StaffingTry {
  units: number;
  /** The share of customers who waited at most the target, with its 95 % interval; null when nobody left. */
  share: ShareWithin | null;
  verdict: TargetVerdict;
  /** The served customers' wait at the target's shownPercentile (all replications pooled), minutes; null when nobody was served. */
  waitMinutes: number | null;
  /** The pool's mean utilisation (0–1); null when not measured. */
  utilization: number | null;
  /** What the run costs, all pools, overtime included (per day or run); null when nothing has a price. */
  cost: number | null;
}

export type NotReachableReason =
  /** The pool is not in the blueprint. */
  | 'unknown-pool'
  /** The target's customer class is not in the blueprint. */
  | 'unknown-class'
  /** Even `maxUnits` units do not meet the target with confidence. */
  | 'cap'
  /** More units stopped raising the share within the target: the wait is at another pool or step. */
  | 'no-improvement'
  /** One replication gives no interval, so no verdict can be reached. */
  | 'too-few-replications';

export type StaffingAnswer =
  | {
      reachable: true;
      /** The fewest units found to meet the target with 95 % confidence. */
      units: number;
      share: ShareWithin;
      waitMinutes: number | null;
      utilization: number | null;
      /**
       * Smaller counts (ascending) that are too close to call: one of them may be enough,
       * and more replications would tell. Empty when the count just below is not met.
       */
      undecided: number[];
      tries: StaffingTry[];
    }
  | { reachable: false; reason: NotReachableReason; tries: StaffingTry[] };

export interface FindStaffingOptions {
  blueprint: Blueprint;
  poolId: string;
  target: StaffingTarget;
  run: (variant: Blueprint) => Promise<Results>;
  /** After each simulation: the units tried, its results and what the search read from them. */
  onTry?: (units: number, results: Results, tried: StaffingTry) => void;
  signal?: AbortSignal;
  /** Where to start: the estimate's fewest stable units. Default 1. */
  start?: number;
  /** The most units tried. Default 50. */
  maxUnits?: number;
}

export const DEFAULT_MAX_UNITS = 50;

/**
 * Tries in a row in which one more unit made no significant difference before the search
 * gives up: a pool that still matters raises the share within the target with every unit
 * added; one that no longer does leaves it where it is, and more of the same will not help.
 */
const FLAT_TRIES = 3;

/**
 * The wait at a percentile (of class `classId`, or of all customers), minutes; null when
 * no customer was measured.
 */
export function waitPercentile(
  results: Results,
  percentile: KeptPercentile,
  classId?: string,
): number | null {
  const wait =
    classId === undefined ? results.system.wait : ownValue(results.classes, classId)?.wait;
  if (!wait) return null;
  const value = wait[`p${percentile}`];
  return Number.isFinite(value) && wait.count > 0 ? value : null;
}

/** All pools' cost, per day or run; null when no pool has a price (or results kept before it). */
function costOf(results: Results): number | null {
  const total = (results.system as Partial<Results['system']>).cost?.total.mean;
  return total !== undefined && Number.isFinite(total) ? total : null;
}

/** Both runs drew replication r from the same random numbers. */
function sameStreams(a: Results, b: Results): boolean {
  return a.run.seed === b.run.seed && a.run.replications === b.run.replications;
}

/**
 * Did one more unit (`after`) help over `before`? The share within the target (of class
 * `classId`, or of all) must rise significantly: the 95 % interval of the paired
 * differences lies above 0. Where nobody at all was within the target in either run, the
 * share cannot show a change (the pool is still far too small), so the mean wait must fall
 * significantly instead: all customers' mean wait, even for a class's target, because the
 * results keep no per-replication mean wait per class, and a pool that still shortens
 * everyone's wait still matters.
 */
export function improved(before: Results, after: Results, classId?: string): boolean {
  const paired = sameStreams(before, after);
  const a = sharesWithin(before, classId);
  const b = sharesWithin(after, classId);
  const none = (list: (number | null)[]) => list.every((share) => share === null || share === 0);
  if (none(a) && none(b)) {
    const wait = runDifference(
      before.perReplication.system.waitMean,
      after.perReplication.system.waitMean,
      'lower',
      paired,
    );
    return wait.verdict === 'better';
  }
  return runDifference(a, b, 'higher', paired).verdict === 'better';
}

export async function findStaffing(options: FindStaffingOptions): Promise<StaffingAnswer> {
  const { blueprint, poolId, target, run, onTry, signal } = options;
  const maxUnits = Math.max(1, Math.floor(options.maxUnits ?? DEFAULT_MAX_UNITS));
  const tries: StaffingTry[] = [];
  if (!(blueprint.resources ?? []).some((pool) => pool.id === poolId))
    return { reachable: false, reason: 'unknown-pool', tries };
  if (
    target.classId !== undefined &&
    !(blueprint.classes ?? []).some((customers) => customers.id === target.classId)
  )
    return { reachable: false, reason: 'unknown-class', tries };

  const targeted = withWaitTarget(blueprint, target.waitMinutes, target.classId);
  const wanted = target.percentile / 100;
  const measured = new Map<number, { tried: StaffingTry; results: Results }>();
  const attempt = async (units: number) => {
    const known = measured.get(units);
    if (known) return known;
    signal?.throwIfAborted();
    const results = await run(applyWhatIf(targeted, { units: { [poolId]: units } }));
    signal?.throwIfAborted();
    const share = shareWithin(results, target.classId);
    const utilization = ownValue(results.resources, poolId)?.utilization.mean;
    const tried: StaffingTry = {
      units,
      share,
      verdict: targetVerdict(share, wanted),
      waitMinutes: waitPercentile(results, shownPercentile(target.percentile), target.classId),
      utilization: utilization !== undefined && Number.isFinite(utilization) ? utilization : null,
      cost: costOf(results),
    };
    measured.set(units, { tried, results });
    tries.push(tried);
    onTry?.(units, results, tried);
    return { tried, results };
  };

  const asked = options.start !== undefined && Number.isFinite(options.start) ? options.start : 1;
  const start = Math.min(maxUnits, Math.max(1, Math.floor(asked)));
  let found: StaffingTry | null = null;
  let flat = 0;
  let previous: Results | null = null;
  for (let units = start; units <= maxUnits; units++) {
    const { tried, results } = await attempt(units);
    if (results.run.replications < 2)
      return { reachable: false, reason: 'too-few-replications', tries };
    if (tried.verdict === 'met') {
      found = tried;
      break;
    }
    flat = previous === null || improved(previous, results, target.classId) ? 0 : flat + 1;
    if (flat >= FLAT_TRIES) return { reachable: false, reason: 'no-improvement', tries };
    previous = results;
  }
  if (!found) return { reachable: false, reason: 'cap', tries };

  // Down until a count is not met; a lower count that is met becomes the answer, and the
  // counts too close to call between the last one not met and the answer are reported.
  let undecided: number[] = [];
  for (let units = found.units - 1; units >= 1; units--) {
    const { tried } = await attempt(units);
    if (tried.verdict === 'not-met') break;
    if (tried.verdict === 'met') {
      found = tried;
      undecided = [];
    } else undecided.unshift(units);
  }
  return {
    reachable: true,
    units: found.units,
    share: found.share!, // a try is met only with a measurement
    waitMinutes: found.waitMinutes,
    utilization: found.utilization,
    undecided,
    tries,
  };
}
