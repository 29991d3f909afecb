/** Streaming statistics of observations (waits, times in system): constant memory. */
import { Histogram } from './histogram.ts';

export class Tally {
  count = 0;
  sum = 0;
  max = 0;
  readonly histogram = new Histogram();

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    this.histogram.add(value);
  }

  get mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  clear(): void {
    this.count = 0;
    this.sum = 0;
    this.max = 0;
    this.histogram.clear();
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
