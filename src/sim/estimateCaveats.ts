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
 *   line that is at least BUSY full in some stretch (class by class: customers of a class
 *   that joins both lines, in that order). That pool lets customers through at
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
 * - `served-first`: other pools call this pool's queue before their own (`servesFirst`)
 *   but not as one priority group (priorityPooling.ts: some pool of those linked calls
 *   the queues in another order, or not all of them), which the estimate leaves out:
 *   the wait here is likely much shorter.
 * - `serves-first`: the same, for a pool that calls other pools' queues before its own
 *   customers: its own customers likely wait longer.
 * - `priority-approximate`: the pool's queue is a class of a priority group whose queues'
 *   services differ (or are not exponential): its wait is the M/G/c approximation of
 *   priorityPooling.ts, not an exact formula.
 * - `same-unit`: some of the pool's customers wait for the unit that served them before
 *   (`sameUnitAs`: one loan officer for the whole case), not for the first free one; the
 *   estimate counts every free unit as theirs, so the wait is likely longer (the loan
 *   example: 7.0 min estimated, 11.2 measured).
 */
import { lendersOf } from './lending.ts';
import { type CompiledModel, routeTargets } from './model.ts';
import { classSharesOf } from './offeredLoad.ts';
import type { PoolDemand } from './poolDemand.ts';
import type { PoolPriority } from './priorityPooling.ts';
import type { StretchEstimate } from './stretchQueue.ts';

export type EstimateCaveat =
  | 'few-customers'
  | 'booked'
  | 'after-busy-pool'
  | 'patience-shape'
  | 'helped'
  | 'served-first'
  | 'serves-first'
  | 'same-unit'
  | 'priority-approximate';

/** Fewer customers than this in a business day: `few-customers`. */
export const FEW_CUSTOMERS = 30;

/** A pool at least this busy in some stretch counts as busy for `after-busy-pool`. */
export const BUSY = 0.7;

/**
 * The steps a customer (or work) at step `start` may go on to: following routes (of one
 * class, when given: each class takes its own branches), failures that go back and
 * background work (which keeps the class of whoever started it).
 */
export function stepsReached(
  model: CompiledModel,
  start: number,
  classIndex: number | null = null,
): Set<number> {
  const seen = new Set<number>();
  const next = [start];
  while (next.length > 0) {
    const step = model.steps[next.pop()!]!;
    const routes = classIndex === null ? step.routes : [step.routes[classIndex]!];
    const targets = [
      ...routes.flatMap(routeTargets),
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

/** Per class index: the steps its customers may visit, from the entries of its streams. */
function stepsOfClass(model: CompiledModel): Set<number>[] {
  const visited = model.classes.map(() => new Set<number>());
  for (const stream of model.streams)
    for (const { classIndex, share } of classSharesOf(stream)) {
      if (share <= 0) continue;
      const steps = visited[classIndex]!;
      if (steps.has(stream.entry)) continue;
      steps.add(stream.entry);
      for (const s of stepsReached(model, stream.entry, classIndex)) steps.add(s);
    }
  return visited;
}

/**
 * For each pool, the other pools whose line a customer of some class leaves and later
 * joins this pool's line, class by class: a pool that only VIPs pass does not feed the
 * tellers' line that only retail customers join, whatever steps the two share.
 */
function poolsFeeding(model: CompiledModel, queues: readonly boolean[]): Set<number>[] {
  const feeders = model.pools.map(() => new Set<number>());
  stepsOfClass(model).forEach((steps, classIndex) => {
    for (const start of steps) {
      if (!queues[start]) continue;
      const pool = model.steps[start]!.pool;
      for (const target of stepsReached(model, start, classIndex)) {
        const reached = model.steps[target]!;
        if (queues[target] && reached.pool !== pool) feeders[reached.pool]!.add(pool);
      }
    }
  });
  return feeders;
}

export function estimateCaveats(
  model: CompiledModel,
  queues: readonly boolean[],
  day: readonly PoolDemand[],
  stretches: readonly StretchEstimate[][],
  /** Per class: it gives up by a patience that is not exponential. */
  notExponentialPatience: readonly boolean[] = [],
  /** Per pool: the priority group its queue is a class of, if any. */
  priority: readonly (PoolPriority | null)[] = [],
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
    const group = priority[i];
    if (group) {
      if (group.form === 'mgc-approximation') caveats.push('priority-approximate');
      return caveats;
    }
    if (lenders[i]!.length > 0) caveats.push('helped');
    if (model.pools.some((other) => other.servesFirst.includes(i))) caveats.push('served-first');
    if (model.pools[i]!.servesFirst.length > 0) caveats.push('serves-first');
    if (model.pools[i]!.unitsTold) caveats.push('same-unit');
    return caveats;
  });
}
