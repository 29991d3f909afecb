/**
 * Missed tickets (`missedCall`) in the offered load and the estimates: the time a unit
 * spends calling an absent customer is work of the pool that calls.
 *
 * A customer called from the queue is away with chance p and comes back with chance r
 * to be called again (drawn anew): per customer who joins, p/(1 − p·r) missed calls
 * (p + (p·r)·p + …) and a chance p·(1 − r)/(1 − p·r) of being lost, never served. Both
 * are counted as if every customer were called from the queue, where one who finds a unit
 * free is served at once and never missed: close where it matters, a busy pool where
 * almost everyone queues (two tellers 90 % busy with a fifth of calls missed and half
 * of those back: 1.70 busy units, a run 1.72; 67 % busy, 1.13 against 1.17).
 */
import type { CompiledMissedCall } from './model.ts';

export interface MissedPerJoin {
  /** Missed calls per customer who joins the step's queue. */
  calls: number;
  /** Chance the customer is lost to missed calls (not served). */
  lost: number;
}

const NONE: MissedPerJoin = { calls: 0, lost: 0 };

export function missedPerJoin(
  missed: CompiledMissedCall | null,
  classIndex: number,
): MissedPerJoin {
  if (!missed) return NONE;
  const p = missed.chance[classIndex]!;
  if (p <= 0) return NONE;
  const again = p * missed.returnChance;
  // Called for ever (an error the checks report): no finite figure; count one call each.
  if (again >= 1) return { calls: Infinity, lost: 0 };
  return { calls: p / (1 - again), lost: (p * (1 - missed.returnChance)) / (1 - again) };
}
