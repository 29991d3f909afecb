/**
 * Maximum-likelihood fits of the exponential, lognormal and gamma distributions from a
 * DurationSummary alone (their sufficient statistics), with confidence intervals for the
 * blueprint's own parameters (mean, sd, cv) and the blueprint distribution itself.
 * Formulas, and where each interval comes from: docs/calibration-methods.md, section 2.
 */
import type { Distribution } from '../../model/index.ts';
import { standardNormalCdf, standardNormalDensity } from '../normal.ts';
import type { DurationSummary } from './durationSummary.ts';
import { type Estimate, roundSignificant, zFor } from './estimate.ts';
import {
  digamma,
  gammaDensity,
  gammaQuantile,
  lnGamma,
  normalQuantile,
  regularizedGamma,
  trigamma,
} from './specialFunctions.ts';

export type ParametricFamily = 'exponential' | 'lognormal' | 'gamma';

/** The family's own parameters: θ the exponential mean; μ, σ of ln x; gamma shape and scale. */
export type NativeParameters =
  | { readonly family: 'exponential'; readonly mean: number }
  | { readonly family: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly family: 'gamma'; readonly shape: number; readonly scale: number };

export interface ParametricFit {
  readonly family: ParametricFamily;
  readonly native: NativeParameters;
  /** Free parameters, the k of AIC = 2k − 2 ln L. */
  readonly parameterCount: number;
  /** ln L at the estimate, over all n observations. */
  readonly logLikelihood: number;
  /** Of the fitted duration, in minutes, with their intervals. */
  readonly mean: Estimate;
  readonly sd: Estimate;
  readonly cv: Estimate;
  /** The fit as the blueprint writes it (parameters rounded to 4 significant digits). */
  readonly distribution: Distribution;
}

/** Distribution function, quantile function and density of a fitted model. */
export interface FittedModel {
  cdf(x: number): number;
  quantile(p: number): number;
  density(x: number): number;
}

/**
 * Exponential: θ̂ = x̄. The interval is exact: Σx/θ is gamma(n, 1), so
 * θ ∈ [Σx / G⁻¹(1 − α/2; n), Σx / G⁻¹(α/2; n)].
 */
export function fitExponential(summary: DurationSummary, confidence = 0.95): ParametricFit {
  const n = needObservations(summary, 1);
  const mean = summary.mean;
  const total = n * mean;
  const alpha = 1 - confidence;
  const interval = {
    value: mean,
    lower: total / gammaQuantile(n, 1 - alpha / 2),
    upper: total / gammaQuantile(n, alpha / 2),
  };
  return {
    family: 'exponential',
    native: { family: 'exponential', mean },
    parameterCount: 1,
    logLikelihood: -n * Math.log(mean) - n,
    mean: interval,
    sd: interval,
    cv: { value: 1, lower: 1, upper: 1 },
    distribution: { type: 'exponential', mean: roundSignificant(mean) },
  };
}

/**
 * Lognormal: μ̂ and σ̂² the mean and (1/n) variance of ln x. σ² has the exact interval
 * from nσ̂²/σ² ~ χ²(n − 1); mean = e^{μ+σ²/2} and sd = mean·√(e^{σ²} − 1) by the delta
 * method on their logarithms (Var μ̂ = σ²/n, Var σ̂² = 2σ⁴/n, independent). Undefined
 * (no spread to fit) when every value is the same.
 */
export function fitLognormal(
  summary: DurationSummary,
  confidence = 0.95,
): ParametricFit | undefined {
  const n = needObservations(summary, 2);
  if (!(summary.max > summary.min)) return undefined;
  const mu = summary.logMean;
  const variance = summary.logVariance;
  const sigma = Math.sqrt(variance);
  const alpha = 1 - confidence;
  const z = zFor(confidence);

  // χ²(ν) quantile = 2 · gamma(ν/2, 1) quantile.
  const varianceLower = (n * variance) / (2 * gammaQuantile((n - 1) / 2, 1 - alpha / 2));
  const varianceUpper = (n * variance) / (2 * gammaQuantile((n - 1) / 2, alpha / 2));
  const cvOf = (s2: number) => Math.sqrt(Math.expm1(s2));

  const mean = Math.exp(mu + variance / 2);
  const meanSe = Math.sqrt(variance / n + (variance * variance) / (2 * n));
  const cv = cvOf(variance);
  const sd = mean * cv;
  // d ln sd / dσ² = 1/2 + e^{σ²} / (2 (e^{σ²} − 1)).
  const slope = 0.5 + Math.exp(variance) / (2 * Math.expm1(variance));
  const sdSe = Math.sqrt(variance / n + slope * slope * ((2 * variance * variance) / n));

  const logLikelihood = -n * mu - (n / 2) * Math.log(2 * Math.PI * variance) - n / 2;
  return {
    family: 'lognormal',
    native: { family: 'lognormal', mu, sigma },
    parameterCount: 2,
    logLikelihood,
    mean: logScaleInterval(mean, meanSe, z),
    sd: logScaleInterval(sd, sdSe, z),
    cv: { value: cv, lower: cvOf(varianceLower), upper: cvOf(varianceUpper) },
    distribution: { type: 'lognormal', mean: roundSignificant(mean), sd: roundSignificant(sd) },
  };
}

/**
 * Gamma: the mean's estimate is x̄; the shape k solves ln k − ψ(k) = s with
 * s = ln x̄ − mean(ln x), from Minka's closed-form start refined by his generalised Newton
 * step on 1/k. In the (mean, shape) parameters the Fisher information is diagonal:
 * Var m̂ = m²/(nk), Var k̂ = 1 / (n (ψ′(k) − 1/k)); intervals on the log scale.
 */
export function fitGamma(summary: DurationSummary, confidence = 0.95): ParametricFit | undefined {
  const n = needObservations(summary, 2);
  if (!(summary.max > summary.min)) return undefined;
  const mean = summary.mean;
  const s = Math.log(mean) - summary.logMean;
  if (!(s > 0)) return undefined; // rounding left no spread to fit
  const shape = gammaShape(s);
  const scale = mean / shape;
  const z = zFor(confidence);

  const shapeSe = 1 / Math.sqrt(n * (trigamma(shape) - 1 / shape));
  const shapeLogSe = shapeSe / shape;
  const meanLogSe = 1 / Math.sqrt(n * shape);
  const cv = 1 / Math.sqrt(shape);
  const logLikelihood =
    (shape - 1) * n * summary.logMean -
    n * shape -
    n * shape * Math.log(scale) -
    n * lnGamma(shape);
  return {
    family: 'gamma',
    native: { family: 'gamma', shape, scale },
    parameterCount: 2,
    logLikelihood,
    mean: logScaleInterval(mean, meanLogSe, z),
    sd: logScaleInterval(mean * cv, Math.sqrt(meanLogSe ** 2 + shapeLogSe ** 2 / 4), z),
    // cv = k^(−1/2): ln cv = −ln k / 2.
    cv: logScaleInterval(cv, shapeLogSe / 2, z),
    distribution: { type: 'gamma', mean: roundSignificant(mean), cv: roundSignificant(cv) },
  };
}

/** The gamma shape k with ln k − ψ(k) = s > 0 (Minka 2002, "Estimating a Gamma distribution"). */
export function gammaShape(s: number): number {
  let shape = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  for (let i = 0; i < 100; i++) {
    const gap = Math.log(shape) - digamma(shape) - s;
    const slope = 1 / shape - trigamma(shape);
    const next = 1 / (1 / shape + gap / (shape * shape * slope));
    if (!(next > 0 && next < Infinity)) break;
    const done = Math.abs(next - shape) <= 1e-13 * shape;
    shape = next;
    if (done) break;
  }
  return shape;
}

/** The distribution function, quantiles and density of a parametric fit. */
export function modelOf(native: NativeParameters): FittedModel {
  switch (native.family) {
    case 'exponential': {
      const { mean } = native;
      return {
        cdf: (x) => (x > 0 ? -Math.expm1(-x / mean) : 0),
        quantile: (p) => -mean * Math.log1p(-p),
        density: (x) => (x >= 0 ? Math.exp(-x / mean) / mean : 0),
      };
    }
    case 'lognormal': {
      const { mu, sigma } = native;
      return {
        cdf: (x) => (x > 0 ? standardNormalCdf((Math.log(x) - mu) / sigma) : 0),
        quantile: (p) => Math.exp(mu + sigma * normalQuantile(p)),
        density: (x) =>
          x > 0 ? standardNormalDensity((Math.log(x) - mu) / sigma) / (x * sigma) : 0,
      };
    }
    case 'gamma': {
      const { shape, scale } = native;
      return {
        cdf: (x) => regularizedGamma(shape, x / scale).lower,
        quantile: (p) => scale * gammaQuantile(shape, p),
        density: (x) => (x > 0 ? gammaDensity(shape, x / scale) / scale : 0),
      };
    }
  }
}

function logScaleInterval(value: number, logSe: number, z: number): Estimate {
  return { value, lower: value * Math.exp(-z * logSe), upper: value * Math.exp(z * logSe) };
}

function needObservations(summary: DurationSummary, least: number): number {
  if (summary.count < least) {
    throw new RangeError(`a fit needs at least ${least} positive durations, got ${summary.count}`);
  }
  return summary.count;
}
