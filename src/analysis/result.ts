/**
 * The shape shared by every closed-form answer: `{ stable: true, … }` with finite numbers,
 * or `{ stable: false, reason, … }` when the model has no steady state. No function here
 * returns Infinity or NaN in place of "the queue grows without bound".
 */

/** The answer for a system whose work arrives at least as fast as it can be done (ρ ≥ 1). */
export interface Overloaded {
  readonly stable: false;
  readonly reason: 'overloaded';
  /**
   * ρ: offered work per unit of capacity (dimensionless, ≥ 1 here). For a network or a
   * line of stations, the highest station's.
   */
  readonly utilization: number;
}

/**
 * How close to 1 a utilisation may come and still count as stable. A utilisation within a
 * relative 1e-12 of 1 is almost always a rounding of exactly 1 (e.g. 0.3 / (3 × 0.1)), and
 * treating it as stable would report waits of 10^12 minutes instead of "overloaded".
 */
export const SATURATION_TOLERANCE = 1e-12;

/** True when a utilisation ρ leaves no steady state: ρ ≥ 1 − SATURATION_TOLERANCE. */
export function isSaturated(utilization: number): boolean {
  return !(utilization < 1 - SATURATION_TOLERANCE);
}

/** The overloaded answer for utilisation ρ. */
export function overloaded(utilization: number): Overloaded {
  return { stable: false, reason: 'overloaded', utilization };
}
