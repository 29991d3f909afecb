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

/** The rate at a minute of the day and the minute of day until which it holds. */
function rateAt(
  periods: readonly RatePeriod[],
  minute: number,
): { perMinute: number; until: number } {
  for (const period of periods) {
    if (minute < period.from) return { perMinute: 0, until: period.from };
    if (minute < period.to) return { perMinute: period.perMinute, until: period.to };
  }
  return { perMinute: 0, until: DAY };
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
    const { perMinute, until } = rateAt(periods, t - dayStart);
    const segmentEnd = Math.min(dayStart + until, end);
    const rate = perMinute * multiplier;
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
    const { perMinute, until } = rateAt(periods, t - dayStart);
    const segmentEnd = Math.min(dayStart + until, to);
    total += perMinute * (segmentEnd - t);
    t = segmentEnd;
  }
  return total;
}
