/**
 * What customers went through, by time of day: the waits and the share who gave up, per
 * bin of the day by the time they arrived, pooled over the log's dates. The observed side
 * of a back-test (simulated against observed mean and p90 wait and abandonment, hour by
 * hour), in fixed memory: running moments and a fine histogram of waits per bin.
 */
import { type BinningOptions, type DayBins, binIndex, dayBins } from './dayBins.ts';
import { type Estimate, checkConfidence, zFor } from './estimate.ts';
import { fitShares } from './shares.ts';

export interface WaitGridOptions {
  /** Width of a cell of the wait histogram, minutes; the p90's resolution. Default 0.25. */
  gridMinutes?: number;
  /** Waits up to this are on the histogram; longer ones only in the counts. Default 480. */
  horizonMinutes?: number;
}

interface BinWaits {
  customers: number;
  abandoned: number;
  mean: number;
  m2: number;
  histogram: Uint32Array;
  beyond: number;
}

/** Waits by the bin of the day the customer arrived in. Memory: bins × horizon / grid counts. */
export class WaitsByTime {
  readonly bins: DayBins;
  readonly gridMinutes: number;
  readonly horizonMinutes: number;
  private readonly perBin: BinWaits[];
  private outsideCount = 0;
  private refusedCount = 0;

  constructor(options: BinningOptions & WaitGridOptions) {
    this.bins = dayBins(options);
    this.gridMinutes = options.gridMinutes ?? 0.25;
    this.horizonMinutes = options.horizonMinutes ?? 480;
    if (!(this.gridMinutes > 0 && this.horizonMinutes >= this.gridMinutes)) {
      throw new RangeError('the wait grid needs gridMinutes > 0 and horizonMinutes ≥ gridMinutes');
    }
    const cells = Math.ceil(this.horizonMinutes / this.gridMinutes);
    if (cells * this.bins.starts.length > 10_000_000) {
      throw new RangeError('the wait grid would have over ten million cells');
    }
    this.perBin = this.bins.starts.map(() => ({
      customers: 0,
      abandoned: 0,
      mean: 0,
      m2: 0,
      histogram: new Uint32Array(cells),
      beyond: 0,
    }));
  }

  /** Arrivals outside [from, to). */
  get outside(): number {
    return this.outsideCount;
  }

  /** Waits refused: negative or not a number. */
  get refused(): number {
    return this.refusedCount;
  }

  /**
   * One customer who queued: arrived at `arrivedAt` (minutes after midnight), waited
   * `waitMinutes` (until called, or until they left), and whether they gave up.
   */
  add(arrivedAt: number, waitMinutes: number, abandoned: boolean): boolean {
    if (!(waitMinutes >= 0 && waitMinutes < Infinity)) {
      this.refusedCount++;
      return false;
    }
    const index = binIndex(this.bins, arrivedAt);
    if (index < 0) {
      this.outsideCount++;
      return false;
    }
    const bin = this.perBin[index]!;
    bin.customers++;
    if (abandoned) bin.abandoned++;
    const delta = waitMinutes - bin.mean;
    bin.mean += delta / bin.customers;
    bin.m2 += delta * (waitMinutes - bin.mean);
    const cell = Math.floor(waitMinutes / this.gridMinutes);
    if (cell < bin.histogram.length) bin.histogram[cell]!++;
    else bin.beyond++;
    return true;
  }

  /** Per bin: customers, gave up, the wait histogram's cells (copies), for summarising. */
  binData(index: number): Readonly<BinWaits> {
    const bin = this.perBin[index]!;
    return { ...bin, histogram: bin.histogram.slice() };
  }
}

export interface ObservedWaitBin {
  readonly from: number;
  readonly to: number;
  /** Customers who queued, arriving in this bin (all dates). */
  readonly customers: number;
  readonly abandoned: number;
  /** Mean wait of all who queued, minutes, with a normal-theory interval (0 … 0 when none). */
  readonly meanWait: Estimate;
  /** 90th percentile of the wait, to the grid's resolution; undefined when nobody queued. */
  readonly p90Wait?: number;
  /** True when the p90 lies beyond the grid's horizon: p90Wait is then the horizon, a lower bound. */
  readonly p90Beyond: boolean;
  /** Share who gave up, with Wilson's interval; undefined when nobody queued. */
  readonly abandonment?: Estimate;
}

export function summariseWaits(
  waits: WaitsByTime,
  options: { confidence?: number } = {},
): ObservedWaitBin[] {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const z = zFor(confidence);
  return waits.bins.starts.map((from, b) => {
    const to = waits.bins.ends[b]!;
    const bin = waits.binData(b);
    const n = bin.customers;
    if (n === 0) {
      const none = { value: 0, lower: 0, upper: 0 };
      return { from, to, customers: 0, abandoned: 0, meanWait: none, p90Beyond: false };
    }
    const se = n > 1 ? Math.sqrt(bin.m2 / (n - 1) / n) : 0;
    const meanWait = {
      value: bin.mean,
      lower: Math.max(0, bin.mean - z * se),
      upper: bin.mean + z * se,
    };
    const { value: p90, beyond } = gridQuantile(bin.histogram, n, 0.9, waits.gridMinutes);
    const abandonment = fitShares(
      { gaveUp: bin.abandoned, stayed: n - bin.abandoned },
      { confidence },
    ).shares[0]!.share;
    return {
      from,
      to,
      customers: n,
      abandoned: bin.abandoned,
      meanWait,
      p90Wait: beyond ? waits.horizonMinutes : p90,
      p90Beyond: beyond,
      abandonment,
    };
  });
}

/** The p-quantile from grid counts, linear within the cell where the cumulative count crosses p·n. */
function gridQuantile(
  histogram: Uint32Array,
  n: number,
  p: number,
  grid: number,
): { value: number; beyond: boolean } {
  const target = p * n;
  let cumulative = 0;
  for (let cell = 0; cell < histogram.length; cell++) {
    const count = histogram[cell]!;
    if (count > 0 && cumulative + count >= target) {
      return { value: (cell + (target - cumulative) / count) * grid, beyond: false };
    }
    cumulative += count;
  }
  return { value: histogram.length * grid, beyond: true };
}
