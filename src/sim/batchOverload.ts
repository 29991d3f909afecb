/**
 * The overload check of a business day whose pools do steps as one batch a day (`batch`,
 * the voucher filing at 16:00). A batch's items are not worked while the customers come:
 * they pile up until the batch's time T and the pool works through them from then
 * (batchEstimate.ts follows the pile). So its work is left out of the check over opening
 * hours, which asks whether the customers' queues build up, and judged in the hours it is
 * done: from T to the end of the pool's hours (closing, or the end of a later shift), the
 * pool's work there is the customers' load while the doors are still open plus the whole
 * day's batch work, against its units there. At or over them, the pile is not done within
 * the pool's hours: warning `pool-overloaded-batch`. A batch at or after the end of the
 * pool's hours is all overtime, which the run's results count (results format 3.6), and
 * gets no overload warning. A pool with several batch steps is judged from the earliest.
 *
 * A steady run is judged on the long-run average, over which a day's batch is work like
 * any other (simulate.ts).
 */
import { type CompiledModel, type CompiledStep } from './model.ts';
import { averageCapacity, offeredLoadByClass } from './offeredLoad.ts';
import { poolHoursEnd } from './stats/collector.ts';
import type { OverloadParams } from './warnings.ts';

const DAY = 1440;

const isBatch = (step: CompiledStep): boolean => step.batchMinute !== null;

/** Per pool: busy units over the arrival window of the steps `counts` picks. */
function loadOf(model: CompiledModel, counts: (step: CompiledStep) => boolean): Float64Array {
  const total = new Float64Array(model.pools.length);
  for (const byClass of offeredLoadByClass(model, -1, counts))
    byClass.forEach((load, pool) => (total[pool]! += load));
  return total;
}

/** Per pool: the customers' offered load (batch steps left out) and the batch steps'. */
export function splitBatchLoad(model: CompiledModel): {
  customers: Float64Array;
  batches: Float64Array;
} {
  return { customers: loadOf(model, (step) => !isBatch(step)), batches: loadOf(model, isBatch) };
}

/**
 * A business day's pool in the hours its batch is worked (file comment), with `from` and
 * `to` in minutes after midnight; null when it has no batch step or the batch comes at or
 * after the end of its hours. Loads are busy units over the arrival window, as
 * splitBatchLoad gives them.
 */
export function batchHoursLoad(
  model: CompiledModel,
  pool: number,
  customerLoad: number,
  batchLoad: number,
): (OverloadParams & { from: number; to: number }) | null {
  const times = model.steps.filter((s) => s.pool === pool && isBatch(s)).map((s) => s.batchMinute!);
  if (times.length === 0) return null;
  const { start, arrivalsEnd } = model.window;
  const dayStart = Math.floor(start / DAY) * DAY;
  // Nothing piles before opening: a batch timed earlier works the items as they come.
  const from = Math.max(start, dayStart + Math.min(...times));
  const to = poolHoursEnd(model, pool);
  if (to <= from) return null;
  const open = Math.max(0, Math.min(to, arrivalsEnd) - from);
  const work = customerLoad * open + batchLoad * (arrivalsEnd - start);
  const load = work / (to - from);
  const capacity = averageCapacity(model, pool, from, to);
  return {
    pool: model.pools[pool]!.id,
    load,
    capacity,
    utilization: capacity > 0 ? load / capacity : null,
    from: from - dayStart,
    to: to - dayStart,
  };
}
