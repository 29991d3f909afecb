/**
 * What the customers arriving in a stretch of the day ask of each pool, from the traffic
 * equations (offeredLoad.ts: visits per arrival, v = e + Pᵀv, Jackson-style, with rework
 * and failures as routes): how many join the pool's line per minute, by class, and the
 * first two moments of the time each of them then keeps a unit.
 *
 * A service is what a customer does with the unit it queued for:
 * - one step, with its retries ("done again at once, by the same server, without queueing
 *   again", docs/blueprint-format.md 4.4): N attempts of S each, so
 *   E = E[N]·m and Var = E[N]·σ² + Var[N]·m² (the compound sum; Var[N] of the geometric
 *   count, p/(1−p)², taken without the retry cap);
 * - or a held span (`keepUntil`): the holding step and every step the customer does up
 *   to the named one, whatever their pools, because the unit stays busy throughout (4.3).
 *   Its mean adds up the steps' mean times, each times its expected visits within the
 *   span; its variance adds up theirs (routes within the span are taken as independent).
 *   Waits for other pools inside the span are not counted (they lengthen it a little).
 *
 * A step with missed tickets adds the calls' time to each join's service, and a customer
 * lost to them is not served (missedCallLoad.ts).
 *
 * Steps inside a span that name the held pool do not queue, so they bring neither
 * arrivals nor separate work (their time is already in the span). Step means are the
 * distributions' true means (`distributionMoments`: a normal truncated at 0 included),
 * each class's own where it has a duration or chance of failing of its own
 * (`classDuration`, `failure.classProbability`): a pool's service is then the mixture
 * over its classes, by their arrivals.
 */
import { distributionMoments } from '../analysis/index.ts';
import { durationFor } from '../model/classService.ts';
import type { Blueprint, Distribution } from '../model/index.ts';
import { type CompiledModel, OnFailure, failChanceOf, routeTargets } from './model.ts';
import { type MissedPerJoin, missedPerJoin } from './missedCallLoad.ts';
import { arrivalRate, attemptsPerVisit, classSharesOf, visitsPerArrival } from './offeredLoad.ts';

/** One pool's demand in a window: rates per minute, times in minutes. */
export interface PoolDemand {
  /** Customers joining the pool's line per minute, per class index. */
  arrivalsByClass: Float64Array;
  /** Their sum. */
  arrivals: number;
  /** Busy units demanded (Erlangs): arrivals × mean service × units. */
  load: number;
  /** Mean unit-minutes per arrival (a service times its units); null when nothing arrives. */
  meanService: number | null;
  /** Squared coefficient of variation of the service (Var/mean²); 0 when nothing arrives. */
  serviceScv: number;
  /**
   * Squared coefficient of variation of the times between arrivals, c_a²: 1 for Poisson
   * arrivals (and, as in a Jackson network, for the flows they feed); for booked
   * appointments the no-show share, since keeping each booking of a regular schedule with
   * chance p leaves gaps of a geometric number of slots, whose c² is 1 − p. Several
   * sources mix in proportion to their rates (the superposition approximation of Whitt's
   * Queueing Network Analyzer).
   */
  arrivalScv: number;
  /** Of `arrivals`, those who came by appointment. */
  bookedArrivals: number;
}

function streamScv(model: CompiledModel, streamIndex: number): number {
  const shape = model.streams[streamIndex]!.shape;
  return shape.kind === 'rate' ? 1 : shape.noShow;
}

interface StepTime {
  mean: number;
  variance: number;
}

/** Per class index, per step index: one attempt's time (null: no time). */
type Moments = (StepTime | null)[][];

/** One attempt-compounded visit to a step by a class: N attempts of its duration. */
function stepTime(
  model: CompiledModel,
  moments: Moments,
  index: number,
  classIndex: number,
): StepTime {
  const step = model.steps[index]!;
  const one = moments[classIndex]![index];
  if (!one) return { mean: 0, variance: 0 };
  const failChance = failChanceOf(step, classIndex);
  const { attempts } = attemptsPerVisit(failChance, step.onFailure, step.maxRetries);
  const p = step.onFailure === OnFailure.Retry ? failChance : 0;
  const attemptsVariance = p > 0 && p < 1 ? p / ((1 - p) * (1 - p)) : 0;
  return {
    mean: attempts * one.mean,
    variance: attempts * one.variance + attemptsVariance * one.mean * one.mean,
  };
}

/**
 * Expected visits to each step within a held span that starts at `holder`, for a class:
 * the customer's routes followed from the holder and stopped at the `keepUntil` step; a
 * `goto` failure releases the hold, so it leaves the span, as do background flows (they
 * are not the customer).
 */
function spanVisits(model: CompiledModel, holder: number, classIndex: number): Float64Array {
  const count = model.steps.length;
  const until = model.steps[holder]!.keepUntil;
  let visits = new Float64Array(count);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = new Float64Array(count);
    next[holder]! += 1;
    model.steps.forEach((step, s) => {
      const v = visits[s]!;
      if (v === 0 || s === until) return;
      const { success } = attemptsPerVisit(
        failChanceOf(step, classIndex),
        step.onFailure,
        step.maxRetries,
      );
      const route = step.routes[classIndex]!;
      let previous = 0;
      route.targets.forEach((target, k) => {
        const chance = route.cumulative[k]! - previous;
        previous = route.cumulative[k]!;
        if (target !== holder) next[target]! += v * success * chance;
      });
    });
    let change = 0;
    for (let s = 0; s < count; s++) change = Math.max(change, Math.abs(next[s]! - visits[s]!));
    visits = next;
    if (change < 1e-12) break;
  }
  return visits;
}

/**
 * Steps that use a pool the customer already holds through an earlier step's `keepUntil`:
 * found by following the routes from each holding step up to its `keepUntil` step.
 */
export function stepsInsideHolds(model: CompiledModel): Set<number> {
  const inside = new Set<number>();
  for (const holder of model.steps) {
    if (holder.pool < 0 || holder.keepUntil < 0) continue;
    const seen = new Set<number>();
    const next = [holder.index];
    while (next.length > 0) {
      const current = model.steps[next.pop()!]!;
      if (current.index === holder.keepUntil) continue;
      for (const route of current.routes) {
        for (const target of routeTargets(route)) {
          if (seen.has(target)) continue;
          seen.add(target);
          next.push(target);
        }
      }
    }
    for (const index of seen)
      if (index !== holder.index && model.steps[index]!.pool === holder.pool) inside.add(index);
  }
  return inside;
}

/** Each class's duration moments at each step: its own duration, else the step's. */
function stepMoments(model: CompiledModel, blueprint: Blueprint): Moments {
  const sources = new Map(blueprint.steps.map((step) => [step.id, step]));
  const known = new Map<Distribution, StepTime>();
  const momentsOf = (distribution: Distribution): StepTime => {
    let moments = known.get(distribution);
    if (!moments) known.set(distribution, (moments = distributionMoments(distribution)));
    return moments;
  };
  return model.classes.map((customerClass) =>
    model.steps.map((step): StepTime | null => {
      const source = sources.get(step.id);
      // A blueprint without classes has one implicit class, which no classDuration names.
      const duration =
        step.classDuration === null
          ? source?.duration
          : source && durationFor(source, customerClass.id);
      return duration ? momentsOf(duration) : null;
    }),
  );
}

/**
 * Per step index: its expected visits within the held span that starts at step `holder`
 * (which must keep its pool with `keepUntil`), for a class, and the mean time those
 * visits take, retries included. Their sum is the span's mean, one unit's busy time per
 * join (calibration spreads a log's service time over the span with it).
 */
export function heldSpanStepTimes(
  model: CompiledModel,
  blueprint: Blueprint,
  holder: number,
  classIndex: number,
): { visits: Float64Array; meanTime: Float64Array } {
  const moments = stepMoments(model, blueprint);
  const visits = spanVisits(model, holder, classIndex);
  const meanTime = visits.map((v, s) =>
    v === 0 ? 0 : v * stepTime(model, moments, s, classIndex).mean,
  );
  return { visits, meanTime };
}

/**
 * The units' time with one customer who joins, missed calls included (missedCallLoad.ts):
 * m missed calls of C each and, unless lost (chance l), the service S. Its mean is
 * (1 − l)·E[S] + m·E[C]; its second moment (1 − l)·E[S²] + m·E[C²] + 2m(1 − l)·E[S]·E[C],
 * the calls taken as independent of each other.
 */
function withMissedCalls(service: StepTime, missed: MissedPerJoin, call: StepTime): StepTime {
  if (missed.calls === 0) return service;
  const served = 1 - missed.lost;
  const mean = served * service.mean + missed.calls * call.mean;
  const second =
    served * (service.variance + service.mean * service.mean) +
    missed.calls * (call.variance + call.mean * call.mean) +
    2 * missed.calls * served * service.mean * call.mean;
  return { mean, variance: Math.max(0, second - mean * mean) };
}

/** Per step index: the service one queue join brings, per class index. */
function servicesPerJoin(model: CompiledModel, blueprint: Blueprint): StepTime[][] {
  const moments = stepMoments(model, blueprint);
  const callTimes = new Map(
    blueprint.steps.flatMap((step) =>
      step.missedCall ? [[step.id, distributionMoments(step.missedCall.callTime)] as const] : [],
    ),
  );
  return model.steps.map((step) =>
    model.classes.map((_, classIndex) => {
      const call = callTimes.get(step.id);
      const missed = call ? missedPerJoin(step.missedCall, classIndex) : null;
      const join = (service: StepTime) =>
        missed ? withMissedCalls(service, missed, call!) : service;
      if (step.keepUntil < 0) return join(stepTime(model, moments, step.index, classIndex));
      const visits = spanVisits(model, step.index, classIndex);
      let mean = 0;
      let variance = 0;
      visits.forEach((v, s) => {
        if (v === 0) return;
        const time = stepTime(model, moments, s, classIndex);
        mean += v * time.mean;
        variance += v * time.variance;
      });
      return join({ mean, variance });
    }),
  );
}

/** Work out once per model: which steps queue, and what each join brings. */
export interface DemandBasis {
  model: CompiledModel;
  queues: boolean[];
  services: StepTime[][];
}

export function demandBasis(model: CompiledModel, blueprint: Blueprint): DemandBasis {
  const inside = stepsInsideHolds(model);
  return {
    model,
    // A batch step's items wait for the batch's time, not in the line (batchEstimate.ts).
    queues: model.steps.map(
      (step) => step.pool >= 0 && !inside.has(step.index) && step.batchMinute === null,
    ),
    services: servicesPerJoin(model, blueprint),
  };
}

/**
 * Every pool's demand from the customers arriving between clock minutes `from` and `to`;
 * `shares`: what each diversion sends on (by its counter; none when absent).
 */
export function poolDemands(
  basis: DemandBasis,
  from: number,
  to: number,
  shares: Float64Array | null = null,
): PoolDemand[] {
  const model: CompiledModel = {
    ...basis.model,
    window: { ...basis.model.window, start: from, arrivalsEnd: to },
  };
  const pools = model.pools.map(() => ({
    arrivalsByClass: new Float64Array(model.classes.length),
    work: 0,
    second: 0,
    scv: 0,
    booked: 0,
  }));
  model.streams.forEach((stream, streamIndex) => {
    const rate = arrivalRate(model, streamIndex);
    if (rate === 0) return;
    const scv = streamScv(model, streamIndex);
    const booked = stream.shape.kind === 'appointments' ? 1 : 0;
    for (const { classIndex, share } of classSharesOf(stream)) {
      if (share <= 0) continue;
      const visits = visitsPerArrival(model, classIndex, stream.entry, -1, shares);
      model.steps.forEach((step, s) => {
        if (!basis.queues[s] || visits[s] === 0) return;
        const joins = rate * share * visits[s]!;
        const service = basis.services[s]![classIndex]!;
        const mean = service.mean * step.units;
        const pool = pools[step.pool]!;
        pool.arrivalsByClass[classIndex]! += joins;
        pool.work += joins * mean;
        pool.scv += joins * scv;
        pool.booked += joins * booked;
        pool.second += joins * (service.variance * step.units * step.units + mean * mean);
      });
    }
  });
  return pools.map(({ arrivalsByClass, work, second, scv, booked }) => {
    const arrivals = arrivalsByClass.reduce((sum, x) => sum + x, 0);
    const common = {
      arrivalsByClass,
      arrivals,
      load: work,
      arrivalScv: arrivals > 0 ? scv / arrivals : 1,
      bookedArrivals: booked,
    };
    if (arrivals === 0 || work === 0)
      return { ...common, meanService: arrivals > 0 ? 0 : null, serviceScv: 0 };
    const meanService = work / arrivals;
    // E[S²] of the mixture over the steps, then Var/mean².
    const serviceScv = Math.max(0, second / arrivals / (meanService * meanService) - 1);
    return { ...common, meanService, serviceScv };
  });
}
