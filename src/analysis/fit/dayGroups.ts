/** Pooling the dates of a log into groups of like days: all, each weekday, workday and weekend, or the caller's. */
import { weekdayOf } from './timeOfDay.ts';

/** How dates are pooled: one group, each day of the week, workday and weekend, or the caller's own. */
export type DayGrouping = 'all' | 'weekday' | 'workday-weekend' | ((date: string) => string);

/** The dates ("YYYY-MM-DD") of each group, in the order given, keyed by the group's name. */
export function groupDates(dates: readonly string[], grouping: DayGrouping): Map<string, string[]> {
  const keyOf = groupKey(grouping);
  const groups = new Map<string, string[]>();
  for (const date of dates) {
    const key = keyOf(date);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [date]);
    else members.push(date);
  }
  return groups;
}

function groupKey(grouping: DayGrouping): (date: string) => string {
  if (typeof grouping === 'function') return grouping;
  switch (grouping) {
    case 'all':
      return () => 'all';
    case 'weekday':
      return weekdayOf;
    case 'workday-weekend':
      return (date) => {
        const day = weekdayOf(date);
        return day === 'sat' || day === 'sun' ? 'weekend' : 'workday';
      };
  }
}
