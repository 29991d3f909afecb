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
