/**
 * The empirical candidate: a histogram density of the bounded sample, equal-width bins
 * chosen by the Freedman–Diaconis rule. It competes in AICc with one parameter per bin
 * (less one) and two for its edges (the sample's least and greatest values, fitted like
 * any parameter: without them a one-bin histogram would be a uniform density that fits a
 * handful of values for free), its log-likelihood scaled from the sample to all n observations, so it wins
 * only when the data have a shape (two humps, a spike) the parametric families cannot
 * follow. The blueprint form draws the sample's own values when there are few distinct
 * ones, else each bin's midpoint, weighted by their counts.
 */
import type { Distribution } from '../../model/index.ts';
import type { DurationSummary } from './durationSummary.ts';
import { type Estimate, roundSignificant, zFor } from './estimate.ts';
import type { FittedModel } from './parametric.ts';
import { sampleQuantile } from './goodnessOfFit.ts';

/** At most this many bins: enough for two humps, few enough for the blueprint file. */
export const MAX_EMPIRICAL_BINS = 50;

/**
 * The histogram is a candidate only from this many sampled durations. Below it, its
 * likelihood at the very values that placed its bins and edges flatters it more than
 * AICc's count of parameters charges: on lognormal and gamma durations it won 13–21 % of
 * the time with 10–50 values and 6–12 % with 100 (400 seeds each), and a few bins that end
 * at the largest value seen cut the tail a queue's waits depend on. From 200 it won 3–5 %
 * (1.5 % at 400), where its many bins follow the data closely anyway
 * (docs/calibration-methods.md, 2.2).
 */
export const MIN_EMPIRICAL_SAMPLE = 200;

export interface EmpiricalFit {
  readonly family: 'empirical';
  readonly parameterCount: number;
  readonly logLikelihood: number;
  readonly mean: Estimate;
  readonly sd: Estimate;
  readonly cv: Estimate;
  /** Bin edges (minutes) and each bin's count in the sample. */
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  readonly distribution: Distribution;
  readonly model: FittedModel;
}

export function fitEmpirical(
  summary: DurationSummary,
  sorted: Float64Array,
  confidence = 0.95,
): EmpiricalFit {
  const m = sorted.length;
  if (m < 2 || summary.count < 2) throw new RangeError('an empirical fit needs at least 2 values');
  const low = sorted[0]!;
  const high = sorted[m - 1]!;
  const iqr = sampleQuantile(sorted, 0.75) - sampleQuantile(sorted, 0.25);
  const spread = high - low;
  const freedmanDiaconis = iqr > 0 ? (2 * iqr) / Math.cbrt(m) : spread;
  const binCount =
    spread > 0
      ? Math.max(1, Math.min(MAX_EMPIRICAL_BINS, Math.ceil(spread / freedmanDiaconis)))
      : 1;
  // A sample of one repeated value is a single bin of width 0: a fixed duration.
  const width = spread > 0 ? spread / binCount : 0;
  const counts = new Array<number>(binCount).fill(0);
  for (let i = 0; i < m; i++) {
    const bin = width > 0 ? Math.min(binCount - 1, Math.floor((sorted[i]! - low) / width)) : 0;
    counts[bin]!++;
  }
  const edges = counts.map((_, i) => low + i * width).concat(high);

  let sampleLogLikelihood = 0;
  for (const c of counts)
    if (c > 0 && width > 0) sampleLogLikelihood += c * Math.log(c / (m * width));
  const logLikelihood = width > 0 ? (summary.count / m) * sampleLogLikelihood : Infinity;

  const { values, weights } = drawnValues(sorted, counts, low, width);

  return {
    family: 'empirical',
    parameterCount: binCount + 1,
    logLikelihood,
    ...momentIntervals(summary, confidence),
    edges,
    counts,
    distribution:
      values.length === 1 ? { type: 'empirical', values } : { type: 'empirical', values, weights },
    model: histogramModel(edges, counts, m),
  };
}

/**
 * What the blueprint's empirical distribution draws: the sample's own values with their
 * counts when it has no more distinct values than bins (durations recorded in whole
 * minutes or seconds keep their exact values), else each non-empty bin's midpoint.
 */
function drawnValues(
  sorted: Float64Array,
  counts: readonly number[],
  low: number,
  width: number,
): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (i > 0 && x === sorted[i - 1]) weights[weights.length - 1]!++;
    else if (values.length === MAX_EMPIRICAL_BINS) break;
    else {
      values.push(x);
      weights.push(1);
    }
  }
  if (weights.reduce((s, w) => s + w, 0) === sorted.length) {
    return { values: values.map((v) => roundSignificant(v)), weights };
  }
  values.length = 0;
  weights.length = 0;
  counts.forEach((c, i) => {
    if (c === 0) return;
    values.push(roundSignificant(low + (i + 0.5) * width));
    weights.push(c);
  });
  return { values, weights };
}

/**
 * Large-sample intervals from the moments alone, for a fit with no parametric form:
 * Var x̄ = μ₂/n, Var s ≈ (μ₄ − μ₂²) / (4 n μ₂), Cov(x̄, s) ≈ μ₃ / (2 n √μ₂), and
 * cv = s/x̄ by the delta method on ln cv = ln s − ln x̄.
 */
function momentIntervals(summary: DurationSummary, confidence: number) {
  const n = summary.count;
  const z = zFor(confidence);
  const mean = summary.mean;
  const mu2 = summary.centralMoment(2);
  const mu3 = summary.centralMoment(3);
  const mu4 = summary.centralMoment(4);
  const sd = Math.sqrt(mu2);
  const meanSe = sd / Math.sqrt(n);
  const sdSe = mu2 > 0 ? Math.sqrt(Math.max(0, mu4 - mu2 * mu2) / (4 * n * mu2)) : 0;
  const covariance = mu2 > 0 ? mu3 / (2 * n * sd) : 0;
  const cv = sd / mean;
  const cvLogVariance =
    sd > 0 ? (sdSe / sd) ** 2 + (meanSe / mean) ** 2 - (2 * covariance) / (sd * mean) : 0;
  const cvLogSe = Math.sqrt(Math.max(0, cvLogVariance));
  return {
    mean: { value: mean, lower: Math.max(0, mean - z * meanSe), upper: mean + z * meanSe },
    sd: { value: sd, lower: Math.max(0, sd - z * sdSe), upper: sd + z * sdSe },
    cv: { value: cv, lower: cv * Math.exp(-z * cvLogSe), upper: cv * Math.exp(z * cvLogSe) },
  };
}

/** The histogram density's distribution function (linear within a bin), quantile and density. */
function histogramModel(
  edges: readonly number[],
  counts: readonly number[],
  m: number,
): FittedModel {
  const cumulative = [0];
  for (const c of counts) cumulative.push(cumulative[cumulative.length - 1]! + c / m);
  const last = counts.length;
  const low = edges[0]!;
  const high = edges[last]!;
  const width = (high - low) / last;
  return {
    cdf(x) {
      if (x < low) return 0;
      if (x >= high || width === 0) return 1;
      const bin = Math.min(last - 1, Math.floor((x - low) / width));
      return cumulative[bin]! + ((x - edges[bin]!) / width) * (counts[bin]! / m);
    },
    quantile(p) {
      let bin = 0;
      while (bin < last - 1 && cumulative[bin + 1]! < p) bin++;
      const share = counts[bin]! / m;
      return share > 0 ? edges[bin]! + ((p - cumulative[bin]!) / share) * width : edges[bin]!;
    },
    density(x) {
      if (x < low || x > high || width === 0) return 0;
      const bin = Math.min(last - 1, Math.floor((x - low) / width));
      return counts[bin]! / (m * width);
    },
  };
}
