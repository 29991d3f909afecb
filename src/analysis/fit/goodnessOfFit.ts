/**
 * How well a fitted distribution matches the data: the Kolmogorov–Smirnov statistic with
 * its asymptotic p-value, points for a Q–Q plot and a density histogram to draw the
 * fitted density over. All from the sorted bounded sample (Reservoir), never the stream.
 */

/** D = sup |F_n(x) − F(x)| and its p-value, from a sample of `sampleSize` values. */
export interface KolmogorovSmirnov {
  readonly statistic: number;
  /**
   * P(D ≥ observed) for a fully specified F (Kolmogorov's limit law with Stephens'
   * small-sample correction). With F fitted from the same data the true p-value is
   * smaller (Lilliefors): read it as an upper bound, a large D as the signal.
   */
  readonly pValue: number;
  readonly sampleSize: number;
}

export function kolmogorovSmirnov(
  sorted: Float64Array,
  cdf: (x: number) => number,
): KolmogorovSmirnov {
  const m = sorted.length;
  if (m === 0) throw new RangeError('the Kolmogorov–Smirnov test needs at least one value');
  let statistic = 0;
  for (let i = 0; i < m; i++) {
    const f = cdf(sorted[i]!);
    // Against the step just below and just above x(i); ties are handled by the steps'
    // own heights, which is exact for a continuous F.
    statistic = Math.max(statistic, (i + 1) / m - f, f - i / m);
  }
  const root = Math.sqrt(m);
  const pValue = kolmogorovTail((root + 0.12 + 0.11 / root) * statistic);
  return { statistic, pValue, sampleSize: m };
}

/**
 * Q(λ) = P(K > λ) for Kolmogorov's distribution: 2 Σ (−1)^{j−1} e^{−2j²λ²} for λ ≥ 1,
 * and 1 − (√(2π)/λ) Σ e^{−(2j−1)²π²/(8λ²)} below, where that series converges fast.
 */
export function kolmogorovTail(lambda: number): number {
  if (!(lambda > 0)) return 1;
  if (lambda < 1) {
    let sum = 0;
    for (let j = 1; j <= 20; j++) {
      sum += Math.exp((-((2 * j - 1) ** 2) * Math.PI * Math.PI) / (8 * lambda * lambda));
    }
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum));
  }
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = Math.exp(-2 * j * j * lambda * lambda);
    sum += j % 2 === 1 ? term : -term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** Q–Q plot points: at each probability, the fitted quantile and the sample's. */
export interface QuantilePairs {
  readonly probability: readonly number[];
  readonly fitted: readonly number[];
  readonly observed: readonly number[];
}

/** `points` pairs at probabilities (i − ½)/points, observed as the sample's order statistic. */
export function quantilePairs(
  sorted: Float64Array,
  quantile: (p: number) => number,
  points = 100,
): QuantilePairs {
  const m = sorted.length;
  const count = Math.min(points, m);
  const probability: number[] = [];
  const fitted: number[] = [];
  const observed: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = (i + 0.5) / count;
    probability.push(p);
    fitted.push(quantile(p));
    observed.push(sampleQuantile(sorted, p));
  }
  return { probability, fitted, observed };
}

/** The p-quantile of a sorted sample, interpolated between order statistics (Hyndman–Fan 7). */
export function sampleQuantile(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const weight = position - below;
  return sorted[below]! * (1 - weight) + sorted[above]! * weight;
}

/** A density histogram of the sample, from 0 to `edges[last]`, and the share beyond. */
export interface DensityHistogram {
  /** Bin edges in minutes, `binCount + 1` of them, from 0. */
  readonly edges: readonly number[];
  /** Share of the sample in each bin divided by the bin's width (per minute). */
  readonly density: readonly number[];
  /** Share of the sample above the last edge (the long tail, left off the plot). */
  readonly beyond: number;
}

/** Bins of equal width from 0 to the sample's 99.5th percentile, so one outlier cannot flatten the plot. */
export function densityHistogram(sorted: Float64Array, binCount = 30): DensityHistogram {
  const m = sorted.length;
  if (m === 0) throw new RangeError('a histogram needs at least one value');
  const top = Math.max(sampleQuantile(sorted, 0.995), sorted[m - 1]! * 1e-9, Number.MIN_VALUE);
  const width = top / binCount;
  const counts = new Array<number>(binCount).fill(0);
  let beyond = 0;
  for (let i = 0; i < m; i++) {
    const x = sorted[i]!;
    if (x > top) beyond++;
    else counts[Math.min(binCount - 1, Math.floor(x / width))]!++;
  }
  return {
    edges: counts.map((_, i) => i * width).concat(top),
    density: counts.map((c) => c / (m * width)),
    beyond: beyond / m,
  };
}
