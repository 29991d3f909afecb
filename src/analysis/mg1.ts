/**
 * The M/G/1 queue by the Pollaczek–Khinchine mean-value formula: Poisson arrivals at rate
 * λ (per minute), one server, independent service times S with any distribution of finite
 * variance (minutes), first come first served, unlimited room, no abandonment.
 *
 * Source formula (Pollaczek 1930, Khinchine 1932; e.g. Kleinrock, "Queueing Systems" vol. 1):
 *   ρ = λ·E[S],   Wq = λ·E[S²] / (2(1 − ρ)),   W = Wq + E[S],   Lq = λ·Wq,   L = λ·W
 * Equivalently Wq = ((1 + cs²)/2)·(ρ/(1 − ρ))·E[S] with cs² = Var[S]/E[S]². With
 * exponential service (cs² = 1) it is M/M/1; with fixed service (cs² = 0) it is M/D/1.
 * Only ρ < 1 has a steady state; otherwise the answer is `{ stable: false }`.
 */
import { type ServiceMoments, secondMoment } from './moments.ts';
import { type Overloaded, isSaturated, overloaded } from './result.ts';
import { requireNonNegative } from './validate.ts';

/** Parameters of an M/G/1 queue. */
export interface Mg1Input {
  /** λ: arrivals per minute (≥ 0). */
  readonly arrivalRate: number;
  /** Mean (minutes) and variance (minutes²) of one service; see distributionMoments. */
  readonly service: ServiceMoments;
}

/** The steady state of a stable M/G/1 queue. Times in minutes, lengths in customers. */
export interface Mg1Stable {
  readonly stable: true;
  /** λ, per minute */
  readonly arrivalRate: number;
  /** E[S], minutes */
  readonly meanService: number;
  /** E[S²] = Var[S] + E[S]², minutes² */
  readonly serviceSecondMoment: number;
  /** ρ = λ·E[S], in [0, 1): the fraction of time the server is busy */
  readonly utilization: number;
  /** P(an arrival waits) = ρ (Poisson arrivals see time averages) */
  readonly probabilityOfWaiting: number;
  /** Wq = λE[S²] / (2(1 − ρ)), minutes */
  readonly meanWaitInQueue: number;
  /** W = Wq + E[S], minutes */
  readonly meanTimeInSystem: number;
  /** Lq = λ·Wq, customers */
  readonly meanQueueLength: number;
  /** L = λ·W = Lq + ρ, customers */
  readonly meanNumberInSystem: number;
}

export type Mg1Result = Mg1Stable | Overloaded;

/**
 * The Pollaczek–Khinchine steady state of an M/G/1 queue (assumptions and formula in the
 * file comment). `{ stable: false, reason: 'overloaded' }` when ρ = λE[S] ≥ 1; RangeError
 * for negative or non-finite input.
 */
export function mg1(input: Mg1Input): Mg1Result {
  const { arrivalRate, service } = input;
  requireNonNegative('arrivalRate', arrivalRate);
  requireNonNegative('service.mean', service.mean);
  requireNonNegative('service.variance', service.variance);
  const utilization = arrivalRate * service.mean;
  if (isSaturated(utilization)) return overloaded(utilization);
  const serviceSecondMoment = secondMoment(service);
  const meanWaitInQueue = (arrivalRate * serviceSecondMoment) / (2 * (1 - utilization));
  const meanTimeInSystem = meanWaitInQueue + service.mean;
  return {
    stable: true,
    arrivalRate,
    meanService: service.mean,
    serviceSecondMoment,
    utilization,
    probabilityOfWaiting: utilization,
    meanWaitInQueue,
    meanTimeInSystem,
    meanQueueLength: arrivalRate * meanWaitInQueue,
    meanNumberInSystem: arrivalRate * meanTimeInSystem,
  };
}

/**
 * M/D/1: M/G/1 with every service taking exactly `serviceMinutes` (variance 0), so
 * Wq = ρ·serviceMinutes / (2(1 − ρ)) with ρ = λ·serviceMinutes: half the M/M/1 wait.
 */
export function md1(input: {
  readonly arrivalRate: number;
  readonly serviceMinutes: number;
}): Mg1Result {
  return mg1({
    arrivalRate: input.arrivalRate,
    service: { mean: input.serviceMinutes, variance: 0 },
  });
}
