/**
 * The M/M/c queue: Poisson arrivals at rate λ, c identical servers, each serving at rate μ
 * with exponential service times, one first-come-first-served line, unlimited room, no
 * abandonment. Rates are per minute, times in minutes, lengths in customers.
 *
 * Source formulas (any queueing text, e.g. Gross & Harris, "Fundamentals of Queueing
 * Theory"; Kleinrock, "Queueing Systems" vol. 1):
 *   offered load   a = λ / μ (Erlangs), utilisation ρ = a / c
 *   Erlang B       B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1))
 *   Erlang C       C = B(c) / (1 − ρ(1 − B(c)))      (probability that an arrival waits)
 *   Wq = C / (cμ − λ),  W = Wq + 1/μ,  Lq = λ·Wq,  L = λ·W = Lq + a   (Little's law)
 *   P(Wq > t) = C·e^{−(cμ−λ)t} for t ≥ 0
 * The steady state exists only for ρ < 1; otherwise the answer is `{ stable: false }`.
 */
import { type Overloaded, isSaturated, overloaded } from './result.ts';
import {
  requireNonNegative,
  requirePositive,
  requirePositiveInteger,
  requireProbability,
} from './validate.ts';

/**
 * Erlang B: the probability that all `servers` are busy in a loss system offered
 * `offeredLoad` Erlangs (a = λ/μ, dimensionless).
 *
 * Formula: the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). Every iterate lies in
 * [0, 1], so unlike the textbook ratio of sums (a^c/c!) / Σ a^k/k! it neither overflows
 * nor loses precision for thousands of servers. O(servers) time. Valid for any a ≥ 0 and
 * servers ≥ 0 (B = 1 with no servers).
 */
export function erlangB(servers: number, offeredLoad: number): number {
  if (servers !== 0) requirePositiveInteger('servers', servers);
  requireNonNegative('offeredLoad', offeredLoad);
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * Erlang C: the probability that an arrival to an M/M/c queue must wait (all `servers`
 * busy), for `offeredLoad` a = λ/μ Erlangs.
 *
 * Formula: C = B / (1 − ρ(1 − B)) with B = erlangB(c, a) and ρ = a/c. The denominator
 * 1 − ρ + ρB is at least 1 − ρ > 0, so the result is finite and in [0, 1] for ρ < 1; the
 * computation is stable for c up to thousands (see erlangB).
 *
 * For ρ ≥ 1 (no steady state) it returns 1, the limit as ρ → 1: in an overloaded system
 * every arrival eventually waits. Use `mmc` to be told that the system is unstable.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requirePositiveInteger('servers', servers);
  requireNonNegative('offeredLoad', offeredLoad);
  if (offeredLoad === 0) return 0;
  const rho = offeredLoad / servers;
  if (isSaturated(rho)) return 1;
  const b = erlangB(servers, offeredLoad);
  return Math.min(1, b / (1 - rho * (1 - b)));
}

/** Parameters of an M/M/c queue. */
export interface MmcInput {
  /** λ: arrivals per minute (≥ 0). */
  readonly arrivalRate: number;
  /** μ: services per minute by one busy server (> 0), i.e. 1 / mean service minutes. */
  readonly serviceRate: number;
  /** c: identical servers (whole number ≥ 1). */
  readonly servers: number;
}

/** The steady state of a stable M/M/c queue. Times in minutes, lengths in customers. */
export interface MmcStable {
  readonly stable: true;
  /** c */
  readonly servers: number;
  /** λ, per minute */
  readonly arrivalRate: number;
  /** μ, per minute per server */
  readonly serviceRate: number;
  /** a = λ/μ, in Erlangs: the mean number of busy servers */
  readonly offeredLoad: number;
  /** ρ = λ/(cμ), in [0, 1): the fraction of time a given server is busy */
  readonly utilization: number;
  /** C(c, a): the probability that an arrival waits at all (Erlang C) */
  readonly probabilityOfWaiting: number;
  /** Wq = C/(cμ − λ), minutes in line before service starts */
  readonly meanWaitInQueue: number;
  /** W = Wq + 1/μ, minutes from arrival to departure */
  readonly meanTimeInSystem: number;
  /** Lq = λ·Wq, customers waiting */
  readonly meanQueueLength: number;
  /** L = λ·W = Lq + a, customers waiting or being served */
  readonly meanNumberInSystem: number;
}

export type MmcResult = MmcStable | Overloaded;

/**
 * The steady state of an M/M/c queue (assumptions and formulas in the file comment).
 * Returns `{ stable: false, reason: 'overloaded', utilization }` when ρ = λ/(cμ) ≥ 1.
 * Throws RangeError for malformed input (negative or non-finite rates, fractional c).
 */
export function mmc(input: MmcInput): MmcResult {
  const { arrivalRate, serviceRate, servers } = input;
  requireNonNegative('arrivalRate', arrivalRate);
  requirePositive('serviceRate', serviceRate);
  requirePositiveInteger('servers', servers);
  const offeredLoad = arrivalRate / serviceRate;
  const utilization = arrivalRate / (servers * serviceRate);
  if (isSaturated(utilization)) return overloaded(utilization);
  const probabilityOfWaiting = erlangC(servers, offeredLoad);
  const meanWaitInQueue = probabilityOfWaiting / (servers * serviceRate - arrivalRate);
  const meanTimeInSystem = meanWaitInQueue + 1 / serviceRate;
  return {
    stable: true,
    servers,
    arrivalRate,
    serviceRate,
    offeredLoad,
    utilization,
    probabilityOfWaiting,
    meanWaitInQueue,
    meanTimeInSystem,
    meanQueueLength: arrivalRate * meanWaitInQueue,
    meanNumberInSystem: arrivalRate * meanTimeInSystem,
  };
}

/**
 * The M/M/1 queue: `mmc` with one server. For ρ = λ/μ < 1 this gives the textbook
 * Wq = ρ/(μ − λ), W = 1/(μ − λ), L = ρ/(1 − ρ) (Erlang C with c = 1 is ρ).
 */
export function mm1(input: Omit<MmcInput, 'servers'>): MmcResult {
  return mmc({ arrivalRate: input.arrivalRate, serviceRate: input.serviceRate, servers: 1 });
}

/**
 * P(Wq > t): the probability that an arrival waits more than `minutes` minutes before
 * service starts in a stable M/M/c queue.
 *
 * Formula: P(Wq > t) = C·e^{−(cμ − λ)t} for t ≥ 0 (given that all servers are busy, the
 * wait is exponential with rate cμ − λ); 1 for t < 0.
 */
export function probabilityWaitExceeds(queue: MmcStable, minutes: number): number {
  if (Number.isNaN(minutes)) throw new RangeError('minutes must be a number, got NaN');
  if (minutes < 0) return 1;
  const decay = queue.servers * queue.serviceRate - queue.arrivalRate;
  return queue.probabilityOfWaiting * Math.exp(-decay * minutes);
}

/**
 * The wait (minutes before service starts) that a fraction `probability` of arrivals do
 * not exceed in a stable M/M/c queue: the smallest t ≥ 0 with P(Wq ≤ t) ≥ p.
 *
 * Formula: inverting P(Wq > t) = C·e^{−(cμ−λ)t}: t = ln(C / (1 − p)) / (cμ − λ) when
 * p > 1 − C, else 0 (a fraction 1 − C of arrivals find a free server and wait 0).
 * `probability` must be in [0, 1); the 100th percentile is unbounded and throws.
 */
export function waitQuantile(queue: MmcStable, probability: number): number {
  requireProbability('probability', probability);
  if (probability === 1) {
    throw new RangeError('probability must be below 1: the longest wait is unbounded');
  }
  const c = queue.probabilityOfWaiting;
  if (probability <= 1 - c) return 0;
  const decay = queue.servers * queue.serviceRate - queue.arrivalRate;
  return Math.log(c / (1 - probability)) / decay;
}
