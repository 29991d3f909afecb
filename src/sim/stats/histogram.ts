/**
 * A fixed-size histogram with logarithmic buckets for percentiles of waits and times in
 * system: memory stays the same whatever the number of customers, and histograms of
 * replications add up.
 *
 * Accuracy: buckets grow by 1 % from 0.001 minutes to 100 000 minutes, so a percentile
 * is reported within 0.5 % of a value observed in its bucket. Exact zeros (customers who
 * did not wait) have a bucket of their own; values below 0.001 min count in the first
 * bucket, above 100 000 min in the last.
 */

const LOWEST = 1e-3;
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
export const BUCKETS = Math.ceil(Math.log(1e5 / LOWEST) / LOG_GROWTH);

export class Histogram {
  readonly counts = new Float64Array(BUCKETS);
  zeros = 0;
  total = 0;

  add(value: number): void {
    this.total++;
    if (value <= 0) {
      this.zeros++;
      return;
    }
    let bucket = Math.floor(Math.log(value / LOWEST) / LOG_GROWTH);
    if (bucket < 0) bucket = 0;
    else if (bucket >= BUCKETS) bucket = BUCKETS - 1;
    this.counts[bucket]!++;
  }

  merge(other: Histogram): void {
    this.zeros += other.zeros;
    this.total += other.total;
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
  }

  clear(): void {
    this.counts.fill(0);
    this.zeros = 0;
    this.total = 0;
  }

  /** The q-quantile (0 < q ≤ 1): the geometric middle of the bucket holding it. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const rank = q * this.total;
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return LOWEST * Math.pow(GROWTH, i + 0.5);
    }
    return LOWEST * Math.pow(GROWTH, BUCKETS);
  }
}
