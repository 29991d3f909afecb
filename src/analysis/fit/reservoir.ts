/**
 * A uniform random sample of fixed size from a stream of any length (Vitter's
 * algorithm R): the i-th value (counting from 0) replaces a random slot with chance
 * capacity / (i + 1). Every subset of the stream of that size is equally likely to be
 * the sample, so what needs the values themselves (goodness of fit, Q–Q points, the
 * histogram, the empirical distribution) sees a fair sample while memory stays at
 * `capacity` numbers however many rows pass. Seeded from the project's generator, so
 * the same stream and seed give the same sample in Node and in the browser.
 */
import { Random } from '../../sim/random.ts';

/** The default sample size: Kolmogorov–Smirnov's D is then known to about ±0.01. */
export const DEFAULT_RESERVOIR_SIZE = 10_000;

export class Reservoir {
  private readonly values: Float64Array;
  private readonly random: Random;
  private offered = 0;

  constructor(
    readonly capacity: number = DEFAULT_RESERVOIR_SIZE,
    seed = 1,
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) {
      throw new RangeError(`a reservoir needs a whole capacity of 1 or more, got ${capacity}`);
    }
    this.values = new Float64Array(capacity);
    this.random = new Random(seed, 0, 'fit:reservoir');
  }

  /** Values offered so far. */
  get seen(): number {
    return this.offered;
  }

  add(x: number): void {
    const index = this.offered++;
    if (index < this.capacity) {
      this.values[index] = x;
      return;
    }
    const slot = Math.floor(this.random.next() * (index + 1));
    if (slot < this.capacity) this.values[slot] = x;
  }

  /** The sample, smallest first (a copy). */
  sorted(): Float64Array {
    return this.values.slice(0, Math.min(this.offered, this.capacity)).sort();
  }
}
