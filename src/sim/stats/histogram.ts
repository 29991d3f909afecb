/**
 * A fixed-size histogram for percentiles of waits and times in system: memory stays the
 * same whatever the number of customers, and histograms of replications add up.
 *
 * Buckets split each power of two into 128 equal parts, read straight off the bits of the
 * double (its exponent and first 7 mantissa bits): no logarithm per observation, and the
 * same bucket on every machine. A bucket is at most 1/128 of its lower edge wide, so a
 * percentile, reported as the bucket's middle, is within 0.4 % of a value observed in the
 * bucket. Range: 2^-10 (0.001) to 2^17 (131 072) minutes; exact zeros (customers who did
 * not wait) have a bucket of their own, smaller values count in the first bucket and
 * larger ones in the last.
 */

const SUB_BUCKETS = 128;
const MIN_EXPONENT = -10;
const MAX_EXPONENT = 17;
export const BUCKETS = (MAX_EXPONENT - MIN_EXPONENT) * SUB_BUCKETS;
/** The double's top word shifted right 13 bits: 11 exponent bits and 7 mantissa bits. */
const FIRST_KEY = (MIN_EXPONENT + 1023) * SUB_BUCKETS;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

function bucketOf(value: number): number {
  bits[0] = value;
  const bucket = (words[HIGH]! >>> 13) - FIRST_KEY;
  return bucket < 0 ? 0 : bucket >= BUCKETS ? BUCKETS - 1 : bucket;
}

/** The middle of a bucket: 2^e × (1 + (k + ½)/128). */
function middleOf(bucket: number): number {
  const exponent = MIN_EXPONENT + Math.floor(bucket / SUB_BUCKETS);
  const fraction = (bucket % SUB_BUCKETS) + 0.5;
  words[HIGH] = (exponent + 1023) << 20;
  words[1 - HIGH] = 0;
  return bits[0]! * (1 + fraction / SUB_BUCKETS);
}

export class Histogram {
  /** Allocated at the first positive value: most steps never queue, and many never wait. */
  private counts: Float64Array | null = null;
  zeros = 0;
  total = 0;
  /**
   * The lowest and highest bucket counted in (BUCKETS and −1 while none is): waits fill a
   * few hundred of the thousands of buckets, so pooling and reading go over those only.
   */
  low = BUCKETS;
  high = -1;

  add(value: number): void {
    this.total++;
    if (value <= 0) {
      this.zeros++;
      return;
    }
    const bucket = bucketOf(value);
    (this.counts ??= new Float64Array(BUCKETS))[bucket]!++;
    if (bucket < this.low) this.low = bucket;
    if (bucket > this.high) this.high = bucket;
  }

  /**
   * Adds the first `count` of `values`, as `add` one by one would. One tight loop over a
   * batch (Tally fills them) reads each value's top word through a view of the batch
   * itself, where `add` writes the value into a scratch double first; callgrind, M/M/3:
   * a third of the cost per observation.
   */
  addAll(values: Float64Array, count: number): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * count);
    let counts = this.counts;
    // The module's constants in locals: read from the module's scope, each was loaded and
    // checked again at every value.
    const high32 = HIGH;
    const firstKey = FIRST_KEY;
    const last = BUCKETS - 1;
    let zeros = 0;
    let low = this.low;
    let high = this.high;
    for (let i = 0; i < count; i++) {
      if (values[i]! <= 0) {
        zeros++;
        continue;
      }
      const key = (words[2 * i + high32]! >>> 13) - firstKey;
      const bucket = key < 0 ? 0 : key > last ? last : key;
      counts ??= this.counts = new Float64Array(BUCKETS); // as in add: at the first positive value
      counts[bucket]!++;
      if (bucket < low) low = bucket;
      if (bucket > high) high = bucket;
    }
    this.zeros += zeros;
    this.total += count;
    this.low = low;
    this.high = high;
  }

  merge(other: Histogram): void {
    this.zeros += other.zeros;
    this.total += other.total;
    if (!other.counts) return;
    const counts = (this.counts ??= new Float64Array(BUCKETS));
    for (let i = other.low; i <= other.high; i++) counts[i]! += other.counts[i]!;
    if (other.low < this.low) this.low = other.low;
    if (other.high > this.high) this.high = other.high;
  }

  clear(): void {
    this.counts?.fill(0);
    this.zeros = 0;
    this.total = 0;
    this.low = BUCKETS;
    this.high = -1;
  }

  /** The q-quantile (0 < q ≤ 1): the middle of the bucket holding it; NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const rank = q * this.total;
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    const counts = this.counts!; // rank > zeros: some value was positive
    for (let i = this.low; i < BUCKETS; i++) {
      seen += counts[i]!;
      if (seen >= rank) return middleOf(i);
    }
    return middleOf(BUCKETS - 1);
  }

  /**
   * A histogram that crossed a thread boundary: structured cloning keeps the fields and
   * drops the class, so a worker's histogram arrives as plain data and is rebuilt here.
   */
  /** An independent copy with the same counts. */
  copy(): Histogram {
    const { counts, zeros, total, low, high } = this;
    return Histogram.revive({ counts, zeros, total, low, high });
  }

  static revive(data: {
    counts: Float64Array | null;
    zeros: number;
    total: number;
    low: number;
    high: number;
  }): Histogram {
    const histogram = new Histogram();
    histogram.counts = data.counts ? Float64Array.from(data.counts) : null;
    histogram.zeros = data.zeros;
    histogram.total = data.total;
    histogram.low = data.low;
    histogram.high = data.high;
    return histogram;
  }

  /**
   * Counts in equal-width bins for a chart: bin k holds [k·width, (k+1)·width) minutes and
   * the last bin everything above. Each bucket counts in the bin of its middle, so a bin
   * edge is blurred by at most 0.4 % of its value.
   */
  binned(width: number, bins: number): number[] {
    const out = new Array<number>(bins).fill(0);
    out[0]! += this.zeros;
    if (!this.counts) return out;
    for (let i = this.low; i <= this.high; i++) {
      const count = this.counts[i]!;
      if (count === 0) continue;
      out[Math.min(bins - 1, Math.floor(middleOf(i) / width))]! += count;
    }
    return out;
  }
}
