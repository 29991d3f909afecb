/**
 * Remembers the rows seen, to tell a duplicate from a new row, in memory that does not
 * grow with the log: keys are kept per day, for the `keepDays` days most recently seen.
 * A log sorted by day, or nearly, has every duplicate found; one whose rows for a day
 * come back after `keepDays` other days can miss duplicates of that day.
 */
export interface DuplicateCheck {
  /** The row that first had `key` on `dayNumber`, or undefined (and `row` is remembered). */
  firstRowOf(dayNumber: number, key: string, row: number): number | undefined;
}

export function createDuplicateCheck(keepDays = 14): DuplicateCheck {
  const days = new Map<number, Map<string, number>>();
  return {
    firstRowOf(dayNumber, key, row) {
      let seen = days.get(dayNumber);
      if (seen === undefined) {
        seen = new Map();
        if (days.size >= keepDays) {
          const oldest = Math.min(...days.keys());
          days.delete(oldest);
        }
        days.set(dayNumber, seen);
      }
      const first = seen.get(key);
      if (first !== undefined) return first;
      seen.set(key, row);
      return undefined;
    },
  };
}
