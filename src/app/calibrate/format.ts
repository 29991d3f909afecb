/** Figures of the fits as the dialog shows them: a few significant digits, times of day as hh:mm. */
import { formatTimeOfDay } from '../../analysis/fit/index.ts';

/** Three significant digits at most, no exponent: 0.0123, 4.71, 45.4, 1234. */
export function figure(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const size = Math.abs(x);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
  return x.toFixed(decimals);
}

/** A share 0..1 as a percentage with one decimal. */
export function percent(share: number): string {
  return (share * 100).toFixed(1);
}

export const clock = (minutes: number): string => formatTimeOfDay(minutes);

/** Bytes as KB or MB, for the progress line. */
export function byteSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The bins from the first to the last with something in them: the hours the branch was open. */
export function openSpan<T>(bins: readonly T[], busy: (bin: T) => boolean): T[] {
  const first = bins.findIndex(busy);
  if (first < 0) return [];
  let last = bins.length - 1;
  while (!busy(bins[last]!)) last--;
  return bins.slice(first, last + 1);
}

/** An axis tick: three significant digits, no trailing zeros (0, 2.5, 12.4). */
export function tick(x: number): string {
  return String(Number(x.toPrecision(3)));
}
