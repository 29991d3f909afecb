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

/** The first arrival after `from` and before `end`, or Infinity. */
export function nextArrival(
  periods: readonly RatePeriod[],
  multiplier: number,
  from: number,
  end: number,
  random: Random,
): number {
  let t = from;
  while (t < end) {
    const dayStart = Math.floor(t / DAY) * DAY;
    const at = periodAt(periods, t - dayStart);
    const segmentEnd = Math.min(dayStart + untilOf(periods, at), end);
    const rate = perMinuteOf(periods, at) * multiplier;
    if (rate > 0) {
      const candidate = t - ln(random.next()) / rate;
      if (candidate < segmentEnd) return candidate;
    }
    t = segmentEnd;
  }
  return Infinity;
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
