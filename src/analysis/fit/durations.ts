/**
 * Service times (or any durations) from a stream: collect with DurationSample (O(1)
 * sufficient statistics plus a fixed-size random sample), then fitDurations tries the
 * exponential, lognormal, gamma and empirical candidates by maximum likelihood, ranks
 * them by AICc (AIC corrected for small samples) and gives each its Kolmogorov–Smirnov figure and Q–Q points, with one
 * density histogram to draw the fitted densities over.
 */
import type { Distribution } from '../../model/index.ts';
import { DurationSummary } from './durationSummary.ts';
import { type EmpiricalFit, MIN_EMPIRICAL_SAMPLE, fitEmpirical } from './empirical.ts';
import { type Estimate, checkConfidence } from './estimate.ts';
import {
  type DensityHistogram,
  type KolmogorovSmirnov,
  type QuantilePairs,
  densityHistogram,
  kolmogorovSmirnov,
  quantilePairs,
} from './goodnessOfFit.ts';
import {
  type FittedModel,
  type NativeParameters,
  type ParametricFit,
  fitExponential,
  fitGamma,
  fitLognormal,
  modelOf,
} from './parametric.ts';
import { DEFAULT_RESERVOIR_SIZE, Reservoir } from './reservoir.ts';

/** Durations in minutes as they stream past: memory is fixed by `sampleSize`, not by rows. */
export class DurationSample {
  readonly summary = new DurationSummary();
  readonly reservoir: Reservoir;

  constructor(options: { sampleSize?: number; seed?: number } = {}) {
    this.reservoir = new Reservoir(options.sampleSize ?? DEFAULT_RESERVOIR_SIZE, options.seed ?? 1);
  }

  /** Counts a duration; zero, negative and non-finite values are refused (counted, not kept). */
  add(minutes: number): boolean {
    if (!this.summary.add(minutes)) return false;
    this.reservoir.add(minutes);
    return true;
  }
}

export type DurationFamily = 'exponential' | 'lognormal' | 'gamma' | 'empirical';

export interface DurationCandidate {
  readonly family: DurationFamily;
  /** The family's own parameters; absent for the empirical histogram. */
  readonly native?: NativeParameters;
  readonly parameterCount: number;
  readonly logLikelihood: number;
  /** 2k − 2 ln L: lower is better. */
  readonly aic: number;
  /** This candidate's AIC minus the best's (the best by AICc; may be negative in small samples). */
  readonly deltaAic: number;
  /**
   * AIC + 2k(k+1)/(n−k−1), n the durations fitted: the ranking. It tends to AIC as n
   * grows; with a handful of values it keeps many-parameter candidates from winning.
   */
  readonly aicc: number;
  /** This candidate's AICc minus the best's (0 for the best; above ~10 it has no support). */
  readonly deltaAicc: number;
  readonly mean: Estimate;
  readonly sd: Estimate;
  readonly cv: Estimate;
  readonly ks: KolmogorovSmirnov;
  readonly qq: QuantilePairs;
  /** The fitted density at each `histogram` bin's midpoint, to draw over the bars. */
  readonly densityAtBins: readonly number[];
  readonly distribution: Distribution;
}

export type DurationFit =
  | {
      readonly ok: true;
      /** Durations fitted (all positive values seen). */
      readonly count: number;
      /** Values refused: zero, negative or not a number. */
      readonly refused: number;
      readonly min: number;
      readonly max: number;
      /** Values in the random sample behind the K–S figures, Q–Q points and histogram. */
      readonly sampleSize: number;
      /** Best first, by AICc. */
      readonly candidates: readonly DurationCandidate[];
      readonly best: DurationCandidate;
      readonly histogram: DensityHistogram;
    }
  | {
      readonly ok: false;
      /** too-few: fewer than 2 durations; no-spread: all the same (a fixed duration). */
      readonly reason: 'too-few' | 'no-spread';
      readonly count: number;
      readonly refused: number;
      /** The one value seen, for no-spread. */
      readonly value?: number;
    };

export interface DurationFitOptions {
  /** Of every interval; default 0.95. */
  confidence?: number;
  /** Families to try; default all four. */
  families?: readonly DurationFamily[];
  /** Q–Q points per candidate; default 100. */
  qqPoints?: number;
  /** Bars of the density histogram; default 30. */
  histogramBins?: number;
}

const ALL_FAMILIES: readonly DurationFamily[] = ['exponential', 'lognormal', 'gamma', 'empirical'];

export function fitDurations(
  sample: DurationSample,
  options: DurationFitOptions = {},
): DurationFit {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const { summary } = sample;
  const base = { count: summary.count, refused: summary.refused };
  if (summary.count < 2) return { ok: false, reason: 'too-few', ...base };
  if (!(summary.max > summary.min))
    return { ok: false, reason: 'no-spread', ...base, value: summary.min };

  const sorted = sample.reservoir.sorted();
  const histogram = densityHistogram(sorted, options.histogramBins ?? 30);
  const midpoints = histogram.density.map(
    (_, i) => (histogram.edges[i]! + histogram.edges[i + 1]!) / 2,
  );
  const families = options.families ?? ALL_FAMILIES;

  const fits: { fit: ParametricFit | EmpiricalFit; model: FittedModel }[] = [];
  for (const family of families) {
    const fit = fitFamily(family, summary, sorted, confidence);
    if (fit === undefined || !Number.isFinite(fit.logLikelihood)) continue;
    fits.push({ fit, model: fit.family === 'empirical' ? fit.model : modelOf(fit.native) });
  }
  if (fits.length === 0) return { ok: false, reason: 'no-spread', ...base, value: summary.mean };

  const n = summary.count;
  const ranked = fits
    .map(({ fit, model }) => {
      const k = fit.parameterCount;
      const aic = 2 * k - 2 * fit.logLikelihood;
      return { fit, model, aic, aicc: aic + (2 * k * (k + 1)) / (n - k - 1) };
    })
    // AICc needs n > k + 1: two durations leave the exponential alone (k = 1), its AIC as is.
    .filter(({ fit }) => n > fit.parameterCount + 1 || (n === 2 && fit.family === 'exponential'))
    .map((entry) => (Number.isFinite(entry.aicc) ? entry : { ...entry, aicc: entry.aic }));
  if (ranked.length === 0) return { ok: false, reason: 'no-spread', ...base, value: summary.mean };
  ranked.sort((a, b) => a.aicc - b.aicc);
  const bestAic = ranked[0]!.aic;
  const bestAicc = ranked[0]!.aicc;
  const qqPoints = options.qqPoints ?? 100;
  const candidates = ranked.map(({ fit, model, aic, aicc }): DurationCandidate => ({
    family: fit.family,
    ...(fit.family === 'empirical' ? {} : { native: fit.native }),
    parameterCount: fit.parameterCount,
    logLikelihood: fit.logLikelihood,
    aic,
    deltaAic: aic - bestAic,
    aicc,
    deltaAicc: aicc - bestAicc,
    mean: fit.mean,
    sd: fit.sd,
    cv: fit.cv,
    ks: kolmogorovSmirnov(sorted, model.cdf),
    qq: quantilePairs(sorted, model.quantile, qqPoints),
    densityAtBins: midpoints.map(model.density),
    distribution: fit.distribution,
  }));
  return {
    ok: true,
    ...base,
    min: summary.min,
    max: summary.max,
    sampleSize: sorted.length,
    candidates,
    best: candidates[0]!,
    histogram,
  };
}

function fitFamily(
  family: DurationFamily,
  summary: DurationSummary,
  sorted: Float64Array,
  confidence: number,
): ParametricFit | EmpiricalFit | undefined {
  switch (family) {
    case 'exponential':
      return fitExponential(summary, confidence);
    case 'lognormal':
      return fitLognormal(summary, confidence);
    case 'gamma':
      return fitGamma(summary, confidence);
    case 'empirical':
      return sorted.length >= MIN_EMPIRICAL_SAMPLE
        ? fitEmpirical(summary, sorted, confidence)
        : undefined;
  }
}
