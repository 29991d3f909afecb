/**
 * Streaming sufficient statistics of positive durations, in O(1) memory: the count, the
 * mean and central moments up to the fourth, and the mean and variance of the logarithm.
 * They determine the exponential, lognormal and gamma maximum-likelihood fits exactly,
 * and the large-sample intervals of the empirical mean and spread, however many rows
 * pass through.
 *
 * Moments are kept as running central sums (Welford's update, extended to the third and
 * fourth moments by Terriberry's formulas) rather than as raw power sums Σx, Σx², …,
 * whose differences lose every digit when the spread is small against the mean.
 */

export class DurationSummary {
  private n = 0;
  private refusedCount = 0;
  private smallest = Infinity;
  private largest = -Infinity;
  private average = 0;
  /** Σ (x − mean)², Σ (x − mean)³, Σ (x − mean)⁴. */
  private m2 = 0;
  private m3 = 0;
  private m4 = 0;
  private logAverage = 0;
  /** Σ (ln x − mean ln x)². */
  private logM2 = 0;

  /** Observations counted (positive and finite). */
  get count(): number {
    return this.n;
  }

  /** Values refused: zero, negative, NaN or infinite (a lognormal or gamma has no zero). */
  get refused(): number {
    return this.refusedCount;
  }

  get min(): number {
    return this.smallest;
  }

  get max(): number {
    return this.largest;
  }

  get mean(): number {
    return this.average;
  }

  /** Mean of ln x: with the count and the mean, the lognormal and gamma fits' statistic. */
  get logMean(): number {
    return this.logAverage;
  }

  /** Counts x when it is a positive finite number of minutes; returns whether it did. */
  add(x: number): boolean {
    if (!(x > 0 && x < Infinity)) {
      this.refusedCount++;
      return false;
    }
    const before = this.n;
    const n = before + 1;
    this.n = n;
    if (x < this.smallest) this.smallest = x;
    if (x > this.largest) this.largest = x;

    const delta = x - this.average;
    const deltaN = delta / n;
    const deltaN2 = deltaN * deltaN;
    const term = delta * deltaN * before;
    this.average += deltaN;
    this.m4 += term * deltaN2 * (n * n - 3 * n + 3) + 6 * deltaN2 * this.m2 - 4 * deltaN * this.m3;
    this.m3 += term * deltaN * (n - 2) - 3 * deltaN * this.m2;
    this.m2 += term;

    const logX = Math.log(x);
    const logDelta = logX - this.logAverage;
    this.logAverage += logDelta / n;
    this.logM2 += logDelta * (logX - this.logAverage);
    return true;
  }

  /** Σ ln x. */
  get sumLog(): number {
    return this.n * this.logAverage;
  }

  /** (1/n) Σ (ln x − mean ln x)²: the lognormal's maximum-likelihood σ². */
  get logVariance(): number {
    return this.n > 0 ? this.logM2 / this.n : 0;
  }

  /** Central moment (1/n) Σ (x − mean)^k for k = 2, 3, 4. */
  centralMoment(k: 2 | 3 | 4): number {
    if (this.n === 0) return 0;
    const sum = k === 2 ? this.m2 : k === 3 ? this.m3 : this.m4;
    return sum / this.n;
  }

  /** The sample standard deviation with n − 1 in the denominator. */
  get sd(): number {
    return this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0;
  }
}
