/**
 * Arrival rates by time of day: count arrivals per bin of the day (the width the user
 * chooses) per calendar date, then pool the dates of a group (all days, each weekday,
 * workdays and weekends, or the caller's own day types) into a rate per hour with an
 * exact Poisson interval, written as the blueprint's rate profile.
 */
import type { Arrivals } from '../../model/index.ts';
import { type Estimate, checkConfidence, roundSignificant } from './estimate.ts';
import { gammaQuantile } from './specialFunctions.ts';
import { type BinningOptions, type DayBins, binIndex, dayBins } from './dayBins.ts';
import { type DayGrouping, groupDates } from './dayGroups.ts';
import { daysSinceEpoch, formatTimeOfDay } from './timeOfDay.ts';

/**
 * Arrival counts per date and bin. Memory grows with the number of dates in the log
 * (one small array each), never with the rows.
 */
export class ArrivalCounts {
  readonly bins: DayBins;
  private readonly byDate = new Map<string, Uint32Array>();
  private outsideCount = 0;

  constructor(options: BinningOptions) {
    this.bins = dayBins(options);
  }

  /** Arrivals outside [from, to), not counted in a bin. */
  get outside(): number {
    return this.outsideCount;
  }

  /** Counts one arrival on `date` ("YYYY-MM-DD") at `minuteOfDay`; false when outside the bins. */
  add(date: string, minuteOfDay: number): boolean {
    const counts = this.countsOf(date);
    const bin = binIndex(this.bins, minuteOfDay);
    if (bin < 0) {
      this.outsideCount++;
      return false;
    }
    counts[bin]!++;
    return true;
  }

  /**
   * Records a day the branch was open, so that a day with no arrivals (or none in the
   * window) still counts in the exposure. Every date given to `add` is recorded too.
   */
  addDay(date: string): void {
    this.countsOf(date);
  }

  /** The dates seen, earliest first. */
  dates(): string[] {
    return [...this.byDate.keys()].sort();
  }

  /** Arrivals per bin on one date (a copy); undefined for a date not seen. */
  countsOn(date: string): Uint32Array | undefined {
    return this.byDate.get(date)?.slice();
  }

  /** The counts as plain data, every date's (a day with no arrivals too), to regroup elsewhere. */
  daily(): DailyArrivals {
    const dates = this.dates();
    return { bins: this.bins, dates, counts: dates.map((date) => [...this.byDate.get(date)!]) };
  }

  private countsOf(date: string): Uint32Array {
    let counts = this.byDate.get(date);
    if (counts === undefined) {
      daysSinceEpoch(date); // throws a RangeError naming a malformed date
      counts = new Uint32Array(this.bins.starts.length);
      this.byDate.set(date, counts);
    }
    return counts;
  }
}

/**
 * Arrival counts per date and bin as plain data (ArrivalCounts.daily): sent to another
 * thread, the days can be pooled again there in any grouping (arrivalRateGroup).
 */
export interface DailyArrivals {
  readonly bins: DayBins;
  /** Earliest first. */
  readonly dates: readonly string[];
  /** counts[d][b]: arrivals on dates[d] in bin b. */
  readonly counts: readonly (readonly number[])[];
}

export interface ArrivalRateBin {
  /** Minutes after midnight. */
  readonly from: number;
  readonly to: number;
  /** Arrivals in this bin over all the group's dates. */
  readonly count: number;
  /** Arrivals per hour, with Garwood's exact Poisson interval. */
  readonly perHour: Estimate;
  /**
   * Variance over mean of the per-date counts (2 dates or more): about 1 when the days
   * differ only by Poisson chance; well above 1 when some days are busier than others,
   * and the interval, which assumes Poisson counts, is then too narrow for a new day.
   */
  readonly dispersion?: number;
}

export interface ArrivalRateGroup {
  /** "all", "mon" … "sun", "workday" / "weekend", or the caller's key. */
  readonly key: string;
  readonly dates: readonly string[];
  readonly total: number;
  readonly bins: readonly ArrivalRateBin[];
}

export function fitArrivalRates(
  counts: ArrivalCounts,
  options: { groupBy?: DayGrouping; confidence?: number } = {},
): ArrivalRateGroup[] {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const groups = groupDates(counts.dates(), options.groupBy ?? 'all');
  return [...groups.entries()].map(([key, dates]) =>
    rateGroup(
      counts.bins,
      dates.map((date) => counts.countsOn(date)!),
      key,
      dates,
      confidence,
    ),
  );
}

/**
 * The days `dates` of `daily` pooled into one group named `key`, as fitArrivalRates pools
 * a grouping's; a date the counts do not have is refused (it would count as a day the
 * branch was open with no arrivals).
 */
export function arrivalRateGroup(
  daily: DailyArrivals,
  key: string,
  dates: readonly string[],
  confidence = 0.95,
): ArrivalRateGroup {
  checkConfidence(confidence);
  const index = new Map(daily.dates.map((date, i) => [date, i]));
  const perDate = dates.map((date) => {
    const at = index.get(date);
    if (at === undefined) throw new RangeError(`no arrivals were counted on ${date}`);
    return daily.counts[at]!;
  });
  return rateGroup(daily.bins, perDate, key, dates, confidence);
}

/** Arrivals a day over the group's dates, with Garwood's exact interval of its total. */
export function arrivalsPerDay(group: ArrivalRateGroup, confidence = 0.95): Estimate {
  checkConfidence(confidence);
  const days = group.dates.length;
  const alpha = 1 - confidence;
  return {
    value: group.total / days,
    lower: group.total === 0 ? 0 : gammaQuantile(group.total, alpha / 2) / days,
    upper: gammaQuantile(group.total + 1, 1 - alpha / 2) / days,
  };
}

function rateGroup(
  dayBinsOf: DayBins,
  perDate: readonly ArrayLike<number>[],
  key: string,
  dates: readonly string[],
  confidence: number,
): ArrivalRateGroup {
  const { starts, ends } = dayBinsOf;
  const alpha = 1 - confidence;
  const bins = starts.map((from, b): ArrivalRateBin => {
    const to = ends[b]!;
    const daily = perDate.map((c) => c[b]!);
    const count = daily.reduce((sum, c) => sum + c, 0);
    const exposureHours = (dates.length * (to - from)) / 60;
    const perHour: Estimate = {
      value: count / exposureHours,
      lower: count === 0 ? 0 : gammaQuantile(count, alpha / 2) / exposureHours,
      upper: gammaQuantile(count + 1, 1 - alpha / 2) / exposureHours,
    };
    const dispersion = dispersionIndex(daily);
    return dispersion === undefined
      ? { from, to, count, perHour }
      : { from, to, count, perHour, dispersion };
  });
  return { key, dates, total: bins.reduce((sum, b) => sum + b.count, 0), bins };
}

function dispersionIndex(daily: readonly number[]): number | undefined {
  const n = daily.length;
  const mean = daily.reduce((s, c) => s + c, 0) / n;
  if (n < 2 || mean === 0) return undefined;
  const variance = daily.reduce((s, c) => s + (c - mean) ** 2, 0) / (n - 1);
  return variance / mean;
}

/**
 * The group as the blueprint's rate profile for arrivals entering at step `entry`: one
 * period per bin, perHour rounded to 4 significant digits. Bins before the first arrival
 * and after the last are left out (the branch was closed; no period means no arrivals),
 * unless `keepEmptyEnds`. Undefined when the group has no arrivals at all.
 */
export function toRateProfile(
  group: ArrivalRateGroup,
  entry: string,
  options: { keepEmptyEnds?: boolean } = {},
): Extract<Arrivals, { type: 'profile' }> | undefined {
  const { bins } = group;
  let first = 0;
  let last = bins.length - 1;
  if (!options.keepEmptyEnds) {
    while (first <= last && bins[first]!.count === 0) first++;
    while (last >= first && bins[last]!.count === 0) last--;
  }
  if (first > last) return undefined;
  const periods = bins.slice(first, last + 1).map((b) => ({
    from: formatTimeOfDay(b.from),
    to: formatTimeOfDay(b.to),
    perHour: roundSignificant(b.perHour.value),
  }));
  return { type: 'profile', entry, periods };
}
