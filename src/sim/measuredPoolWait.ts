/**
 * A pool's mean wait as a run measured it, to set beside the instant estimate's day figure
 * (estimates.ts: the mean wait of the customers the pool served): the waits of the steps
 * that queue for it, weighted by how many waited at each. The interval is the same
 * weighting of the steps' own 95 % intervals: exact for a pool one step queues for, and
 * for several at least as wide as the weighted mean's (half-widths add up to at least
 * the half-width of the sum).
 */
import type { Blueprint } from '../model/index.ts';
import type { Results } from './results.ts';

export interface MeasuredWait {
  /** Minutes. */
  mean: number;
  /** Null with one replication. */
  ci95: [number, number] | null;
}

/** Null when nobody queued for the pool in the run. */
export function measuredPoolWait(
  blueprint: Blueprint,
  results: Results,
  poolId: string,
): MeasuredWait | null {
  let count = 0;
  let total = 0;
  let spread = 0;
  let intervals = true;
  const waits: MeasuredWait[] = [];
  for (const step of blueprint.steps) {
    if (step.resource?.pool !== poolId) continue;
    const wait = results.steps[step.id]?.wait;
    if (!wait || wait.count === 0) continue;
    waits.push(wait);
    count += wait.count;
    total += wait.mean * wait.count;
    if (wait.ci95) spread += ((wait.ci95[1] - wait.ci95[0]) / 2) * wait.count;
    else intervals = false;
  }
  if (count === 0) return null;
  if (waits.length === 1) return { mean: waits[0]!.mean, ci95: waits[0]!.ci95 };
  const mean = total / count;
  const halfWidth = spread / count;
  return {
    mean,
    ci95: intervals ? [Math.max(0, mean - halfWidth), mean + halfWidth] : null,
  };
}
