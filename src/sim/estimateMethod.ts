/**
 * Which formula a pool's day figure comes from (estimates.ts), as a code the app and the
 * command line word (estimateText.ts), so that a reader who sets the estimate against a
 * run knows what was assumed. One code a pool, the most specific that applies:
 *
 * - a class of a priority group (`servesFirst`): the group's formula (priorityPooling.ts);
 * - a line a lobby rule reads (a flow's `when`): the threshold queue (thresholdQueue.ts);
 * - a line other pools also serve when idle, or a pool that serves others' (`alsoServes`):
 *   one line with theirs (lending.ts);
 * - a line that outgrows its units in some stretch: Erlang C where it keeps up and the
 *   fluid backlog where it does not (stretchQueue.ts);
 * - otherwise the settled M/G/c wait of each stretch (Erlang C, Allen–Cunneen).
 */
import type { PriorityForm } from '../analysis/index.ts';
import type { DiversionEstimate, PoolEstimate } from './estimateTypes.ts';

export type EstimateMethod =
  PriorityForm | 'threshold-chain' | 'pooled-line' | 'mgc-backlog' | 'mgc';

export function estimateMethod(
  pool: PoolEstimate,
  diversions: readonly DiversionEstimate[],
): EstimateMethod {
  if (pool.priority) return pool.priority.form;
  if (diversions.some((rule) => rule.pool === pool.id)) return 'threshold-chain';
  if (pool.lentLoad > 0 || pool.helpedLoad > 0) return 'pooled-line';
  if (pool.stretches.some((stretch) => stretch.offeredLoad > 0 && !stretch.steady))
    return 'mgc-backlog';
  return 'mgc';
}
