/**
 * The bins of a day that arrival counts, window activity and observed waits are kept in:
 * [from, to) minutes after midnight cut into bins of the chosen width, the last one
 * shorter if the width does not divide the span. Plain data, so fits holding it can be
 * sent to another thread.
 */
export interface BinningOptions {
  /** Width of a bin in whole minutes (15, 30, 60…). */
  binMinutes: number;
  /** Start of the first bin, minutes after midnight (whole); default 0. */
  from?: number;
  /** End of the last bin (whole, up to 1440); default 1440. The last bin may be shorter. */
  to?: number;
}

/** The bins of a day: [starts[b], ends[b]) in minutes after midnight. */
export interface DayBins {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly binMinutes: number;
  /** The start of the first bin and the end of the last. */
  readonly from: number;
  readonly to: number;
}

export function dayBins(options: BinningOptions): DayBins {
  const { binMinutes, from = 0, to = 1440 } = options;
  if (!(Number.isInteger(binMinutes) && binMinutes >= 1 && binMinutes <= 1440)) {
    throw new RangeError(
      `binMinutes must be a whole number of minutes from 1 to 1440, got ${binMinutes}`,
    );
  }
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= 1440 && from < to)) {
    throw new RangeError(
      `from and to must be whole minutes with 0 ≤ from < to ≤ 1440, got ${from} and ${to}`,
    );
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = from; start < to; start += binMinutes) {
    starts.push(start);
    ends.push(Math.min(to, start + binMinutes));
  }
  return { starts, ends, binMinutes, from, to };
}

/** The bin holding `minute`, or -1 when it lies outside [from, to). */
export function binIndex(bins: DayBins, minute: number): number {
  if (!(minute >= bins.from && minute < bins.to)) return -1;
  // The last bin, for a minute a rounding error away from `to`.
  return Math.min(bins.starts.length - 1, Math.floor((minute - bins.from) / bins.binMinutes));
}
