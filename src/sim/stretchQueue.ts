/**
 * One pool's queue through the day, stretch by stretch (a stretch: a span in which
 * neither an arrival rate nor a schedule changes), without simulating.
 *
 * **Within a stretch** where the work is below the units (ρ = a/c < 1) the queue is
 * taken as settled: the M/G/c wait by the Allen–Cunneen approximation
 *   Wq ≈ Wq(M/M/c) · (c_a² + c_s²)/2,
 * Wq(M/M/c) = C(c, a)/(cμ − λ) by Erlang C (analysis/mmc.ts), c_a² and c_s² the squared
 * coefficients of variation of the gaps between arrivals and of the service (poolDemand.ts;
 * Allen, "Probability, Statistics and Queueing Theory", 1990; it is exact for M/M/c and
 * for M/G/1, Pollaczek–Khinchine). At or above the units the stretch has no settled
 * queue: it grows by λ − c/m customers a minute (m the mean service).
 *
 * **The day's figure** follows the queue through the day as a fluid (Newell; the
 * "stationary backlog carry-over" of Stolletz, EJOR 2008): a backlog B(t) of customers
 * that no settled queue explains, which grows while the work exceeds the units and drains
 * at c/m − λ afterwards,
 *   dB/dt = λ_join(B) − c/m − θ·B     (while B > 0 or λ ≥ c/m; else B stays 0)
 * with θ the rate at which waiting customers give up (1/mean patience, arrival-weighted
 * over the classes: an exponential-patience approximation) and λ_join the arrivals of
 * classes whose `balkAt` is above the queue. When an overloaded stretch starts, the
 * settled queue of the stretch before (Lq = λ·Wq) is carried over into B. A customer
 * arriving at t waits about
 *   w(t) = ln(1 + θ·B(t)·m/c)/θ + W(t)
 * the time to clear B at c/m a minute while those ahead give up at θ each (B·m/c without
 * patience), plus a settled part W(t): 0 in an overloaded stretch, otherwise 0 with chance
 * 1 − C and exponential otherwise (as in M/M/c), its mean approaching the stretch's Wq from
 * where the queue was, exponentially with the relaxation time of Odoni & Roth (1983). A
 * customer who would wait w is still there to be served with chance e^(−θ_k·w) (its
 * class's θ_k), so the long waits are the ones cut short. The day's figure is the mean
 * wait of the customers served, ∫ Σ_k λ_k·E[w·e^(−θ_k w)] dt / ∫ Σ_k λ_k·E[e^(−θ_k w)] dt,
 * which is what a run reports as the pool's mean wait (waits are recorded when service
 * starts). A business day starts empty at opening; a steady run repeats its day until it
 * ends where it began.
 *
 * Not modelled: patience shortening the settled queue for those who stay (Erlang A),
 * classes' priorities within a line (they reorder it, not its mean wait, when the
 * services are alike; queues called in order: priorityPooling.ts), departures from a busy
 * pool being smoother than Poisson arrivals (flagged as a caveat, estimateCaveats.ts),
 * waits for other pools inside a held span.
 */
import { type MmcResult, isSaturated, mmc } from '../analysis/index.ts';
import type { PoolDemand } from './poolDemand.ts';
import type { ThresholdQueue } from './thresholdQueue.ts';

/** One stretch of one pool. Clock minutes, rates per minute, times in minutes. */
export interface StretchEstimate {
  from: number;
  to: number;
  /** Customers joining the pool's line per minute. */
  arrivalsPerMinute: number;
  /** Units available (the schedule's capacity then). */
  units: number;
  /** Busy units the work needs (Erlangs). */
  offeredLoad: number;
  /** offeredLoad / units; null when work arrives and there are no units. */
  utilization: number | null;
  /** ρ < 1: the queue settles (M/G/c); otherwise it grows through the stretch. */
  steady: boolean;
  /** Settled mean wait (Allen–Cunneen M/G/c), minutes; null when not steady. */
  meanWaitMinutes: number | null;
  /** Erlang C: the chance an arrival waits at all; null when not steady. */
  waitProbability: number | null;
  /** Not steady: customers the queue gains per hour (λ − c/m), else null. */
  growthPerHour: number | null;
}

/** Why the day has no figure. */
export type DayWaitReason =
  /** Customers arrive but the pool has no units to serve them all day. */
  | 'no-capacity'
  /** A steady run whose work exceeds the units on average: the queue grows without limit. */
  | 'unstable'
  /** Rates or times beyond any useful figure (a typo in a rate). */
  | 'out-of-range';

export interface DayWait {
  /** Mean wait of the customers served, minutes; null with a reason. */
  meanWaitMinutes: number | null;
  reason: DayWaitReason | null;
  /** Of those who join, the share served (the rest gave up or balked); absent with no figure. */
  servedShare?: number;
}

/** A pool's stretch as the estimate sees it: its window, demand and units. */
export interface StretchInput {
  from: number;
  to: number;
  demand: PoolDemand;
  units: number;
  /**
   * When flows are taken by this pool's line (a diversion): its threshold queue in the
   * stretch (thresholdQueue.ts), which settles the wait in place of Erlang C.
   */
  threshold?: ThresholdQueue | null;
  /**
   * A pool that also serves other queues when idle (`alsoServes`): the work it takes from
   * them in the stretch, which its own customers find it busy with (lending.ts).
   */
  lent?: LentWork;
  /**
   * A pool whose queue others serve when idle: `demand` and `units` are then those of the
   * one line it forms with its lenders, and this is the pool's own part, as shown.
   */
  shown?: ShownPart;
  /** A queue of a priority group (priorityPooling.ts): its units, the load called before, all its demand. */
  priority?: { units: number; above: number; pooled: PoolDemand };
}

/** Work a pool takes from the queues it also serves: Erlangs and its service's moments. */
export interface LentWork {
  load: number;
  meanService: number;
  serviceScv: number;
}

/** A helped pool's own customers, units and the work its own units do (Erlangs). */
export interface ShownPart {
  arrivals: number;
  units: number;
  load: number;
}

/** Customers' patience and balking, for the fluid. */
export interface Abandonment {
  /** Per class index: 1/mean patience per minute (0: never gives up). */
  renegeRate: Float64Array;
  /** Per class index: queue length at which the class balks (Infinity: never). */
  balkAt: Float64Array;
}

const LARGEST_USEFUL_LOAD = 1e6;

/** Erlang C for c servers, as an M/M/c queue; null where that queue has no steady state. */
export function erlangC(
  servers: number,
  arrivals: number,
  meanService: number,
): { probability: number; meanMinutes: number } | null {
  if (arrivals === 0 || meanService === 0) return { probability: 0, meanMinutes: 0 };
  if (servers < 1 || !Number.isFinite(arrivals) || !Number.isFinite(meanService)) return null;
  // Far more servers than the load needs (40 standard deviations of spare capacity,
  // Halfin–Whitt) leave a chance of waiting below e^-800: zero, without a billion steps.
  const load = arrivals * meanService;
  if (servers > load + 40 * Math.sqrt(load) + 100) return { probability: 0, meanMinutes: 0 };
  if (servers > LARGEST_USEFUL_LOAD) return null;
  let queue: MmcResult;
  try {
    queue = mmc({ arrivalRate: arrivals, serviceRate: 1 / meanService, servers });
  } catch {
    return null; // rates too extreme for the closed form: no figure rather than a wrong one
  }
  if (!queue.stable) return null;
  return { probability: queue.probabilityOfWaiting, meanMinutes: queue.meanWaitInQueue };
}

export function estimateStretch(input: StretchInput): StretchEstimate {
  const { from, to, demand, units, threshold } = input;
  const { arrivals, load, meanService } = demand;
  const utilization = load === 0 ? 0 : units > 0 ? load / units : null;
  if (threshold && units > 0) return thresholdStretch(input, threshold, utilization);
  const steady = utilization !== null && !isSaturated(utilization);
  const base = { from, to, arrivalsPerMinute: arrivals, units, offeredLoad: load, utilization };
  if (!steady) {
    const growth = meanService ? (arrivals - units / meanService) * 60 : null;
    return {
      ...base,
      steady,
      meanWaitMinutes: null,
      waitProbability: null,
      growthPerHour: growth !== null && Number.isFinite(growth) ? growth : null,
    };
  }
  const mmcWait = erlangC(Math.round(units), arrivals, meanService ?? 0);
  const variability = (demand.arrivalScv + demand.serviceScv) / 2;
  return {
    ...base,
    steady,
    meanWaitMinutes: mmcWait ? mmcWait.meanMinutes * variability : null,
    waitProbability: mmcWait?.probability ?? null,
    growthPerHour: null,
  };
}

/**
 * A stretch whose line a diversion reads: the threshold queue's wait (exact for M/M/c),
 * scaled by the same Allen–Cunneen factor as Erlang C for other arrivals and services. It
 * settles while those who join whatever the line are fewer than the units serve, however
 * many the rules would bring; otherwise the line grows by those alone.
 */
function thresholdStretch(
  { from, to, demand, units }: StretchInput,
  threshold: ThresholdQueue,
  utilization: number | null,
): StretchEstimate {
  const base = {
    from,
    to,
    arrivalsPerMinute: demand.arrivals,
    units,
    offeredLoad: demand.load,
    utilization,
  };
  if (!threshold.stable) {
    const growth = demand.meanService ? (demand.arrivals - units / demand.meanService) * 60 : null;
    return {
      ...base,
      steady: false,
      meanWaitMinutes: null,
      waitProbability: null,
      growthPerHour: growth !== null && Number.isFinite(growth) ? growth : null,
    };
  }
  const variability = (demand.arrivalScv + demand.serviceScv) / 2;
  return {
    ...base,
    steady: true,
    meanWaitMinutes: threshold.meanWait * variability,
    waitProbability: threshold.waitProbability,
    growthPerHour: null,
  };
}

/** Integration step of the fluid, minutes (service times are minutes; stretches hours). */
const STEP = 0.25;

/** Cycles a steady run's day is repeated for its backlog to settle, at most. */
const MAX_CYCLES = 20;

interface Totals {
  /** Customers served (per unit of arrival rate × minutes). */
  served: number;
  /** Their waits added up. */
  waited: number;
}

/** What is carried from one stretch, and one day, to the next. */
interface QueueState {
  /** Fluid backlog, customers. */
  backlog: number;
  /** The settled part of the wait reached so far, minutes. */
  settled: number;
}

/**
 * How long a settled queue takes to get there (Odoni & Roth, "An empirical investigation
 * of the transient behavior of stationary queueing systems", Operations Research 1983):
 *   τ ≈ (c_a² + c_s²) / (2.8 · cμ · (1 − √ρ)²)
 * for the mean queue from empty; the served rate cμ = c/m for c units.
 */
function relaxationMinutes(stretch: StretchInput, estimate: StretchEstimate): number {
  const { demand, units, threshold } = stretch;
  // A lender's own line settles by its own customers: the lent work only lengthens it.
  const rho = stretch.lent ? demand.load / units : (estimate.utilization ?? 0);
  if (!demand.meanService || rho <= 0 || units <= 0) return 0;
  const gap = 1 - Math.sqrt(rho);
  const variability = Math.max(demand.arrivalScv + demand.serviceScv, 1e-3);
  const unbounded = (variability * demand.meanService) / (2.8 * units * gap * gap);
  if (!threshold) return unbounded;
  // A line that a diversion keeps within N settles far sooner than an unbounded one near
  // ρ = 1: as a reflected diffusion on [0, N] with variance rate cμ·(c_a² + c_s²) per
  // minute, whose slowest mode decays in N²/(π²·σ²).
  const spread = (units / demand.meanService) * variability;
  const bounded = (threshold.room * threshold.room) / (Math.PI * Math.PI * spread);
  return Math.min(unbounded, bounded);
}

/**
 * How long a customer who finds a backlog B waits for it to clear at a service rate r
 * while those ahead give up at θ each: dB/dt = −r − θB gives t = ln(1 + θB/r)/θ (B/r
 * when nobody gives up).
 */
function backlogWait(backlog: number, throughput: number, renege: number): number {
  if (backlog <= 0) return 0;
  if (throughput <= 0) return Infinity;
  return renege > 0 ? Math.log1p((renege * backlog) / throughput) / renege : backlog / throughput;
}

/**
 * The customers served among those arriving now, and their mean wait: the wait is the
 * time `ahead` to clear the backlog plus a settled part W that is 0 with chance 1 − C and
 * exponential otherwise (as in M/M/c: P(W > t) = C·e^(−γt), here with mean `settled`, so
 * γ = C/settled); with patience of rate θ a customer who would wait w is still there with
 * chance e^(−θw), so
 *   P(served) = e^(−θ·ahead)·(1 − C + Cγ/(γ+θ))
 *   E[w; served] = e^(−θ·ahead)·(ahead·(1 − C + Cγ/(γ+θ)) + Cγ/(γ+θ)²).
 * The long waits are the ones cut short, so those served waited less than the queue's
 * mean: this is what a run measures.
 */
function servedWait(
  ahead: number,
  settled: number,
  waitChance: number,
  renege: number,
): { chance: number; meanWait: number } {
  if (!Number.isFinite(ahead))
    return renege > 0 ? { chance: 0, meanWait: 0 } : { chance: 1, meanWait: Infinity };
  const keep = Math.exp(-renege * ahead);
  if (settled <= 0 || waitChance <= 0) return { chance: keep, meanWait: ahead };
  const gamma = waitChance / settled;
  const stays = 1 - waitChance + (waitChance * gamma) / (gamma + renege);
  const waited = ahead * stays + (waitChance * gamma) / ((gamma + renege) * (gamma + renege));
  return { chance: keep * stays, meanWait: waited / stays };
}

/**
 * Follows the queue through the stretches once, adding the served customers and their
 * waits to `totals`; returns the state at the end of the day.
 */
function followDay(
  stretches: readonly StretchInput[],
  estimates: readonly StretchEstimate[],
  abandonment: Abandonment,
  start: QueueState,
  totals: Totals,
): QueueState {
  let { backlog, settled } = start;
  let lastMean = 0;
  stretches.forEach((stretch, i) => {
    const estimate = estimates[i]!;
    const { demand, units } = stretch;
    const mean = demand.meanService && demand.meanService > 0 ? demand.meanService : lastMean;
    lastMean = mean;
    const throughput = mean > 0 ? units / mean : Infinity; // customers served per minute, full
    const previous = estimates[i - 1];
    // An overloaded stretch takes over the queue the stretch before had settled to.
    if (!estimate.steady) {
      if (previous) backlog += previous.arrivalsPerMinute * settled;
      settled = 0;
    }
    const byClass = demand.arrivalsByClass;
    let renege = 0;
    if (demand.arrivals > 0)
      byClass.forEach(
        (rate, k) => (renege += (rate / demand.arrivals) * abandonment.renegeRate[k]!),
      );
    const target = estimate.steady ? (estimate.meanWaitMinutes ?? 0) : 0;
    const waitChance = estimate.steady ? (estimate.waitProbability ?? 0) : 0;
    const relaxation = estimate.steady ? relaxationMinutes(stretch, estimate) : 0;
    for (let t = stretch.from; t < stretch.to; t += STEP) {
      const dt = Math.min(STEP, stretch.to - t);
      const ahead = backlogWait(backlog, throughput, renege);
      let joining = 0;
      byClass.forEach((rate, k) => {
        if (rate === 0 || backlog >= abandonment.balkAt[k]!) return;
        joining += rate;
        const served = servedWait(ahead, settled, waitChance, abandonment.renegeRate[k]!);
        totals.served += rate * served.chance * dt;
        totals.waited += rate * served.chance * served.meanWait * dt;
      });
      const served = backlog > 0 || joining >= throughput ? throughput : joining;
      backlog = Math.max(0, backlog + (joining - served - renege * backlog) * dt);
      settled = relaxation > 0 ? target + (settled - target) * Math.exp(-dt / relaxation) : target;
    }
  });
  // After the last stretch (doors closed) the backlog drains with nobody arriving.
  return { backlog, settled };
}

/** The mean wait over the day of the customers served (see the file's comment). */
export function estimateDayWait(
  mode: 'day' | 'steady',
  stretches: readonly StretchInput[],
  estimates: readonly StretchEstimate[],
  abandonment: Abandonment,
): DayWait {
  const arrivals = stretches.reduce((sum, s) => sum + s.demand.arrivals * (s.to - s.from), 0);
  if (arrivals === 0) return { meanWaitMinutes: 0, reason: null };
  if (!Number.isFinite(arrivals) || stretches.some((s) => s.demand.load > LARGEST_USEFUL_LOAD))
    return { meanWaitMinutes: null, reason: 'out-of-range' };
  if (stretches.every((s) => s.units === 0 || s.demand.arrivals === 0))
    return { meanWaitMinutes: null, reason: 'no-capacity' };
  let totals: Totals = { served: 0, waited: 0 };
  if (mode === 'day') {
    followDay(stretches, estimates, abandonment, { backlog: 0, settled: 0 }, totals);
  } else {
    const gaveUp = abandonment.renegeRate.some((rate) => rate > 0);
    const work = stretches.reduce((sum, s) => sum + s.demand.load * (s.to - s.from), 0);
    const unitTime = stretches.reduce((sum, s) => sum + s.units * (s.to - s.from), 0);
    const balks = abandonment.balkAt.every((at) => Number.isFinite(at));
    if (!gaveUp && !balks && (unitTime === 0 || isSaturated(work / unitTime)))
      return { meanWaitMinutes: null, reason: 'unstable' };
    // A long run has long forgotten its start: begin settled, repeat until a day ends
    // where it began.
    let state: QueueState = { backlog: 0, settled: estimates[0]?.meanWaitMinutes ?? 0 };
    for (let cycle = 0; cycle < MAX_CYCLES; cycle++) {
      totals = { served: 0, waited: 0 };
      const next = followDay(stretches, estimates, abandonment, state, totals);
      const same = (x: number, y: number) => Math.abs(x - y) < 1e-3 * Math.max(1, y);
      const repeated = same(next.backlog, state.backlog) && same(next.settled, state.settled);
      state = next;
      if (repeated) break;
    }
  }
  if (totals.served === 0 || !Number.isFinite(totals.waited))
    return { meanWaitMinutes: null, reason: 'no-capacity' };
  const servedShare = Math.min(1, totals.served / arrivals);
  return { meanWaitMinutes: totals.waited / totals.served, reason: null, servedShare };
}
