/** Dates and times of day as the fits take them and as the blueprint writes them. */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTES_PER_DAY = 1440;

/** "HH:MM" for a whole number of minutes after midnight, 0 to 1440 ("24:00"). */
export function formatTimeOfDay(minutes: number): string {
  if (!(Number.isInteger(minutes) && minutes >= 0 && minutes <= MINUTES_PER_DAY)) {
    throw new RangeError(`a time of day must be whole minutes from 0 to 1440, got ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The day of the week of a calendar date "YYYY-MM-DD" (proleptic Gregorian), by plain
 * arithmetic: days since 1970-01-01 (a Thursday) from the civil-date formula, so no time
 * zone or Date object can shift it.
 */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(((daysSinceEpoch(date) + 3) % 7) + 7) % 7]!;
}

/** Days from 1970-01-01 to a valid "YYYY-MM-DD"; a malformed or impossible date is a RangeError. */
export function daysSinceEpoch(date: string): number {
  const match = DATE_PATTERN.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`a date must be a calendar date "YYYY-MM-DD", got "${date}"`);
  }
  // Count from March, so the leap day is the year's last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
