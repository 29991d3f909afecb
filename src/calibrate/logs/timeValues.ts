/**
 * Reading one date, time or date-and-time cell as a branch system writes it:
 *
 *   2026-03-02 09:15:30   2026/3/2 9:15   2026.03.02T09:15:30.250   2026年3月2日 9时15分
 *   20260302091530   2026-03-02T01:15:30Z   2026-03-02 09:15:30+08:00
 *   09:15   9:15:30 PM   下午2:15   25:10 (past midnight of the date)
 *   093015 and 0930 (digits alone, zero-padded: HHMMSS and HHMM)
 *   02/03/2026 and 3/2/2026 only with the day order stated (dmy or mdy): they are ambiguous
 *   46083.375 (Excel's serial number of 2026-03-02 09:00, as a spreadsheet exports it),
 *   0.375 (a time of day alone): parseExcelSerial, used where the column holds them
 *
 * Pure arithmetic on the digits (no Date parsing, whose rules differ between engines).
 * A value is wall-clock time; one with an offset (Z, +08:00) is an instant, which
 * timeZone.ts turns into the stated zone's wall clock.
 */

/** Days since 1970-01-01 of a calendar date, or undefined when there is no such date. */
export function dayNumberOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return Math.round(ms / 86_400_000);
}

let lastDayNumber = NaN;
let lastIsoDate = '';

/** The ISO date ('2026-03-02') of a day number. */
export function isoDate(dayNumber: number): string {
  // Rows come day by day: the last answer is nearly always the next one.
  if (dayNumber !== lastDayNumber) {
    lastIsoDate = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
    lastDayNumber = dayNumber;
  }
  return lastIsoDate;
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export type DateOrder = 'dmy' | 'mdy';

export type TimeValue =
  | { kind: 'date'; dayNumber: number }
  | { kind: 'time'; minutes: number }
  /** `offset`: minutes east of UTC the value states (Z = 0); absent for wall-clock values. */
  | { kind: 'datetime'; dayNumber: number; minutes: number; offset?: number }
  | { kind: 'invalid'; reason: 'bad-time' | 'ambiguous-date' };

const BAD: TimeValue = { kind: 'invalid', reason: 'bad-time' };
const AMBIGUOUS: TimeValue = { kind: 'invalid', reason: 'ambiguous-date' };

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T ]?(\d{2})(\d{2})(\d{2})?)?$/;
const ZONE = /(?:\s*(Z|UTC|GMT)|\s*([+-])(\d{2}):?(\d{2})?)$/i;
const CLOCK =
  /^(上午|下午|中午|晚上|凌晨)?\s*(\d{1,2})\s*[:时點点]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2}(?:[.,]\d+)?)\s*秒?|分)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/**
 * A clock in digits alone, as some queue systems export it: «093015» (HHMMSS) or «0930»
 * (HHMM), zero-padded. Three or five digits are not read: they are a number that lost its
 * leading zero, and «930» may have been 09:30 or 00:09:30.
 */
const DIGITS_CLOCK = /^(\d{2})(\d{2})(\d{2})?$/;

/** Minutes after midnight of a clock reading, or undefined when it is not one. */
export function parseClock(text: string): number | undefined {
  const digits = DIGITS_CLOCK.exec(text.trim());
  if (digits !== null) {
    const [, h, m, s] = digits;
    const [hours, minutes, seconds] = [Number(h), Number(m), Number(s ?? 0)];
    return hours > 47 || minutes > 59 || seconds > 59
      ? undefined
      : hours * 60 + minutes + seconds / 60;
  }
  const match = CLOCK.exec(text.trim());
  if (match === null) return undefined;
  const [, chinese, h, m, s, english] = match;
  let hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s.replace(',', '.'));
  if (minutes > 59 || seconds >= 60) return undefined;
  if (english !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    const afternoon = english.toLowerCase().startsWith('p');
    hours = (hours % 12) + (afternoon ? 12 : 0);
  } else if (chinese !== undefined) {
    if (hours > 12) return undefined;
    // 下午/晚上 2 点 is 14:00; 中午 1 点 is 13:00 but 中午 11/12 点 stay; 上午/凌晨 as read.
    const afternoon =
      chinese === '下午' || chinese === '晚上' ? hours < 12 : chinese === '中午' && hours < 11;
    if (afternoon) hours += 12;
  } else if (hours > 47) {
    return undefined;
  }
  return hours * 60 + minutes + seconds / 60;
}

const ZERO = 48;

/** The number of the `count` ASCII digits at `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** «HH:MM:SS» at `at`, the form nearly every export uses, without a regular expression. */
function plainClockAt(text: string, at: number): number | undefined {
  if (text.charCodeAt(at + 2) !== 58 || text.charCodeAt(at + 5) !== 58) return undefined;
  const h = digitsAt(text, at, 2);
  const m = digitsAt(text, at + 3, 2);
  const s = digitsAt(text, at + 6, 2);
  if (h < 0 || m < 0 || s < 0 || h > 47 || m > 59 || s > 59) return undefined;
  return h * 60 + m + s / 60;
}

let lastDateText = '';
let lastDateDay: number | undefined;

/** «YYYY-MM-DD» at the start, remembered: a log repeats its dates row after row. */
function plainDate(text: string): number | undefined {
  const date = text.slice(0, 10);
  if (date === lastDateText) return lastDateDay;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return undefined;
  lastDateText = date;
  lastDateDay = dayNumberOf(y, m, d);
  return lastDateDay;
}

/** The commonest forms, «HH:MM:SS», «YYYY-MM-DD» and «YYYY-MM-DD HH:MM:SS», read fast. */
function plainValue(text: string): TimeValue | undefined {
  if (text.length === 8) {
    const minutes = plainClockAt(text, 0);
    return minutes === undefined ? undefined : { kind: 'time', minutes };
  }
  if (text.length !== 10 && text.length !== 19) return undefined;
  const dayNumber = plainDate(text);
  if (dayNumber === undefined) return undefined;
  if (text.length === 10) return { kind: 'date', dayNumber };
  const separator = text.charCodeAt(10);
  if (separator !== 32 && separator !== 84) return undefined;
  const minutes = plainClockAt(text, 11);
  return minutes === undefined ? undefined : { kind: 'datetime', dayNumber, minutes };
}

/** Excel's serial numbers of 1990-01-01 and 2099-12-31: a number between them can be a date. */
const FIRST_SERIAL = 32_874;
const LAST_SERIAL = 73_050;
/** The serial of 1970-01-01 in Excel's 1900 date system (right for every date after February 1900). */
const SERIAL_OF_EPOCH = 25_569;
const MS_A_DAY = 86_400_000;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Whether a cell is a plain decimal number (digits, at most one point), as serials are written. */
export function isPlainNumber(text: string): boolean {
  return DECIMAL.test(text);
}

/**
 * A spreadsheet's date-time cell exported as a number: days since 30 December 1899, the
 * fraction the time of day. Dates of 1990–2099 only, or a fraction below 1 for a time
 * alone; anything else (930, 1.5, 20260302) is undefined: not a serial of this era.
 * The time is read to the millisecond, as Excel stores it.
 */
export function parseExcelSerial(text: string): TimeValue | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const serial = Number(text);
  const whole = Math.floor(serial);
  if (whole !== 0 && (whole < FIRST_SERIAL || whole > LAST_SERIAL)) return undefined;
  const ms = Math.round((serial - whole) * MS_A_DAY);
  const dayNumber = whole - SERIAL_OF_EPOCH + (ms === MS_A_DAY ? 1 : 0);
  const minutes = (ms === MS_A_DAY ? 0 : ms) / 60_000;
  if (whole === 0) return { kind: 'time', minutes };
  return text.includes('.')
    ? { kind: 'datetime', dayNumber, minutes }
    : { kind: 'date', dayNumber };
}

/**
 * One cell read as a date, a time of day or both. Hours 24–47 are accepted without
 * AM/PM: some systems write a service that ran past midnight as «25:10» on its day.
 */
export function parseTimeValue(raw: string, dateOrder?: DateOrder): TimeValue {
  const text = raw.trim();
  if (text === '') return BAD;
  const plain = plainValue(text);
  if (plain !== undefined) return plain;
  const compact = COMPACT.exec(text);
  if (compact !== null) {
    const [, y, mo, d, h, mi, s] = compact;
    const dayNumber = dayNumberOf(Number(y), Number(mo), Number(d));
    if (dayNumber === undefined) return BAD;
    if (h === undefined) return { kind: 'date', dayNumber };
    const minutes = Number(h) * 60 + Number(mi) + Number(s ?? 0) / 60;
    if (Number(mi) > 59 || Number(s ?? 0) > 59 || Number(h) > 47) return BAD;
    return { kind: 'datetime', dayNumber, minutes };
  }
  let dayNumber: number | undefined;
  let rest = text;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null) {
    dayNumber = dayNumberOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    if (dayNumber === undefined) return BAD;
    rest = text.slice(yearFirst[0].length);
  } else {
    const yearLast = YEAR_LAST.exec(text);
    if (yearLast !== null) {
      if (dateOrder === undefined) return AMBIGUOUS;
      const [first, second] = [Number(yearLast[1]), Number(yearLast[2])];
      const [day, month] = dateOrder === 'dmy' ? [first, second] : [second, first];
      dayNumber = dayNumberOf(Number(yearLast[3]), month, day);
      if (dayNumber === undefined) return BAD;
      rest = text.slice(yearLast[0].length);
    }
  }
  rest = rest.replace(/^\s*T?\s*/i, '');
  if (rest === '') return dayNumber === undefined ? BAD : { kind: 'date', dayNumber };
  let offset: number | undefined;
  const zone = dayNumber === undefined ? null : ZONE.exec(rest);
  if (zone !== null) {
    const [whole, utc, sign, zh, zm] = zone;
    offset = utc !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0));
    if (Math.abs(offset) > 18 * 60) return BAD;
    rest = rest.slice(0, rest.length - whole.length);
  }
  const minutes = parseClock(rest);
  if (minutes === undefined) return BAD;
  if (dayNumber === undefined) return { kind: 'time', minutes };
  return offset === undefined
    ? { kind: 'datetime', dayNumber, minutes }
    : { kind: 'datetime', dayNumber, minutes, offset };
}
