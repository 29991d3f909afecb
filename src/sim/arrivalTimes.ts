/**
 * Arrival times of a non-homogeneous Poisson process with a piecewise-constant rate
 * over the day (a constant rate is one period over the whole day).
 *
 * Within a period the gaps are exponential; at a period boundary the draw starts afresh
 * at the new rate. Because the exponential distribution is memoryless this is exact, not
 * an approximation, and so is a rate change made during playback.
 */
import type { RatePeriod } from './model.ts';
import type { Random } from './random.ts';
import { ln } from './math.ts';

const DAY = 1440;

/**
 * The period in force at a minute of the day: its index, or −1 − the index of the next
 * period when the minute falls between periods (−1 − periods.length after the last).
 * A number, not an object, because every arrival asks.
 */
function periodAt(periods: readonly RatePeriod[], minute: number): number {
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (minute < period.from) return -1 - i;
    if (minute < period.to) return i;
  }
  return -1 - periods.length;
}

/** Arrivals per minute of what periodAt found (0 between periods). */
function perMinuteOf(periods: readonly RatePeriod[], at: number): number {
  return at >= 0 ? periods[at]!.perMinute : 0;
}

/** The minute of day until which the rate periodAt found holds. */
function untilOf(periods: readonly RatePeriod[], at: number): number {
  if (at >= 0) return periods[at]!.to;
  return -1 - at < periods.length ? periods[-1 - at]!.from : DAY;
}

/**
 * The first arrival after `from` and before `end`, or Infinity (tests and one-off
 * draws; the engine keeps an ArrivalClock per stream, which draws the same times).
 */
export function nextArrival(
  periods: readonly RatePeriod[],
  multiplier: number,
  from: number,
  end: number,
  random: Random,
): number {
  return new ArrivalClock(periods, end, random).next(from, multiplier);
}

/**
 * One stream's arrival times, remembering the stretch of the day it last looked up:
 * nearly every arrival falls in the same period as the one before, and finding the period
 * (a search through the day's periods, its end, its rate) was most of the cost of an
 * arrival. The times are the same as a fresh search would give, to the last bit: the
 * remembered stretch is the exact set of minutes of one day for which the search gives
 * the same period, so a moment inside it gets the same segment end and rate.
 */
export class ArrivalClock {
  /** The day (its first minute on the run's clock) of the stretch remembered; none yet. */
  private dayStart = NaN;
  /** Minutes of that day for which periodAt gives the stretch's answer: [low, high). */
  private low = 0;
  private high = 0;
  /** The stretch's end on the run's clock (at most `end`) and its arrivals per minute. */
  private segmentEnd = 0;
  private perMinute = 0;

  constructor(
    private readonly periods: readonly RatePeriod[],
    private readonly end: number,
    private readonly random: Random,
  ) {}

  /** The first arrival after `from` and before the end, at `multiplier` times the rates, or Infinity. */
  next(from: number, multiplier: number): number {
    const end = this.end;
    let t = from;
    while (t < end) {
      const dayStart = Math.floor(t / DAY) * DAY;
      const minute = t - dayStart;
      if (dayStart !== this.dayStart || minute < this.low || minute >= this.high)
        this.look(dayStart, minute);
      const segmentEnd = this.segmentEnd;
      const rate = this.perMinute * multiplier;
      if (rate > 0) {
        const candidate = t - ln(this.random.next()) / rate;
        if (candidate < segmentEnd) return candidate;
      }
      t = segmentEnd;
    }
    return Infinity;
  }

  /** Finds the period in force at `minute` of the day starting at `dayStart`, and its stretch. */
  private look(dayStart: number, minute: number): void {
    const periods = this.periods;
    const at = periodAt(periods, minute);
    // periodAt gives `at` to exactly the minutes at or past every earlier period's start
    // and end (it passed them all) and before the end of period `at`, or before the start
    // of the next period when `at` falls between periods.
    const index = at >= 0 ? at : -1 - at;
    let low = -Infinity;
    for (let i = 0; i < index; i++) low = Math.max(low, periods[i]!.from, periods[i]!.to);
    if (at >= 0) low = Math.max(low, periods[at]!.from);
    this.dayStart = dayStart;
    this.low = low;
    this.high =
      at >= 0 ? periods[at]!.to : index < periods.length ? periods[index]!.from : Infinity;
    this.segmentEnd = Math.min(dayStart + untilOf(periods, at), this.end);
    this.perMinute = perMinuteOf(periods, at);
  }
}

/** The expected number of arrivals between two clock times (for load estimates and tests). */
export function expectedArrivals(periods: readonly RatePeriod[], from: number, to: number): number {
  let total = 0;
  let t = from;
  while (t < to) {
    const dayStart = Math.floor(t / DAY) * DAY;
    const at = periodAt(periods, t - dayStart);
    const segmentEnd = Math.min(dayStart + untilOf(periods, at), to);
    total += perMinuteOf(periods, at) * (segmentEnd - t);
    t = segmentEnd;
  }
  return total;
}
