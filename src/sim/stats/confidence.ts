/**
 * Summaries across replications: the mean and a 95 % confidence interval from Student's
 * t distribution (replications are independent, identically distributed runs).
 *
 * Every figure in the results has a range it cannot leave (a wait or a count is never
 * negative, a share never above 1), and the t interval, symmetric about the mean, can
 * cross it when the values are skewed (rare balks: 0, 0, 0, 5). The interval is cut to
 * the range: if the true mean lies in the t interval, it lies in the cut interval too
 * (it is inside the range), so the 95 % coverage is kept and the interval only loses
 * values the quantity cannot take.
 */

/** t quantiles at 0.975 for 1 to 30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The 0.975 quantile of Student's t; beyond 30 degrees by the Cornish–Fisher expansion. */
export function tQuantile975(degrees: number): number {
  if (degrees < 1) return NaN;
  if (degrees <= 30) return T975[degrees - 1]!;
  const z = 1.959964;
  return (
    z +
    (z * z * z + z) / (4 * degrees) +
    (5 * z * z * z * z * z + 16 * z * z * z + 3 * z) / (96 * degrees * degrees)
  );
}

export interface Estimate {
  mean: number;
  /** [low, high]; null with a single replication or where the values are undefined. */
  ci95: [number, number] | null;
}

/** The values a quantity can take: [lowest, highest]. */
export type Range = readonly [number, number];
/** Counts, durations, utilisation (which can pass 1 when a schedule takes busy units away), cost. */
export const NON_NEGATIVE: Range = [0, Infinity];
/** A share of customers, 0 to 1. */
export const SHARE: Range = [0, 1];

/**
 * Mean and 95 % interval of per-replication values, the interval cut to `range` (see the
 * file comment); NaN values (no observation) are skipped.
 */
export function estimate(values: readonly number[], range: Range = NON_NEGATIVE): Estimate {
  const finite = values.filter((value) => Number.isFinite(value));
  const n = finite.length;
  if (n === 0) return { mean: NaN, ci95: null };
  const mean = finite.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { mean, ci95: null };
  const variance =
    finite.reduce((sum, value) => sum + (value - mean) * (value - mean), 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: [Math.max(range[0], mean - half), Math.min(range[1], mean + half)] };
}
