/**
 * Offered load, the first thing to know about any staffed step: how many servers' worth of
 * work arrives. No distributional assumptions (only means), so it holds for any arrival
 * and service pattern; it decides stability, not waiting.
 *
 * Formulas: a = λ·E[S] Erlangs (mean busy servers needed), ρ = a / c; a queue with c
 * servers has a steady state only if ρ < 1, so the fewest servers that can keep up is the
 * smallest whole c > a.
 */
import { isSaturated } from './result.ts';
import { requireNonNegative, requirePositiveInteger } from './validate.ts';

export interface OfferedLoad {
  /** a = λ·E[S], Erlangs: the mean number of busy servers the work needs */
  readonly erlangs: number;
  /** ρ = a / c: the fraction of time each server would be busy (may exceed 1) */
  readonly utilization: number;
  /** ρ < 1 (within SATURATION_TOLERANCE): the line does not grow without bound */
  readonly stable: boolean;
  /** The fewest servers that give ρ < 1: the smallest whole number above a (≥ 1) */
  readonly minimumServers: number;
}

/**
 * Offered load of `arrivalsPerMinute` arrivals each needing `meanServiceMinutes` minutes of
 * one server's time, shared by `servers` servers (formulas in the file comment). Throws
 * RangeError for negative or non-finite input or a fractional number of servers.
 */
export function offeredLoad(
  arrivalsPerMinute: number,
  meanServiceMinutes: number,
  servers: number,
): OfferedLoad {
  requireNonNegative('arrivalsPerMinute', arrivalsPerMinute);
  requireNonNegative('meanServiceMinutes', meanServiceMinutes);
  requirePositiveInteger('servers', servers);
  const erlangs = arrivalsPerMinute * meanServiceMinutes;
  const utilization = erlangs / servers;
  let minimumServers = Math.floor(erlangs) + 1;
  while (isSaturated(erlangs / minimumServers)) minimumServers++;
  return { erlangs, utilization, stable: !isSaturated(utilization), minimumServers };
}
