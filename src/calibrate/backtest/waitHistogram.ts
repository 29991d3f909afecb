/**
 * A small fixed histogram of waits for the back-test's p90: memory is the same whatever
 * the number of tickets, and one is kept per day and time bin, so it must be small
 * (4.6 KB) where the simulator's own (src/sim/stats/histogram.ts, 27 KB) is kept per step.
 *
 * Bins are 0.1 min wide up to 60 min, where a branch's waits almost all lie and where a
 * tenth of a minute is finer than a ticket system's clock (seconds, often rounded), then
 * 1 min wide up to 600 min; longer waits count in the last bin. A quantile is
 * interpolated linearly inside its bin, so it is within one bin width of the exact
 * order statistic (test/calibrate/backtest/waitHistogram.test.ts checks it).
 */

const FINE_WIDTH = 0.1;
const FINE_END = 60;
const COARSE_WIDTH = 1;
const COARSE_END = 600;
const FINE_BINS = Math.round(FINE_END / FINE_WIDTH);
const BINS = FINE_BINS + Math.round((COARSE_END - FINE_END) / COARSE_WIDTH) + 1;

function binOf(wait: number): number {
  if (wait < FINE_END) return Math.max(0, Math.floor(wait / FINE_WIDTH));
  if (wait < COARSE_END) return FINE_BINS + Math.floor((wait - FINE_END) / COARSE_WIDTH);
  return BINS - 1;
}

function lowerEdge(bin: number): number {
  return bin < FINE_BINS ? bin * FINE_WIDTH : FINE_END + (bin - FINE_BINS) * COARSE_WIDTH;
}

function widthOf(bin: number): number {
  return bin < FINE_BINS ? FINE_WIDTH : COARSE_WIDTH;
}

export class WaitHistogram {
  private readonly counts = new Uint32Array(BINS);
  total = 0;
  /** The longest wait added: the last bin has no upper edge, so quantiles there stop here. */
  max = 0;

  add(wait: number): void {
    this.counts[binOf(wait)]!++;
    this.total++;
    if (wait > this.max) this.max = wait;
  }

  merge(other: WaitHistogram): void {
    for (let i = 0; i < BINS; i++) this.counts[i]! += other.counts[i]!;
    this.total += other.total;
    this.max = Math.max(this.max, other.max);
  }

  /**
   * The p-quantile (0 < p < 1) by the definition "the smallest value with at least p of
   * the waits at or below it", read inside its bin by linear interpolation; NaN when empty.
   * With `without`, of this histogram's waits less that one's (which must be part of it):
   * the back-test's leave-one-day-out estimates, with no copy made.
   */
  quantile(p: number, without?: WaitHistogram): number {
    const total = this.total - (without?.total ?? 0);
    if (total <= 0) return NaN;
    const rank = p * total;
    let below = 0;
    for (let bin = 0; bin < BINS; bin++) {
      const count = this.counts[bin]! - (without ? without.counts[bin]! : 0);
      if (count === 0) continue;
      if (below + count >= rank) {
        const low = lowerEdge(bin);
        const high = bin === BINS - 1 ? Math.max(low, this.max) : low + widthOf(bin);
        const value = low + ((rank - below) / count) * (high - low);
        return Math.min(value, this.max);
      }
      below += count;
    }
    return this.max;
  }
}
