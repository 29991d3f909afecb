/** Streaming statistics of observations (waits, times in system): constant memory. */
import { Histogram } from './histogram.ts';

/** Observations a tally holds before it sorts them into its histogram (its largest batch). */
const MAX_BATCH = 512;
/** Its first batch: a short business day's tally that sees a few dozen values stays small. */
const FIRST_BATCH = 16;
/** The batch of every tally that has seen no value: one empty array, not one each. */
const NO_BATCH = new Float64Array(0);

export class Tally {
  count = 0;
  sum = 0;
  max = 0;
  private readonly recorded = new Histogram();
  /**
   * Values not yet in the histogram: sorting each into its bucket as it comes was the
   * dearest statistic of a run (three a customer; 10 % of an M/M/3 run by callgrind), and
   * a batch sorted in one loop costs a fraction of that. The counts are whole numbers, so
   * the histogram is the same to the last bit whatever the batches.
   */
  private batch = NO_BATCH;
  private batched = 0;

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    if (this.batched === this.batch.length) this.flush();
    this.batch[this.batched++] = value;
  }

  /** Every value added so far, sorted into buckets (read it after the run, not per value). */
  get histogram(): Histogram {
    this.flush();
    return this.recorded;
  }

  get mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  clear(): void {
    this.count = 0;
    this.sum = 0;
    this.max = 0;
    this.batched = 0;
    this.recorded.clear();
  }

  /** Sorts the batch into the histogram; a full batch grows (up to MAX_BATCH) for the next. */
  private flush(): void {
    this.recorded.addAll(this.batch, this.batched);
    if (this.batched === this.batch.length && this.batch.length < MAX_BATCH)
      this.batch = new Float64Array(Math.max(FIRST_BATCH, this.batch.length * 2));
    this.batched = 0;
  }
}

/** Only the mean of observations: for a figure no percentile or maximum is asked of. */
export class Mean {
  count = 0;
  sum = 0;

  add(value: number): void {
    this.count++;
    this.sum += value;
  }

  get mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  clear(): void {
    this.count = 0;
    this.sum = 0;
  }
}
