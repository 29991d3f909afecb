/**
 * Offered load per pool, estimated from the compiled model without simulating: the busy
 * units the arrivals would demand on average (arrival rate × visits × attempts × mean
 * duration × units). At or above the capacity, a steady state does not exist and the
 * queue grows without end: such a pool is reported as unstable.
 *
 * Visits per arrival solve the traffic equations v = e + Pᵀv (a Jackson-network view,
 * with failures as extra routes), by fixed-point iteration: every loop leaks some flow,
 * so it converges. Steps held through `keepUntil` without naming the pool are not
 * counted, so the figure is a lower bound there.
 *
 * The time units spend calling absent customers (missed tickets) is the pool's work too,
 * and a customer lost to missed calls goes no further (missedCallLoad.ts).
 *
 * A flow taken by a queue's length (a diversion) is not followed: the load is that of
 * the other branches, as when the queue is short. Asked for the load that remains with
 * one pool's line long (`longLine`), every diversion reading that line is taken instead:
 * what still reaches the pool when the rule sends on all it can. The estimates give each
 * diversion the share it sends on (`shares`, by the diversion's counter; the threshold
 * queue of diversionDemand.ts): that share takes the flow, the rest the other branches.
 */
import { stronglyConnected } from '../model/components.ts';
import { expectedArrivals } from './arrivalTimes.ts';
import { capacityAt } from './capacity.ts';
import { pow } from './math.ts';
import { missedPerJoin } from './missedCallLoad.ts';
import {
  type CompiledModel,
  type CompiledStep,
  OnFailure,
  durationOf,
  failChanceOf,
} from './model.ts';

const DAY = 1440;

/** Expected attempts per visit, and the chances of leaving each way after the attempts. */
export function attemptsPerVisit(
  p: number,
  onFailure: OnFailure,
  maxRetries: number,
): { attempts: number; success: number } {
  if (p <= 0 || onFailure === OnFailure.None) return { attempts: 1, success: 1 };
  if (onFailure !== OnFailure.Retry) return { attempts: 1, success: 1 - p };
  if (p >= 1)
    return { attempts: Number.isFinite(maxRetries) ? maxRetries + 1 : Infinity, success: 0 };
  if (!Number.isFinite(maxRetries)) return { attempts: 1 / (1 - p), success: 1 };
  const tries = maxRetries + 1;
  const allFail = pow(p, tries);
  return { attempts: (1 - allFail) / (1 - p), success: 1 - allFail };
}

/** Where a visit to each step leads, for one class: target steps and expected visits there. */
function visitEdges(
  model: CompiledModel,
  classIndex: number,
  longLine: number,
  shares: Float64Array | null,
): { to: number; mean: number }[][] {
  return model.steps.map((step) => {
    const edges: { to: number; mean: number }[] = [];
    const failChance = failChanceOf(step, classIndex);
    const served = 1 - missedPerJoin(step.missedCall, classIndex).lost;
    const success = served * attemptsPerVisit(failChance, step.onFailure, step.maxRetries).success;
    if (step.onFailure === OnFailure.Goto && step.failTarget >= 0)
      edges.push({ to: step.failTarget, mean: served * failChance });
    for (const work of step.background)
      edges.push({ to: work.target, mean: success * work.chance[classIndex]! });
    const route = step.routes[classIndex]!;
    const divert = route.divert;
    const diverted =
      divert === null ? 0 : divert.pool === longLine ? 1 : (shares?.[divert.counter] ?? 0);
    if (divert !== null && diverted > 0)
      edges.push({ to: divert.target, mean: success * diverted });
    const stays = success * (1 - diverted);
    let previous = 0;
    route.targets.forEach((target, k) => {
      edges.push({ to: target, mean: stays * (route.cumulative[k]! - previous) });
      previous = route.cumulative[k]!;
    });
    return edges.filter((edge) => edge.mean > 0);
  });
}

/**
 * Expected visits to each step per customer of a class entering at `entry`. The steps are
 * solved a strongly connected component at a time, from the entry downstream: a step
 * outside any loop gets its visits in one pass, and only the steps of a loop iterate
 * (every loop leaks some flow, so the iteration converges). Linear in the steps for a
 * blueprint without loops, where iterating the whole model was quadratic.
 */
export function visitsPerArrival(
  model: CompiledModel,
  classIndex: number,
  entry: number,
  longLine = -1,
  shares: Float64Array | null = null,
): Float64Array {
  const edges = visitEdges(model, classIndex, longLine, shares);
  const visits = new Float64Array(model.steps.length);
  const inflow = new Float64Array(model.steps.length);
  inflow[entry] = 1;
  const components = stronglyConnected(model.steps.length, (s) => edges[s]!.map((e) => e.to));
  const member = new Int32Array(model.steps.length);
  components.forEach((steps, c) => steps.forEach((s) => (member[s] = c)));
  // Sinks come first: walk backwards, so every component is solved after all that feed it.
  for (let c = components.length - 1; c >= 0; c--) {
    const steps = components[c]!;
    if (steps.every((s) => inflow[s] === 0)) continue;
    const looped = steps.length > 1 || edges[steps[0]!]!.some((e) => e.to === steps[0]);
    if (!looped) visits[steps[0]!] = inflow[steps[0]!]!;
    else solveLoop(steps, edges, inflow, visits, member, c);
    for (const s of steps)
      for (const { to, mean } of edges[s]!) if (member[to] !== c) inflow[to]! += visits[s]! * mean;
  }
  return visits;
}

/** Visits within one loop: v = inflow + Pᵀv over its steps, by fixed-point iteration. */
function solveLoop(
  steps: number[],
  edges: { to: number; mean: number }[][],
  inflow: Float64Array,
  visits: Float64Array,
  member: Int32Array,
  component: number,
): void {
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = new Map<number, number>(steps.map((s) => [s, inflow[s]!]));
    for (const s of steps) {
      const v = visits[s]!;
      if (v === 0) continue;
      for (const { to, mean } of edges[s]!)
        if (member[to] === component) next.set(to, next.get(to)! + v * mean);
    }
    let change = 0;
    for (const [s, v] of next) {
      change = Math.max(change, Math.abs(v - visits[s]!));
      visits[s] = v;
    }
    if (change < 1e-12) break;
  }
}

/** Mean arrivals per minute of a stream over the arrival window. */
export function arrivalRate(model: CompiledModel, streamIndex: number): number {
  const stream = model.streams[streamIndex]!;
  const { start, arrivalsEnd } = model.window;
  const span = arrivalsEnd - start;
  if (span <= 0) return 0;
  if (stream.shape.kind === 'rate')
    return expectedArrivals(stream.shape.periods, start, arrivalsEnd) / span;
  // Only bookings within opening hours arrive (a steady run's day has no hours).
  const day = model.window.mode === 'day';
  const kept = stream.shape.bookings.filter(
    (minute) => !day || (minute >= start && minute < arrivalsEnd),
  );
  const perDay = kept.length * (1 - stream.shape.noShow);
  return day ? perDay / span : perDay / DAY;
}

/** Offered load (busy units demanded) per pool index. */
export function offeredLoad(model: CompiledModel, longLine = -1): Float64Array {
  const total = new Float64Array(model.pools.length);
  for (const byClass of offeredLoadByClass(model, longLine))
    byClass.forEach((load, pool) => (total[pool]! += load));
  return total;
}

/**
 * The classes a stream's arrivals belong to, with each one's share: one class, or the
 * stream's cumulative mix turned back into shares.
 */
export function classSharesOf(
  stream: CompiledModel['streams'][number],
): { classIndex: number; share: number }[] {
  if (stream.classIndex >= 0) return [{ classIndex: stream.classIndex, share: 1 }];
  return Array.from(stream.shares, (cumulative, i) => ({
    classIndex: i,
    share: cumulative - (i > 0 ? stream.shares[i - 1]! : 0),
  }));
}

/**
 * Offered load per class index, per pool index: who brings the work to each pool.
 * `longLine`: a pool whose line is taken as long, so that the diversions reading it send
 * everyone on (see the file comment); -1 for none. `counts`: the steps whose work is
 * counted (all by default; batchOverload.ts counts the batch steps apart).
 */
export function offeredLoadByClass(
  model: CompiledModel,
  longLine = -1,
  counts: (step: CompiledStep) => boolean = () => true,
): Float64Array[] {
  const loads = model.classes.map(() => new Float64Array(model.pools.length));
  model.streams.forEach((stream, streamIndex) => {
    const rate = arrivalRate(model, streamIndex);
    if (rate === 0) return;
    for (const { classIndex, share } of classSharesOf(stream)) {
      if (share <= 0) continue;
      const visits = visitsPerArrival(model, classIndex, stream.entry, longLine);
      model.steps.forEach((step, s) => {
        const duration = durationOf(step, classIndex);
        if (step.pool < 0 || !duration || visits[s] === 0 || !counts(step)) return;
        const { attempts } = attemptsPerVisit(
          failChanceOf(step, classIndex),
          step.onFailure,
          step.maxRetries,
        );
        const missed = missedPerJoin(step.missedCall, classIndex);
        const calling = missed.calls > 0 ? missed.calls * step.missedCall!.callTime.mean : 0;
        loads[classIndex]![step.pool]! +=
          rate *
          share *
          visits[s]! *
          ((1 - missed.lost) * attempts * duration.mean + calling) *
          step.units;
      });
    }
  });
  return loads;
}

/** Time-average capacity of a pool between two clock times (default: over a whole day). */
export function averageCapacity(
  model: CompiledModel,
  poolIndex: number,
  from = 0,
  to = DAY,
): number {
  const pool = model.pools[poolIndex]!;
  let area = 0;
  // Step through the day's change points, day after day, between `from` and `to`.
  let t = from;
  while (t < to) {
    const dayStart = Math.floor(t / DAY) * DAY;
    const minute = t - dayStart;
    const next = pool.changes.find((change) => change.minute > minute);
    const until = Math.min(to, dayStart + (next ? next.minute : DAY));
    area += capacityAt(pool.baseCapacity, pool.changes, t) * (until - t);
    t = until;
  }
  return to > from ? area / (to - from) : pool.baseCapacity;
}
