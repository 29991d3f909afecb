/** Capacity schedules: a pool's units at a time of day. */

/** A pool's capacity at a clock time from its daily changes. */
export function capacityAt(
  base: number,
  changes: readonly { minute: number; capacity: number }[],
  time: number,
): number {
  const minute = time - Math.floor(time / 1440) * 1440;
  let capacity = base;
  // The latest change at or before this minute of the day; none yet today means the base.
  for (const change of changes) if (change.minute <= minute) capacity = change.capacity;
  return capacity;
}

/**
 * When a pool's capacity next changes after `after`, or Infinity. Changes repeat daily;
 * a business day needs only its own day's, a steady run all of them up to its end.
 */
export function nextCapacityChange(
  changes: readonly { minute: number }[],
  after: number,
  window: { mode: 'day' | 'steady'; start: number; hardEnd: number },
): number {
  if (changes.length === 0) return Infinity;
  const dayStart = Math.floor(after / 1440) * 1440;
  const minute = after - dayStart;
  const change = changes.find((c) => c.minute > minute);
  const time = change ? dayStart + change.minute : dayStart + 1440 + changes[0]!.minute;
  if (time > window.hardEnd || (window.mode === 'day' && time >= window.start + 1440))
    return Infinity;
  return time;
}

/** Unit-minutes a pool's schedule makes available between two clock times. */
export function scheduledArea(
  base: number,
  changes: readonly { minute: number; capacity: number }[],
  from: number,
  to: number,
): number {
  let area = 0;
  let time = from;
  while (time < to) {
    const dayStart = Math.floor(time / 1440) * 1440;
    const minute = time - dayStart;
    const next = changes.find((c) => c.minute > minute);
    const until = Math.min(to, next ? dayStart + next.minute : dayStart + 1440);
    area += capacityAt(base, changes, time) * (until - time);
    time = until;
  }
  return area;
}
