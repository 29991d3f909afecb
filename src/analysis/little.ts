/**
 * Little's law, L = λ·W (Little 1961): in any system in steady state (or over a long run
 * that starts and ends empty), the mean number present L equals the arrival (= departure)
 * rate λ times the mean time each spends inside W. No distributional assumptions. Units:
 * λ per minute, W in minutes, L in customers. Used by tests to check simulator output and
 * closed-form results against each other.
 */
import { requireNonNegative, requirePositive } from './validate.ts';

/** L = λ·W: customers present, from arrivals per minute and mean minutes inside. */
export function littleNumber(arrivalRate: number, meanTime: number): number {
  requireNonNegative('arrivalRate', arrivalRate);
  requireNonNegative('meanTime', meanTime);
  return arrivalRate * meanTime;
}

/** W = L / λ: mean minutes inside, from customers present and arrivals per minute (> 0). */
export function littleTime(meanNumber: number, arrivalRate: number): number {
  requireNonNegative('meanNumber', meanNumber);
  requirePositive('arrivalRate', arrivalRate);
  return meanNumber / arrivalRate;
}

/** λ = L / W: arrivals per minute, from customers present and mean minutes inside (> 0). */
export function littleArrivalRate(meanNumber: number, meanTime: number): number {
  requireNonNegative('meanNumber', meanNumber);
  requirePositive('meanTime', meanTime);
  return meanNumber / meanTime;
}

/** Three measured (or computed) quantities of one system, to be checked against L = λW. */
export interface LittleObservation {
  /** L: time-average number present, customers */
  readonly meanNumber: number;
  /** λ: arrivals (or departures) per minute */
  readonly arrivalRate: number;
  /** W: mean minutes each spends inside */
  readonly meanTime: number;
}

/**
 * |L − λW| / max(L, λW): how far an observation is from Little's law, relative to the larger
 * side (dimensionless; 0 when both sides are 0).
 */
export function littleRelativeGap(observation: LittleObservation): number {
  const { meanNumber, arrivalRate, meanTime } = observation;
  requireNonNegative('meanNumber', meanNumber);
  requireNonNegative('arrivalRate', arrivalRate);
  requireNonNegative('meanTime', meanTime);
  const product = arrivalRate * meanTime;
  const scale = Math.max(meanNumber, product);
  return scale === 0 ? 0 : Math.abs(meanNumber - product) / scale;
}

/** Whether an observation satisfies L = λW within `relativeTolerance` (see littleRelativeGap). */
export function satisfiesLittle(
  observation: LittleObservation,
  relativeTolerance: number,
): boolean {
  requireNonNegative('relativeTolerance', relativeTolerance);
  return littleRelativeGap(observation) <= relativeTolerance;
}
