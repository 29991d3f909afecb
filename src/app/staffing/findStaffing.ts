/**
 * The staffing helper's search: the smallest number of units of one pool that meets a
 * wait target ("90 % of customers wait under 5 minutes"), found by simulating variants of
 * the blueprint. Pure apart from the `run` it is given, so it is tested with a fake run
 * and with the real engine alike.
 *
 * The search goes up one unit at a time from a start (the instant estimate's fewest
 * stable units), because each try is a full simulation and the answer is usually within
 * a few units of the start. It then makes sure the unit count just below fails, going
 * down if the start was already enough.
 */
import { type Blueprint, ownValue } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { applyWhatIf } from '../whatif/applyWhatIf.ts';

export type Percentile = 50 | 90 | 95;

export interface StaffingTarget {
  percentile: Percentile;
  /** The wait (minutes, all queues of a visit together) that the percentile must not exceed. */
  waitMinutes: number;
}

export interface StaffingTry {
  units: number;
  /** The system wait percentile measured, minutes; null when nobody was measured. */
  waitMinutes: number | null;
  /** The pool's mean utilisation (0–1); null when not measured. */
  utilization: number | null;
  meetsTarget: boolean;
}

export type NotReachableReason =
  /** The pool is not in the blueprint. */
  | 'unknown-pool'
  /** Even `maxUnits` units do not meet the target. */
  | 'cap'
  /** More units stopped shortening the wait: the wait is at another pool or step. */
  | 'no-improvement';

export type StaffingAnswer =
  | {
      reachable: true;
      units: number;
      waitMinutes: number;
      utilization: number | null;
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
 * Tries in a row whose wait shortened by less than IMPROVEMENT_MINUTES before the search
 * gives up: with the same seed for every try (common random numbers), a pool that still
 * matters shortens the wait with every unit added; one that no longer does leaves it where
 * it is, and more of the same will not help.
 */
const FLAT_TRIES = 3;
const IMPROVEMENT_MINUTES = 0.01;

/** The system's wait at a percentile, minutes; null when no customer was measured. */
export function waitPercentile(results: Results, percentile: Percentile): number | null {
  const value = results.system.wait[`p${percentile}`];
  return Number.isFinite(value) && results.system.wait.count > 0 ? value : null;
}

export async function findStaffing(options: FindStaffingOptions): Promise<StaffingAnswer> {
  const { blueprint, poolId, target, run, onTry, signal } = options;
  const maxUnits = Math.max(1, Math.floor(options.maxUnits ?? DEFAULT_MAX_UNITS));
  const tries: StaffingTry[] = [];
  if (!(blueprint.resources ?? []).some((pool) => pool.id === poolId))
    return { reachable: false, reason: 'unknown-pool', tries };

  const measured = new Map<number, StaffingTry>();
  const attempt = async (units: number): Promise<StaffingTry> => {
    const known = measured.get(units);
    if (known) return known;
    signal?.throwIfAborted();
    const results = await run(applyWhatIf(blueprint, { units: { [poolId]: units } }));
    signal?.throwIfAborted();
    const waitMinutes = waitPercentile(results, target.percentile);
    const utilization = ownValue(results.resources, poolId)?.utilization.mean;
    const tried: StaffingTry = {
      units,
      waitMinutes,
      utilization: utilization !== undefined && Number.isFinite(utilization) ? utilization : null,
      meetsTarget: waitMinutes !== null && waitMinutes <= target.waitMinutes,
    };
    measured.set(units, tried);
    tries.push(tried);
    onTry?.(units, results, tried);
    return tried;
  };

  const wanted = options.start !== undefined && Number.isFinite(options.start) ? options.start : 1;
  const start = Math.min(maxUnits, Math.max(1, Math.floor(wanted)));
  let found: StaffingTry | null = null;
  let flat = 0;
  let previous: StaffingTry | null = null;
  for (let units = start; units <= maxUnits; units++) {
    const tried = await attempt(units);
    if (tried.meetsTarget) {
      found = tried;
      break;
    }
    // A try without a measurement says nothing about improving, so it never counts as flat.
    const before = previous?.waitMinutes ?? null;
    const improved =
      before === null ||
      tried.waitMinutes === null ||
      before - tried.waitMinutes >= IMPROVEMENT_MINUTES;
    flat = improved ? 0 : flat + 1;
    if (flat >= FLAT_TRIES) return { reachable: false, reason: 'no-improvement', tries };
    previous = tried;
  }
  if (!found) return { reachable: false, reason: 'cap', tries };

  // Confirm the count just below fails; if the start was already enough, go down.
  while (found.units > 1) {
    const below = await attempt(found.units - 1);
    if (!below.meetsTarget) break;
    found = below;
  }
  return {
    reachable: true,
    units: found.units,
    waitMinutes: found.waitMinutes!, // a try meets the target only with a measurement
    utilization: found.utilization,
    tries,
  };
}
