/**
 * Figures of a whole made of independent runs, each counted a number of times: a month of
 * day types (20 ordinary days, 2 pension days, …) from one run per day type. Each run gives
 * per-replication values; the runs are independent of one another (each day type draws
 * from its own seed), so their sampling variances add, weighted by the squares of the
 * day counts. The interval is Student's t with Welch–Satterthwaite degrees of freedom
 * (rounded down, which only widens it), as for any sum of independent sample means.
 *
 * A ratio (a mean wait weighted by customers: all waits over all customers) is taken as
 * the ratio of the two weighted sums, and its variance by the delta method: the
 * linearised value u − R·v of each replication carries the ratio's noise.
 */
import { type Estimate, NON_NEGATIVE, type Range, tQuantile975 } from '../sim/stats/confidence.ts';

/** Index r is replication r; null where the replication had no value. */
export type Values = readonly (number | null)[];

/** One run and how many times it counts in the whole. */
export interface WeightedPart {
  weight: number;
  values: Values;
}

/** One run's numerator and denominator, replication by replication, and its weight. */
export interface WeightedRatioPart {
  weight: number;
  numerator: Values;
  denominator: Values;
}

interface Moments {
  mean: number;
  /** Sample variance (n − 1 in the denominator). */
  variance: number;
  n: number;
}

function moments(values: readonly number[]): Moments {
  const n = values.length;
  const mean = n > 0 ? values.reduce((sum, value) => sum + value, 0) / n : NaN;
  const variance =
    n > 1 ? values.reduce((sum, value) => sum + (value - mean) * (value - mean), 0) / (n - 1) : NaN;
  return { mean, variance, n };
}

function finite(values: Values): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

/**
 * The interval of a total whose variance is the sum of `components` (each a weighted
 * variance of a mean, with n − 1 degrees of freedom).
 */
function interval(
  mean: number,
  components: readonly { variance: number; degrees: number }[],
  range: Range,
): Estimate {
  if (!Number.isFinite(mean)) return { mean: NaN, ci95: null };
  if (components.some((c) => !(c.degrees >= 1) || !Number.isFinite(c.variance)))
    return { mean, ci95: null };
  const variance = components.reduce((sum, c) => sum + c.variance, 0);
  if (variance === 0) return { mean, ci95: [mean, mean] };
  const spread = components.reduce((sum, c) => sum + (c.variance * c.variance) / c.degrees, 0);
  const degrees = Math.max(1, Math.floor((variance * variance) / spread));
  const half = tQuantile975(degrees) * Math.sqrt(variance);
  return { mean, ci95: [Math.max(range[0], mean - half), Math.min(range[1], mean + half)] };
}

/** Σ weight × mean of each part, with its 95 % interval. */
export function weightedSum(parts: readonly WeightedPart[], range: Range = NON_NEGATIVE): Estimate {
  if (parts.length === 0) return { mean: NaN, ci95: null };
  const stats = parts.map((part) => ({ weight: part.weight, ...moments(finite(part.values)) }));
  const mean = stats.reduce((sum, s) => sum + s.weight * s.mean, 0);
  return interval(
    mean,
    stats.map((s) => ({ variance: (s.weight * s.weight * s.variance) / s.n, degrees: s.n - 1 })),
    range,
  );
}

/** The sign-free line: a difference can go either way. */
const ANY: Range = [-Infinity, Infinity];

/** Each part's replications with both values, and the ratio of the weighted means. */
function ratioParts(parts: readonly WeightedRatioPart[]) {
  const pairs = parts.map((part) => {
    const u: number[] = [];
    const v: number[] = [];
    const count = Math.min(part.numerator.length, part.denominator.length);
    for (let r = 0; r < count; r++) {
      const a = part.numerator[r];
      const b = part.denominator[r];
      if (typeof a !== 'number' || typeof b !== 'number') continue;
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      u.push(a);
      v.push(b);
    }
    return { weight: part.weight, u, v };
  });
  let top = 0;
  let bottom = 0;
  for (const { weight, u, v } of pairs) {
    top += weight * moments(u).mean;
    bottom += weight * moments(v).mean;
  }
  return { pairs, top, bottom, ratio: top / bottom };
}

/** The delta method's variance components of a ratio: the linearised u − R·v of each part over the bottom. */
function ratioComponents({ pairs, bottom, ratio }: ReturnType<typeof ratioParts>) {
  return pairs.map(({ weight, u, v }) => {
    const linear = moments(u.map((value, r) => value - ratio * v[r]!));
    return {
      variance: (weight * weight * linear.variance) / (linear.n * bottom * bottom),
      degrees: linear.n - 1,
    };
  });
}

/**
 * Σ weight × mean numerator over Σ weight × mean denominator, with its 95 % interval by
 * the delta method. Replications where either value is missing are left out of their part.
 */
export function weightedRatio(
  parts: readonly WeightedRatioPart[],
  range: Range = NON_NEGATIVE,
): Estimate {
  const made = ratioParts(parts);
  if (!(made.bottom > 0) || !Number.isFinite(made.top)) return { mean: NaN, ci95: null };
  return interval(made.ratio, ratioComponents(made), range);
}

/**
 * `after` − `before` of two weighted sums made of independent runs (two months): the
 * variances of all their parts add, with Welch–Satterthwaite degrees of freedom.
 */
export function weightedSumDifference(
  before: readonly WeightedPart[],
  after: readonly WeightedPart[],
): Estimate {
  return weightedSum([...after, ...before.map((part) => ({ ...part, weight: -part.weight }))], ANY);
}

/** `after` − `before` of two weighted ratios of independent runs: their delta-method variances add. */
export function weightedRatioDifference(
  before: readonly WeightedRatioPart[],
  after: readonly WeightedRatioPart[],
): Estimate {
  const a = ratioParts(before);
  const b = ratioParts(after);
  if (!(a.bottom > 0) || !(b.bottom > 0) || !Number.isFinite(a.top) || !Number.isFinite(b.top))
    return { mean: NaN, ci95: null };
  return interval(b.ratio - a.ratio, [...ratioComponents(a), ...ratioComponents(b)], ANY);
}

/**
 * Paired parts: part k of `after` and of `before` are the same run's day (a day type) run
 * with the same seed and replications, so replication r of each drew from the same random
 * streams. The difference is then taken replication by replication within each part, and
 * the noise the two share cancels; the parts stay independent of one another.
 */
function pairedParts<T>(before: readonly T[], after: readonly T[]): [T, T][] {
  if (before.length !== after.length)
    throw new RangeError(`paired parts differ in number: ${before.length} and ${after.length}`);
  return after.map((part, k) => [before[k]!, part]);
}

function value(values: Values, r: number): number | null {
  const v = values[r];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * `after` − `before` of two weighted sums of paired parts: per part, the replications'
 * after·weight − before·weight (replications missing on either side left out), whose
 * means add up to the difference and whose variances add over the parts.
 */
export function pairedWeightedSumDifference(
  before: readonly WeightedPart[],
  after: readonly WeightedPart[],
): Estimate {
  return weightedSum(
    pairedParts(before, after).map(([b, a]) => ({
      weight: 1,
      values: a.values.map((_, r) => {
        const x = value(a.values, r);
        const y = value(b.values, r);
        return x === null || y === null ? null : a.weight * x - b.weight * y;
      }),
    })),
    ANY,
  );
}

/**
 * `after` − `before` of two weighted ratios of paired parts, by the delta method: the
 * linearised values of the two ratios, u − R·v over the bottom, are subtracted
 * replication by replication within each part (replications with all four values).
 */
export function pairedWeightedRatioDifference(
  before: readonly WeightedRatioPart[],
  after: readonly WeightedRatioPart[],
): Estimate {
  const pairs = pairedParts(before, after);
  const a = ratioParts(before);
  const b = ratioParts(after);
  if (!(a.bottom > 0) || !(b.bottom > 0) || !Number.isFinite(a.top) || !Number.isFinite(b.top))
    return { mean: NaN, ci95: null };
  const linear = (part: WeightedRatioPart, r: number, made: typeof a): number | null => {
    const u = value(part.numerator, r);
    const v = value(part.denominator, r);
    return u === null || v === null ? null : (part.weight * (u - made.ratio * v)) / made.bottom;
  };
  const components = pairs.map(([beforePart, afterPart]) => {
    const differences: number[] = [];
    const count = Math.min(afterPart.numerator.length, beforePart.numerator.length);
    for (let r = 0; r < count; r++) {
      const x = linear(afterPart, r, b);
      const y = linear(beforePart, r, a);
      if (x !== null && y !== null) differences.push(x - y);
    }
    const spread = moments(differences);
    return { variance: spread.variance / spread.n, degrees: spread.n - 1 };
  });
  return interval(b.ratio - a.ratio, components, ANY);
}
