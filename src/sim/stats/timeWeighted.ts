/**
 * A quantity that changes at events (queue length, busy units), averaged over time:
 * the area under its curve, its maximum, and its averages in fixed bins over the run
 * (the series the charts draw; none where nothing draws them).
 */
/** The bins of every series that keeps none: one empty array, not one each. */
const NO_BINS = new Float64Array(0);

export class TimeWeighted {
  value = 0;
  max = 0;
  area = 0;
  /**
   * The part of `area` before `cutoff`: a pool's opening hours (the rest is work after
   * closing). Infinity, the default, keeps it equal to `area`.
   */
  cutoff = Infinity;
  areaBeforeCutoff = 0;
  // Numbers from the start: a field declared without a value holds undefined until the
  // constructor sets it, and V8 then keeps it as a tagged field, so that every change of
  // the clock allocated a boxed number and paid a write barrier (5 % of an M/M/3 run).
  private last = 0;
  private since = 0;
  /** Every moment in [cachedFrom, cachedUntil) lies in bin cachedBin (see cache). */
  private cachedBin = 0;
  private cachedFrom = Infinity;
  private cachedUntil = -Infinity;
  readonly bins: Float64Array;

  constructor(
    start: number,
    private readonly binStart: number,
    private readonly binWidth: number,
    binCount: number,
  ) {
    this.last = start;
    this.since = start;
    this.bins = binCount > 0 ? new Float64Array(binCount) : NO_BINS;
  }

  /** Records the value up to `now`, then changes it by `delta`. */
  change(now: number, delta: number): void {
    this.advance(now);
    this.value += delta;
    if (this.value > this.max) this.max = this.value;
  }

  /** Records the value up to `now`. */
  advance(now: number): void {
    const value = this.value;
    const last = this.last;
    if (now <= last) return;
    this.area += value * (now - last);
    if (last < this.cutoff)
      this.areaBeforeCutoff += value * ((now < this.cutoff ? now : this.cutoff) - last);
    this.last = now;
    if (value === 0 || this.bins.length === 0) return;
    // Spread the area over the bins the interval [last, now) crosses.
    const width = this.binWidth;
    const count = this.bins.length;
    let from = last;
    let bin: number;
    if (last >= this.cachedFrom && last < this.cachedUntil) bin = this.cachedBin;
    else {
      bin = this.binOf(last);
      if (bin < 0) {
        from = this.binStart;
        bin = 0;
      } else this.cache(bin, last);
    }
    while (from < now && bin < count) {
      const binEnd = this.binStart + (bin + 1) * width;
      const to = now < binEnd ? now : binEnd;
      this.bins[bin]! += value * (to - from);
      from = to;
      bin++;
    }
  }

  /** The bin of a moment, by the one formula every bin is found with. */
  private binOf(time: number): number {
    return Math.floor((time - this.binStart) / this.binWidth);
  }

  /**
   * Remembers that `time` and every moment after it up to the first one binOf puts in the
   * next bin lie in `bin`: the next changes, mostly in the same bin, then skip the
   * division. The end is found exactly (binOf at the neighbouring doubles), so a cached
   * bin is always the one binOf would give.
   */
  private cache(bin: number, time: number): void {
    let until = this.binStart + (bin + 1) * this.binWidth;
    if (!(until > 0 && until < Infinity)) return;
    if (this.binOf(until) > bin) {
      while (this.binOf(nextDown(until)) > bin) until = nextDown(until);
    } else {
      while (this.binOf(until) <= bin) until = nextUp(until);
    }
    this.cachedBin = bin;
    this.cachedFrom = time;
    this.cachedUntil = until;
  }

  /** Forgets the past (end of warm-up) but keeps the current value. */
  restart(now: number): void {
    this.advance(now);
    this.area = 0;
    this.areaBeforeCutoff = 0;
    this.max = this.value;
    this.since = now;
    this.bins.fill(0);
  }

  /** Time average from the (re)start to `now`. */
  average(now: number): number {
    this.advance(now);
    return now > this.since ? this.area / (now - this.since) : this.value;
  }
}

const bits = new Float64Array(1);
const word = new BigUint64Array(bits.buffer);

/** The next double above a positive finite one. */
function nextUp(x: number): number {
  bits[0] = x;
  word[0]! += 1n;
  return bits[0]!;
}

/** The next double below a positive one. */
function nextDown(x: number): number {
  bits[0] = x;
  word[0]! -= 1n;
  return bits[0]!;
}
