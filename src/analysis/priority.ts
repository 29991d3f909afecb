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
 * Both obey Kleinrock's conservation law Σₖ ρₖ·Wq,k = ρ·W₀/(1 − ρ) (for M/M/c read
 * W₀ = C(c, a)/(cμ)), independent of the order; so with one service law for all classes the
 * arrival-weighted mean wait Σ (λₖ/λ)·Wq,k equals the FCFS wait (tests check both).
 * Steady state needs total ρ = σ_K < 1; otherwise `{ stable: false }` for the whole
 * system (the formulas above assume every class is served at its arrival rate).
 */
import { erlangC } from './mmc.ts';
import { type ServiceMoments, secondMoment } from './moments.ts';
import { type Overloaded, isSaturated, overloaded } from './result.ts';
import { requireNonNegative, requirePositive, requirePositiveInteger } from './validate.ts';

/** Which formula produced a priority result. */
export type PriorityForm = 'cobham-mg1' | 'cobham-mmc-equal-rates';

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

/** Wq,k = numerator / ((1 − σ_{k−1})(1 − σₖ)) for each class, then the derived means. */
function cobham(
  form: PriorityForm,
  arrivalRates: readonly number[],
  loads: readonly number[],
  meanServices: readonly number[],
  numerator: number,
): PriorityResult {
  const total = loads.reduce((sum, rho) => sum + rho, 0);
  if (isSaturated(total)) return overloaded(total);
  let before = 0;
  const classes = arrivalRates.map((arrivalRate, k): PriorityClassResult => {
    const upTo = before + loads[k]!;
    const meanWaitInQueue = numerator / ((1 - before) * (1 - upTo));
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
