/**
 * Is a change between two runs real? The difference of a figure (variant − baseline) with
 * its 95 % interval, from the runs' per-replication values:
 *
 * - **paired** when both runs share the seed: replication r of each drew from the same
 *   random streams (common random numbers), so the noise they share cancels in the
 *   difference r by r, and a Student t interval of the n differences is far narrower than
 *   the two runs' own intervals;
 * - **Welch** otherwise: the runs are independent samples with their own variances.
 *
 * A change is "better" or "worse" only when the interval excludes 0; otherwise there is no
 * clear difference. (Two 95 % intervals that do not overlap is a much stricter and less
 * informative test, and it throws the common random numbers away.)
 */
import { tQuantile975 } from './confidence.ts';

export type Direction = 'higher' | 'lower' | 'neither';
export type Verdict = 'better' | 'worse' | 'changed' | 'no-clear-difference';
export type Method = 'paired' | 'welch';

export interface RunDifference {
  method: Method;
  /** Variant − baseline: the mean of the paired differences, or the difference of means. */
  difference: number;
  /** 95 % interval of the difference; null with too few replications. */
  ci95: [number, number] | null;
  /** The interval excludes 0. */
  significant: boolean;
  /** better / worse by `better`; `changed` for a figure that is neither; or no clear difference. */
  verdict: Verdict;
  /** Replications (pairs) used. */
  n: number;
}

function finite(list: readonly (number | null)[]): number[] {
  return list.filter((v): v is number => v !== null && Number.isFinite(v));
}

function meanAndVariance(list: readonly number[]): { mean: number; variance: number } {
  const mean = list.reduce((sum, v) => sum + v, 0) / list.length;
  const variance = list.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / (list.length - 1);
  return { mean, variance };
}

function verdictOf(difference: number, significant: boolean, better: Direction): Verdict {
  if (!significant) return 'no-clear-difference';
  if (better === 'neither') return 'changed';
  return difference > 0 === (better === 'higher') ? 'better' : 'worse';
}

function result(
  method: Method,
  difference: number,
  half: number,
  n: number,
  better: Direction,
): RunDifference {
  const ci95: [number, number] | null = Number.isFinite(half)
    ? [difference - half, difference + half]
    : null;
  // A difference with no spread at all (every pair moved by the same amount) is certain.
  const significant = ci95 !== null && difference !== 0 && (ci95[0] > 0 || ci95[1] < 0);
  return {
    method,
    difference,
    ci95,
    significant,
    verdict: verdictOf(difference, significant, better),
    n,
  };
}

/** Paired t interval of variant[r] − baseline[r] over the replications both have. */
export function pairedDifference(
  baseline: readonly (number | null)[],
  variant: readonly (number | null)[],
  better: Direction,
): RunDifference {
  const differences: number[] = [];
  const count = Math.min(baseline.length, variant.length);
  for (let r = 0; r < count; r++) {
    const a = baseline[r];
    const b = variant[r];
    if (a !== null && b !== null && a !== undefined && b !== undefined)
      if (Number.isFinite(a) && Number.isFinite(b)) differences.push(b - a);
  }
  const n = differences.length;
  if (n === 0) return result('paired', NaN, NaN, 0, better);
  const { mean, variance } = meanAndVariance(differences);
  const half = n > 1 ? tQuantile975(n - 1) * Math.sqrt(variance / n) : NaN;
  return result('paired', mean, half, n, better);
}

/** Welch's t interval of mean(variant) − mean(baseline) for independent samples. */
export function welchDifference(
  baseline: readonly (number | null)[],
  variant: readonly (number | null)[],
  better: Direction,
): RunDifference {
  const a = finite(baseline);
  const b = finite(variant);
  if (a.length === 0 || b.length === 0) return result('welch', NaN, NaN, 0, better);
  const n = Math.min(a.length, b.length);
  if (a.length < 2 || b.length < 2) {
    const difference = meanAndVariance(b).mean - meanAndVariance(a).mean;
    return result('welch', difference, NaN, n, better);
  }
  const x = meanAndVariance(a);
  const y = meanAndVariance(b);
  return welchFromSummaries(
    { mean: x.mean, variance: x.variance, n: a.length },
    { mean: y.mean, variance: y.variance, n: b.length },
    better,
  );
}

export interface SampleSummary {
  mean: number;
  /** Sample variance (n − 1 in the denominator). */
  variance: number;
  n: number;
}

/** Welch from means, variances and sizes (also what an interval and n give back). */
export function welchFromSummaries(
  baseline: SampleSummary,
  variant: SampleSummary,
  better: Direction,
): RunDifference {
  const difference = variant.mean - baseline.mean;
  const n = Math.min(baseline.n, variant.n);
  const va = baseline.variance / baseline.n;
  const vb = variant.variance / variant.n;
  const se = Math.sqrt(va + vb);
  if (baseline.n < 2 || variant.n < 2) return result('welch', difference, NaN, n, better);
  if (se === 0) return result('welch', difference, 0, n, better);
  // Welch–Satterthwaite degrees of freedom, rounded down: the interval errs on the wide side.
  const degrees = (va + vb) ** 2 / (va ** 2 / (baseline.n - 1) + vb ** 2 / (variant.n - 1));
  const half = tQuantile975(Math.max(1, Math.floor(degrees))) * se;
  return result('welch', difference, half, n, better);
}

/** The sample an Estimate came from, back from its interval: half = t(n−1)·s/√n. */
export function summaryFromInterval(
  mean: number,
  ci95: readonly [number, number] | null,
  n: number,
): SampleSummary | null {
  if (ci95 === null || n < 2 || !Number.isFinite(mean)) return null;
  // The wider side: an interval cut at the quantity's range (a share at 1) is narrower.
  const half = Math.max(mean - ci95[0], ci95[1] - mean);
  const sd = (half / tQuantile975(n - 1)) * Math.sqrt(n);
  return { mean, variance: sd * sd, n };
}

/**
 * The difference between two runs' per-replication values: paired when `sameStreams`
 * (same seed, so replication r used the same random numbers in both), Welch otherwise.
 */
export function runDifference(
  baseline: readonly (number | null)[],
  variant: readonly (number | null)[],
  better: Direction,
  sameStreams: boolean,
): RunDifference {
  return sameStreams
    ? pairedDifference(baseline, variant, better)
    : welchDifference(baseline, variant, better);
}
