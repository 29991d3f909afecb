/**
 * Durations over replications: a mean with its interval from the replications' means and
 * percentiles from the pooled histograms of all replications; and the binned distribution
 * a chart draws.
 */
import { estimate } from '../stats/confidence.ts';
import { Histogram } from '../stats/histogram.ts';
import type { Observations } from '../stats/replication.ts';

/** Statistics of a duration in minutes. */
export interface DurationStats {
  /** Mean of the replications' means (so that ci95 is centred on it). */
  mean: number;
  /** 95 % interval of the mean, from the replications' means; null with one replication. */
  ci95: [number, number] | null;
  p50: number;
  p90: number;
  p95: number;
  max: number;
  /** Observations per replication, on average. */
  count: number;
}

/**
 * A distribution for a chart: bin k counts [k·binMinutes, (k+1)·binMinutes) minutes over
 * all replications; the last bin also holds everything above.
 */
export interface BinnedDurations {
  binMinutes: number;
  counts: number[];
}

/** Every replication's observations in one histogram (only the first still has one). */
function pooledHistogram(list: Observations[]): Histogram {
  const pooled = new Histogram();
  for (const o of list) if (o.histogram) pooled.merge(o.histogram);
  return pooled;
}

/** Bins a chart can read at a glance: about 30, with a round width, up to the 99th percentile. */
const TARGET_BINS = 30;
const ROUND_STEPS = [1, 2, 2.5, 5, 10];

export function chartHistogram(list: Observations[]): BinnedDurations {
  const pooled = pooledHistogram(list);
  const top = pooled.quantile(0.99);
  if (!(top > 0)) return { binMinutes: 1, counts: pooled.total > 0 ? [pooled.total] : [] };
  const rough = top / TARGET_BINS;
  const scale = 10 ** Math.floor(Math.log10(rough));
  const binMinutes = ROUND_STEPS.map((step) => step * scale).find((w) => w >= rough)!;
  return { binMinutes, counts: pooled.binned(binMinutes, Math.ceil(top / binMinutes) + 1) };
}

/** Two kinds of observation of one replication as one (served and reneged: all who queued). */
export function together(a: Observations, b: Observations): Observations {
  const count = a.count + b.count;
  const sum = (a.count > 0 ? a.count * a.mean : 0) + (b.count > 0 ? b.count * b.mean : 0);
  let histogram: Histogram | null = null;
  if (a.histogram || b.histogram) {
    histogram = new Histogram();
    if (a.histogram) histogram.merge(a.histogram);
    if (b.histogram) histogram.merge(b.histogram);
  }
  return {
    count,
    mean: count > 0 ? sum / count : NaN,
    max: Math.max(a.count > 0 ? a.max : 0, b.count > 0 ? b.max : 0),
    histogram,
  };
}

export function durationStats(list: Observations[]): DurationStats {
  const pooled = pooledHistogram(list);
  let count = 0;
  let max = 0;
  for (const o of list) {
    count += o.count;
    max = Math.max(max, o.count > 0 ? o.max : 0);
  }
  // Replications are the independent observations: the mean is theirs, so the interval is centred on it.
  const means = estimate(list.map((o) => (o.count > 0 ? o.mean : NaN)));
  return {
    mean: count > 0 ? means.mean : NaN,
    ci95: means.ci95,
    p50: pooled.quantile(0.5),
    p90: pooled.quantile(0.9),
    p95: pooled.quantile(0.95),
    max,
    count: count / Math.max(1, list.length),
  };
}
