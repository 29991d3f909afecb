/**
 * When a pool's day figure is rougher than usual, and why: codes the app shows beside the
 * figure, so that a run that disagrees does not come as a surprise. Each names an effect
 * the estimate leaves out (stretchQueue.ts) that is large for this pool:
 *
 * - `few-customers`: fewer than FEW_CUSTOMERS join the line in a business day. One day's
 *   queue then hardly settles, and one day's mean wait swings widely from day to day.
 * - `booked`: most of the pool's customers come by appointment. Booked arrivals are far
 *   more regular than Poisson ones, and how much a day's bookings cluster (several at one
 *   time, lateness) matters more than any mean gap.
 * - `after-busy-pool`: some of the pool's customers have been through another pool's
 *   line that is at least BUSY full in some stretch. That pool lets customers through at
 *   most as fast as it serves them, and more evenly than they arrived (departures of a
 *   busy queue are smoother than Poisson: Whitt's Queueing Network Analyzer), so fewer
 *   wait here than the estimate, which takes arrivals as Poisson, says.
 * - `patience-shape`: the queue outgrows the units in some stretch, and some of the
 *   pool's customers give up by a patience that is not exponential. The estimate of an
 *   overloaded stretch takes patience as exponential (customers leave at the rate
 *   1/mean from the moment they join); a patience with few early leavers (gamma or
 *   lognormal of a low cv: the examples' choice) keeps more in the queue, so the wait
 *   there is longer than the estimate says.
 * - `helped`: another pool serves this pool's queue when idle (`alsoServes`). The
 *   estimate counts the two as one line (lending.ts), where the other pool's own
 *   customers go first at its units, so the wait here is likely a little longer.
 */
import { lendersOf } from './lending.ts';
import { type CompiledModel, routeTargets } from './model.ts';
import type { PoolDemand } from './poolDemand.ts';
import type { StretchEstimate } from './stretchQueue.ts';

export type EstimateCaveat =
  'few-customers' | 'booked' | 'after-busy-pool' | 'patience-shape' | 'helped';

/** Fewer customers than this in a business day: `few-customers`. */
export const FEW_CUSTOMERS = 30;

/** A pool at least this busy in some stretch counts as busy for `after-busy-pool`. */
export const BUSY = 0.7;

/**
 * The steps a customer (or work) at step `start` may go on to: following routes, failures
 * that go back and background work.
 */
export function stepsReached(model: CompiledModel, start: number): Set<number> {
  const seen = new Set<number>();
  const next = [start];
  while (next.length > 0) {
    const step = model.steps[next.pop()!]!;
    const targets = [
      ...step.routes.flatMap(routeTargets),
      ...step.background.map((work) => work.target),
      ...(step.failTarget >= 0 ? [step.failTarget] : []),
    ];
    for (const target of targets) {
      if (seen.has(target)) continue;
      seen.add(target);
      next.push(target);
    }
  }
  return seen;
}

/**
 * For each pool, the other pools whose line some customer leaves and later joins this
 * pool's line.
 */
function poolsFeeding(model: CompiledModel, queues: readonly boolean[]): Set<number>[] {
  const feeders = model.pools.map(() => new Set<number>());
  for (const start of model.steps) {
    if (!queues[start.index]) continue;
    for (const target of stepsReached(model, start.index)) {
      const reached = model.steps[target]!;
      if (queues[target] && reached.pool !== start.pool) feeders[reached.pool]!.add(start.pool);
    }
  }
  return feeders;
}

export function estimateCaveats(
  model: CompiledModel,
  queues: readonly boolean[],
  day: readonly PoolDemand[],
  stretches: readonly StretchEstimate[][],
  /** Per class: it gives up by a patience that is not exponential. */
  notExponentialPatience: readonly boolean[] = [],
): EstimateCaveat[][] {
  const { mode, start, arrivalsEnd } = model.window;
  const busy = stretches.map((pool) =>
    pool.some((s) => s.offeredLoad > 0 && (s.utilization === null || s.utilization >= BUSY)),
  );
  const feeders = poolsFeeding(model, queues);
  const lenders = lendersOf(model, queues);
  return model.pools.map((_, i) => {
    const demand = day[i]!;
    const caveats: EstimateCaveat[] = [];
    if (demand.arrivals === 0) return caveats;
    if (mode === 'day' && demand.arrivals * (arrivalsEnd - start) < FEW_CUSTOMERS)
      caveats.push('few-customers');
    if (demand.bookedArrivals > demand.arrivals / 2) caveats.push('booked');
    if ([...feeders[i]!].some((feeder) => busy[feeder])) caveats.push('after-busy-pool');
    const overloaded = stretches[i]!.some((s) => s.offeredLoad > 0 && !s.steady);
    const shaped = notExponentialPatience.some((yes, c) => yes && demand.arrivalsByClass[c]! > 0);
    if (overloaded && shaped) caveats.push('patience-shape');
    if (lenders[i]!.length > 0) caveats.push('helped');
    return caveats;
  });
}
