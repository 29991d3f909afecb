/**
 * Mean and variance of each duration distribution of the blueprint format (see
 * src/model/schema/distribution.ts), in minutes and minutes², as needed by the
 * Pollaczek–Khinchine formula (mg1.ts) and Cobham's formula (priority.ts). All exact.
 */
import type { Distribution } from '../model/index.ts';
import { standardNormalCdf, standardNormalDensity } from './normal.ts';
import { requireNonNegative } from './validate.ts';

/** The first two moments of a service time: mean in minutes, variance in minutes². */
export interface ServiceMoments {
  readonly mean: number;
  readonly variance: number;
}

/** E[S²] = Var[S] + E[S]², in minutes². */
export function secondMoment(moments: ServiceMoments): number {
  return moments.variance + moments.mean * moments.mean;
}

/**
 * Mean and variance from the mean (minutes) and second moment E[S²] (minutes²):
 * Var = E[S²] − E[S]², clamped at 0 against rounding. Throws if E[S²] < E[S]² noticeably.
 */
export function momentsFromSecondMoment(mean: number, second: number): ServiceMoments {
  requireNonNegative('mean', mean);
  requireNonNegative('secondMoment', second);
  const variance = second - mean * mean;
  if (variance < -1e-12 * second) {
    throw new RangeError(`secondMoment ${second} is below mean² ${mean * mean}`);
  }
  return { mean, variance: Math.max(0, variance) };
}

/**
 * Normal(μ, σ) truncated to [0, ∞) (the format redraws negative draws, which is
 * truncation). With α = −μ/σ, Z = 1 − Φ(α) = Φ(μ/σ) and h = φ(α)/Z (the inverse Mills
 * ratio), the standard truncated-normal moments (Johnson, Kotz & Balakrishnan,
 * "Continuous Univariate Distributions" vol. 1, on the truncated normal) are
 *   mean = μ + σ·h,   variance = σ²·(1 + α·h − h²).
 * Since the format has μ ≥ 0, Z ≥ 1/2 and nothing is ill-conditioned. σ = 0 is the fixed
 * value μ; μ = 0 is the half-normal (mean σ√(2/π), variance σ²(1 − 2/π)).
 */
export function truncatedNormalMoments(mean: number, sd: number): ServiceMoments {
  requireNonNegative('mean', mean);
  requireNonNegative('sd', sd);
  if (sd === 0) return { mean, variance: 0 };
  const alpha = -mean / sd;
  const h = standardNormalDensity(alpha) / standardNormalCdf(mean / sd);
  return {
    mean: mean + sd * h,
    variance: Math.max(0, sd * sd * (1 + alpha * h - h * h)),
  };
}

/**
 * Exact mean (minutes) and variance (minutes²) of a duration distribution:
 * - fixed v: v, 0
 * - uniform [a, b]: (a + b)/2, (b − a)²/12
 * - triangular (a, m, b): (a + m + b)/3, (a² + m² + b² − am − ab − mb)/18
 * - exponential with mean m: m, m²
 * - normal truncated at 0: see truncatedNormalMoments (mean slightly above the nominal one)
 * - lognormal: the format gives the mean and sd of the duration itself, so m, sd²
 * - gamma by mean m and cv: m, (cv·m)²
 * - empirical values xᵢ with weights wᵢ (equal if absent; relative): pᵢ = wᵢ/Σw,
 *   mean Σ pᵢxᵢ, variance Σ pᵢ(xᵢ − mean)² (the population variance of the discrete law;
 *   two-pass for accuracy).
 */
export function distributionMoments(distribution: Distribution): ServiceMoments {
  switch (distribution.type) {
    case 'fixed':
      return { mean: distribution.value, variance: 0 };
    case 'uniform': {
      const { min, max } = distribution;
      const width = max - min;
      return { mean: (min + max) / 2, variance: (width * width) / 12 };
    }
    case 'triangular': {
      const { min: a, mode: m, max: b } = distribution;
      return {
        mean: (a + m + b) / 3,
        variance: Math.max(0, (a * a + m * m + b * b - a * m - a * b - m * b) / 18),
      };
    }
    case 'exponential':
      return { mean: distribution.mean, variance: distribution.mean * distribution.mean };
    case 'normal':
      return truncatedNormalMoments(distribution.mean, distribution.sd);
    case 'lognormal':
      return { mean: distribution.mean, variance: distribution.sd * distribution.sd };
    case 'gamma': {
      const sd = distribution.cv * distribution.mean;
      return { mean: distribution.mean, variance: sd * sd };
    }
    case 'empirical':
      return empiricalMoments(distribution.values, distribution.weights);
  }
}

function empiricalMoments(
  values: readonly number[],
  weights: readonly number[] | undefined,
): ServiceMoments {
  if (values.length === 0) throw new RangeError('an empirical distribution needs values');
  if (weights !== undefined && weights.length !== values.length) {
    throw new RangeError('an empirical distribution needs one weight per value');
  }
  // Relative weights, scaled to the largest: weights near 1e308 would add up to Infinity.
  const largest = weights === undefined ? 1 : weights.reduce((most, w) => Math.max(most, w), 0);
  const weightOf = (i: number): number => (weights === undefined ? 1 : weights[i]! / largest);
  let total = 0;
  let weightedSum = 0;
  values.forEach((value, i) => {
    total += weightOf(i);
    weightedSum += weightOf(i) * value;
  });
  if (!(total > 0)) throw new RangeError('an empirical distribution needs a positive weight');
  const mean = weightedSum / total;
  let squares = 0;
  values.forEach((value, i) => {
    const deviation = value - mean;
    squares += weightOf(i) * deviation * deviation;
  });
  return { mean, variance: squares / total };
}
