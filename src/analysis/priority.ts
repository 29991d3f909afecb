/**
 * Non-preemptive priority queues: customer classes k = 1..K, class 1 served first. A
 * server that finishes takes the longest-waiting customer of the highest-priority class
 * present; a service once started is never interrupted. Poisson arrivals per class,
 * independent service times, unlimited room, no abandonment. Rates per minute, times in
 * minutes. Classes are given highest priority first.
 *
 * Two forms are offered (σₖ = Σ_{i≤k} ρᵢ, the load of classes 1..k, σ₀ = 0):
 *
 * - `priorityMg1` — Cobham's formula for M/G/1 (Cobham 1954, "Priority assignment in
 *   waiting line problems"; Kleinrock, "Queueing Systems" vol. 2):
 *     W₀ = Σᵢ λᵢE[Sᵢ²] / 2   (mean residual work found in service)
 *     Wq,k = W₀ / ((1 − σ_{k−1})(1 − σₖ)),   ρᵢ = λᵢE[Sᵢ]
 *   Service distributions may differ by class.
 *
 * - `priorityMmc` — the M/M/c extension (Cobham 1954; e.g. Gross & Harris), valid
 *   only when every class has the same exponential service rate μ:
 *     Wq,k = (C(c, a) / (cμ)) / ((1 − σ_{k−1})(1 − σₖ)),   ρᵢ = λᵢ/(cμ),   a = Σλᵢ/μ
 *   with C the Erlang C probability of waiting. With one class it is M/M/c FCFS.
 *
 * - `priorityMgc` — pooled servers whose classes' services differ (or are not
 *   exponential): an approximation. A class-k customer who finds all c servers busy
 *   (chance C(c, a), Erlang C) waits for the first of them to finish, then for those
 *   ahead of it and the higher classes arriving meanwhile to be served:
 *     Wq,k ≈ C(c, a) · (R₁ + R·(1/((1 − σ_{k−1})(1 − σₖ)) − 1)),   ρᵢ = λᵢE[Sᵢ]/c
 *   with R₁ the mean time to the first of c services in progress to end
 *   (firstDeparture.ts, the mixed service taken as a gamma of its two moments) and
 *   R = E[S²]/(2c·E[S]) the Allen–Cunneen share of each service after it, E[S] and E[S²]
 *   those of all arrivals together and a = Σλᵢ·E[S]. For one server R₁ = R and it is
 *   Cobham's M/G/1 formula; for equal exponential services R₁ = R = E[S]/c and it is the
 *   M/M/c formula; `form` says which of the three. Scaling the M/M/c waits by
 *   (1 + c_s²)/2 alone (R₁ = R) is good for the lower classes, who wait through many
 *   services, but for regular services (c_s² = 0.2, four servers) puts the top class's
 *   wait 20 % short of a simulation, since it mostly waits for one service to end:
 *   the first departure is then later than an average gap between departures. With R₁
 *   the classes are within about 6 % (test/sim/estimatesPriority.test.ts).

 * Both obey Kleinrock's conservation law Σₖ ρₖ·Wq,k = ρ·W₀/(1 − ρ) (for M/M/c read
 * W₀ = C(c, a)/(cμ)), independent of the order; so with one service law for all classes the
 * arrival-weighted mean wait Σ (λₖ/λ)·Wq,k equals the FCFS wait (tests check both).
 * Steady state needs total ρ = σ_K < 1; otherwise `{ stable: false }` for the whole
 * system (the formulas above assume every class is served at its arrival rate).
 */
import { firstDepartureMinutes } from './firstDeparture.ts';
import { erlangC } from './mmc.ts';
import { type ServiceMoments, secondMoment } from './moments.ts';
import { type Overloaded, isSaturated, overloaded } from './result.ts';
import { requireNonNegative, requirePositive, requirePositiveInteger } from './validate.ts';

/** Which formula produced a priority result. */
export type PriorityForm = 'cobham-mg1' | 'cobham-mmc-equal-rates' | 'mgc-approximation';

/** One class in a stable priority queue. Times in minutes, lengths in customers. */
export interface PriorityClassResult {
  /** λₖ, per minute */
  readonly arrivalRate: number;
  /** ρₖ: this class's share of capacity (λₖE[Sₖ] for M/G/1, λₖ/(cμ) for M/M/c) */
  readonly utilization: number;
  /** Wq,k, minutes */
  readonly meanWaitInQueue: number;
  /** Wₖ = Wq,k + E[Sₖ], minutes */
  readonly meanTimeInSystem: number;
  /** Lq,k = λₖWq,k, customers */
  readonly meanQueueLength: number;
  /** Lₖ = λₖWₖ, customers */
  readonly meanNumberInSystem: number;
}

export interface PriorityStable {
  readonly stable: true;
  readonly form: PriorityForm;
  /** In the order given: highest priority first. */
  readonly classes: readonly PriorityClassResult[];
  /** Total ρ = σ_K */
  readonly utilization: number;
  /** Σ (λₖ/λ)·Wq,k, minutes: the mean wait of an arbitrary arrival (0 if nobody arrives) */
  readonly meanWaitInQueue: number;
}

export type PriorityResult = PriorityStable | Overloaded;

/** One class of a priority M/G/1 queue. */
export interface PriorityMg1Class {
  /** λₖ: arrivals per minute (≥ 0). */
  readonly arrivalRate: number;
  /** Mean (minutes) and variance (minutes²) of this class's service. */
  readonly service: ServiceMoments;
}

/**
 * Cobham's formula for the non-preemptive priority M/G/1 queue (see the file comment).
 * `classes` highest priority first. RangeError for no classes or malformed input.
 */
export function priorityMg1(classes: readonly PriorityMg1Class[]): PriorityResult {
  if (classes.length === 0) throw new RangeError('a priority queue needs at least one class');
  classes.forEach((k, i) => {
    requireNonNegative(`classes[${i}].arrivalRate`, k.arrivalRate);
    requireNonNegative(`classes[${i}].service.mean`, k.service.mean);
    requireNonNegative(`classes[${i}].service.variance`, k.service.variance);
  });
  const loads = classes.map((k) => k.arrivalRate * k.service.mean);
  const residual = classes.reduce(
    (sum, k) => sum + (k.arrivalRate * secondMoment(k.service)) / 2,
    0,
  );
  return cobham(
    'cobham-mg1',
    classes.map((k) => k.arrivalRate),
    loads,
    classes.map((k) => k.service.mean),
    residual,
  );
}

/** A priority M/M/c queue whose classes share one service rate. */
export interface PriorityMmcInput {
  /** c: identical servers (whole number ≥ 1). */
  readonly servers: number;
  /** μ: services per minute by one busy server, the same for every class (> 0). */
  readonly serviceRate: number;
  /** λₖ per minute for each class, highest priority first. */
  readonly arrivalRates: readonly number[];
}

/**
 * The non-preemptive priority M/M/c queue with equal service rates (formula in the file
 * comment): Wq,k = (C(c, a)/(cμ)) / ((1 − σ_{k−1})(1 − σₖ)). RangeError for no classes or
 * malformed input.
 */
export function priorityMmc(input: PriorityMmcInput): PriorityResult {
  const { servers, serviceRate, arrivalRates } = input;
  requirePositiveInteger('servers', servers);
  requirePositive('serviceRate', serviceRate);
  if (arrivalRates.length === 0) throw new RangeError('a priority queue needs at least one class');
  arrivalRates.forEach((rate, i) => requireNonNegative(`arrivalRates[${i}]`, rate));
  const capacity = servers * serviceRate;
  const loads = arrivalRates.map((rate) => rate / capacity);
  const total = loads.reduce((sum, rho) => sum + rho, 0);
  if (isSaturated(total)) return overloaded(total);
  const totalArrivals = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  const waitNumerator = erlangC(servers, totalArrivals / serviceRate) / capacity;
  return cobham(
    'cobham-mmc-equal-rates',
    arrivalRates,
    loads,
    arrivalRates.map(() => 1 / serviceRate),
    waitNumerator,
  );
}

/** A priority queue with pooled servers whose classes' service laws may differ. */
export interface PriorityMgcInput {
  /** c: identical servers (whole number ≥ 1). */
  readonly servers: number;
  /** The classes, highest priority first. */
  readonly classes: readonly PriorityMg1Class[];
}

/** Exponential (variance mean²) to rounding. */
const isExponential = ({ mean, variance }: ServiceMoments): boolean =>
  Math.abs(variance - mean * mean) <= 1e-9 * mean * mean;

/**
 * Which form `priorityMgc` is in: exact Cobham for one server, or for equal exponential
 * services of the classes that arrive; otherwise the residual-work approximation.
 */
export function priorityMgcForm(
  servers: number,
  services: readonly ServiceMoments[],
): PriorityForm {
  if (servers === 1) return 'cobham-mg1';
  const first = services[0];
  const equal =
    first !== undefined &&
    services.every((s) => isExponential(s) && Math.abs(s.mean - first.mean) <= 1e-9 * first.mean);
  return equal ? 'cobham-mmc-equal-rates' : 'mgc-approximation';
}

/**
 * A class's wait in the pooled priority queue (the file comment's `priorityMgc`): with
 * chance `allBusy` the customer waits `first` for a server, then `residual` per service
 * of those ahead and of higher classes arriving meanwhile; `before` and `upTo` are
 * σ_{k−1} and σₖ.
 */
export function pooledPriorityWait(
  allBusy: number,
  first: number,
  residual: number,
  before: number,
  upTo: number,
): number {
  return allBusy * (first + residual * (1 / ((1 - before) * (1 - upTo)) - 1));
}

/**
 * Non-preemptive priority with c pooled servers and per-class service laws (the file
 * comment's `priorityMgc`). RangeError for no classes or malformed input.
 */
export function priorityMgc(input: PriorityMgcInput): PriorityResult {
  const { servers, classes } = input;
  requirePositiveInteger('servers', servers);
  if (classes.length === 0) throw new RangeError('a priority queue needs at least one class');
  classes.forEach((k, i) => {
    requireNonNegative(`classes[${i}].arrivalRate`, k.arrivalRate);
    requireNonNegative(`classes[${i}].service.mean`, k.service.mean);
    requireNonNegative(`classes[${i}].service.variance`, k.service.variance);
  });
  const loads = classes.map((k) => (k.arrivalRate * k.service.mean) / servers);
  const total = loads.reduce((sum, rho) => sum + rho, 0);
  if (isSaturated(total)) return overloaded(total);
  const arrivals = classes.reduce((sum, k) => sum + k.arrivalRate, 0);
  const work = classes.reduce((sum, k) => sum + k.arrivalRate * k.service.mean, 0);
  const second = classes.reduce((sum, k) => sum + k.arrivalRate * secondMoment(k.service), 0);
  const arriving = classes.filter((k) => k.arrivalRate > 0).map((k) => k.service);
  const form = priorityMgcForm(servers, arriving);
  if (work === 0)
    return cobham(
      form,
      classes.map((k) => k.arrivalRate),
      loads,
      classes.map((k) => k.service.mean),
      0,
    );
  const mean = work / arrivals;
  const allBusy = erlangC(servers, work);
  const residual = second / (2 * servers * work);
  const first = firstDepartureMinutes(servers, mean, second / arrivals / (mean * mean) - 1);
  return cobham(
    form,
    classes.map((k) => k.arrivalRate),
    loads,
    classes.map((k) => k.service.mean),
    allBusy * residual,
    allBusy * first,
  );
}

/**
 * Wq,k = numerator / ((1 − σ_{k−1})(1 − σₖ)) for each class (with `first`: first +
 * numerator·(1/((1 − σ_{k−1})(1 − σₖ)) − 1)), then the derived means.
 */
function cobham(
  form: PriorityForm,
  arrivalRates: readonly number[],
  loads: readonly number[],
  meanServices: readonly number[],
  numerator: number,
  /** The wait of a class with no load before or with it; `numerator` when not given. */
  first?: number,
): PriorityResult {
  const total = loads.reduce((sum, rho) => sum + rho, 0);
  if (isSaturated(total)) return overloaded(total);
  let before = 0;
  const classes = arrivalRates.map((arrivalRate, k): PriorityClassResult => {
    const upTo = before + loads[k]!;
    const meanWaitInQueue =
      first === undefined
        ? numerator / ((1 - before) * (1 - upTo))
        : first + numerator * (1 / ((1 - before) * (1 - upTo)) - 1);
    before = upTo;
    const meanTimeInSystem = meanWaitInQueue + meanServices[k]!;
    return {
      arrivalRate,
      utilization: loads[k]!,
      meanWaitInQueue,
      meanTimeInSystem,
      meanQueueLength: arrivalRate * meanWaitInQueue,
      meanNumberInSystem: arrivalRate * meanTimeInSystem,
    };
  });
  const totalArrivals = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  const meanWaitInQueue =
    totalArrivals > 0
      ? classes.reduce((sum, k) => sum + k.arrivalRate * k.meanWaitInQueue, 0) / totalArrivals
      : 0;
  return { stable: true, form, classes, utilization: total, meanWaitInQueue };
}
