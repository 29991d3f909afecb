/**
 * Windows open over the day, from when each window served: a window that served anyone
 * during a bin of the day was open then. Per date and bin this counts the windows open
 * and the minutes they were busy; over the dates of a group it gives the typical day
 * (median), the busiest (max) and the mean, written as the blueprint's capacity schedule.
 */
import type { ResourcePool } from '../../model/index.ts';
import { type BinningOptions, type DayBins, binIndex, dayBins } from './dayBins.ts';
import { type DayGrouping, groupDates } from './dayGroups.ts';
import { daysSinceEpoch, formatTimeOfDay } from './timeOfDay.ts';

interface DateActivity {
  /**
   * Per bin, the windows (by index) that served during it, as a bit set of `words` 32-bit
   * words a bin: bin b's words start at b × words. A Set per bin cost about 40 times more.
   */
  open: Uint32Array;
  /** Per bin, minutes of service in it, summed over windows. */
  readonly busy: Float64Array;
}

/** Bits set in a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Service intervals by window, per date and bin. Memory grows with dates × bins × one
 * bit per window seen (a branch's few dozen at most), never with the rows.
 */
export class WindowActivity {
  readonly bins: DayBins;
  private readonly windowIndex = new Map<string, number>();
  private readonly byDate = new Map<string, DateActivity>();
  /** 32-bit words per bin in every date's bit sets: enough for every window seen. */
  private words = 1;
  private outsideCount = 0;
  private refusedCount = 0;

  constructor(options: BinningOptions) {
    this.bins = dayBins(options);
  }

  /** Services wholly outside [from, to). */
  get outside(): number {
    return this.outsideCount;
  }

  /** Services refused: end before start, or a time that is not a number. */
  get refused(): number {
    return this.refusedCount;
  }

  /**
   * One service on `date` at window `windowId`, from `start` to `end` minutes after
   * midnight (a service running past midnight belongs split over two dates: the caller's
   * job). A service of no length marks its window open in the bin where it happened.
   */
  add(date: string, start: number, end: number, windowId: string): boolean {
    const activity = this.activityOf(date);
    if (!(start <= end && Number.isFinite(start) && Number.isFinite(end))) {
      this.refusedCount++;
      return false;
    }
    // Wholly before the first bin (ending at its start counts as before) or after the last.
    const { from, to } = this.bins;
    if (end < from || (end === from && start < end) || start >= to) {
      this.outsideCount++;
      return false;
    }
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    let window = this.windowIndex.get(windowId);
    if (window === undefined) {
      window = this.windowIndex.size;
      this.windowIndex.set(windowId, window);
      if (window >= this.words * 32) this.widen();
    }
    const word = window >>> 5;
    const bit = 1 << (window & 31);
    const first = binIndex(this.bins, clippedStart);
    // An end exactly on a bin edge does not reach into the next bin.
    const last = clippedEnd > clippedStart ? binIndex(this.bins, clippedEnd - 1e-9) : first;
    for (let b = first; b <= last; b++) {
      // Open where the window took the customer, and in a bin it served from start to end;
      // not in the bin a service only runs on into: a window closing for lunch at 11:30
      // finishes the service it started at 11:28 and is closed all the same.
      if (b === first || clippedEnd >= this.bins.ends[b]!)
        activity.open[b * this.words + word]! |= bit;
      const overlap =
        Math.min(clippedEnd, this.bins.ends[b]!) - Math.max(clippedStart, this.bins.starts[b]!);
      if (overlap > 0) activity.busy[b]! += overlap;
    }
    return true;
  }

  /** Records a date the branch was open, so a bin no window served counts as 0 on it. */
  addDay(date: string): void {
    this.activityOf(date);
  }

  dates(): string[] {
    return [...this.byDate.keys()].sort();
  }

  /** Window ids in the order first seen. */
  windows(): string[] {
    return [...this.windowIndex.keys()];
  }

  /** Windows open per bin on one date, and their busy minutes; undefined for a date not seen. */
  on(date: string): { open: number[]; busyMinutes: number[] } | undefined {
    const activity = this.byDate.get(date);
    if (activity === undefined) return undefined;
    const open = Array.from(activity.busy, (_, b) => {
      let count = 0;
      for (let w = 0; w < this.words; w++) count += bitCount(activity.open[b * this.words + w]!);
      return count;
    });
    return { open, busyMinutes: Array.from(activity.busy) };
  }

  /** One more word a bin for every date: a window beyond the bits there are (rare). */
  private widen(): void {
    const words = this.words + 1;
    for (const activity of this.byDate.values()) {
      const wider = new Uint32Array(this.bins.starts.length * words);
      for (let b = 0; b < this.bins.starts.length; b++)
        wider.set(activity.open.subarray(b * this.words, (b + 1) * this.words), b * words);
      activity.open = wider;
    }
    this.words = words;
  }

  private activityOf(date: string): DateActivity {
    let activity = this.byDate.get(date);
    if (activity === undefined) {
      daysSinceEpoch(date); // throws a RangeError naming a malformed date
      const count = this.bins.starts.length;
      activity = { open: new Uint32Array(count * this.words), busy: new Float64Array(count) };
      this.byDate.set(date, activity);
    }
    return activity;
  }
}

export interface StaffingBin {
  readonly from: number;
  readonly to: number;
  /** Windows open in this bin over the group's dates: the median date's, the fewest, the most, the mean. */
  readonly open: {
    readonly median: number;
    readonly min: number;
    readonly max: number;
    readonly mean: number;
  };
  /** Mean number of windows busy (serving) over the bin, averaged over the dates: offered work in windows. */
  readonly meanBusy: number;
  /** meanBusy over mean open: how much of the open windows' time went on service. */
  readonly utilisation: number;
}

export interface StaffingGroup {
  readonly key: string;
  readonly dates: readonly string[];
  readonly bins: readonly StaffingBin[];
}

export function fitStaffing(
  activity: WindowActivity,
  options: { groupBy?: DayGrouping } = {},
): StaffingGroup[] {
  const groups = groupDates(activity.dates(), options.groupBy ?? 'all');
  const { starts, ends } = activity.bins;
  return [...groups.entries()].map(([key, dates]) => {
    const perDate = dates.map((date) => activity.on(date)!);
    const bins = starts.map((from, b): StaffingBin => {
      const to = ends[b]!;
      const open = perDate.map((d) => d.open[b]!).sort((x, y) => x - y);
      const mean = open.reduce((s, x) => s + x, 0) / open.length;
      const middle = open.length >> 1;
      // The median day's count; between two days, the larger (staffing errs on the side of enough).
      const median = open[middle]!;
      const meanBusy =
        perDate.reduce((s, d) => s + d.busyMinutes[b]!, 0) / (perDate.length * (to - from));
      return {
        from,
        to,
        open: { median, min: open[0]!, max: open[open.length - 1]!, mean },
        meanBusy,
        utilisation: mean > 0 ? meanBusy / mean : 0,
      };
    });
    return { key, dates, bins };
  });
}

/**
 * The group's windows open as a pool's `capacity` and `schedule`: adjacent bins with the
 * same count merged into one period. Bins before the first window opens and after the
 * last closes are left out; `capacity` (the units outside every period) is the count of
 * the last period, so customers still inside at closing are finished by the windows
 * open then. Undefined when no window ever served.
 */
export function toCapacitySchedule(
  group: StaffingGroup,
  options: { statistic?: 'median' | 'max' } = {},
): Pick<ResourcePool, 'capacity' | 'schedule'> | undefined {
  const statistic = options.statistic ?? 'median';
  const counts = group.bins.map((b) => b.open[statistic]);
  let first = 0;
  let last = counts.length - 1;
  while (first <= last && counts[first] === 0) first++;
  while (last >= first && counts[last] === 0) last--;
  if (first > last) return undefined;
  // In the day's last bin fewer windows take a customer because few are left, not because
  // windows close: it keeps the windows open before it, which also serve whoever still
  // waits once the schedule has ended (the capacity after it).
  if (last > first && counts[last]! < counts[last - 1]!) counts[last] = counts[last - 1]!;
  const schedule: { from: string; to: string; capacity: number }[] = [];
  let periodStart = first;
  for (let b = first; b <= last; b++) {
    if (b === last || counts[b + 1] !== counts[b]) {
      schedule.push({
        from: formatTimeOfDay(group.bins[periodStart]!.from),
        to: formatTimeOfDay(group.bins[b]!.to),
        capacity: counts[b]!,
      });
      periodStart = b + 1;
    }
  }
  return { capacity: counts[last]!, schedule };
}
