/**
 * Reading the cells of one row by field, shared by the ticket and event row readers:
 * the row's context, trimmed cell text, and time cells resolved against a day.
 */
import type { LogField } from './fields.ts';
import type { RowIssue, RowIssueCode } from './rowIssues.ts';
import { isSkipCode } from './rowIssues.ts';
import { isPlainNumber, parseExcelSerial, parseTimeValue } from './timeValues.ts';
import type { DateOrder, TimeValue } from './timeValues.ts';
import type { ZoneClock } from './timeZone.ts';

export interface RowContext {
  columns: Partial<Record<LogField, number>>;
  header: readonly string[];
  dateOrder: DateOrder | undefined;
  clock: ZoneClock;
  /**
   * Per column index, decided by its first cell that is a plain number: whether the
   * column holds Excel serial dates (readTimeCell). Filled as the rows are read.
   */
  serialColumns: Map<number, boolean>;
}

/** The trimmed text of `field`'s cell; '' when the field is not mapped or the cell is empty. */
export function cellOf(fields: readonly string[], ctx: RowContext, field: LogField): string {
  const column = ctx.columns[field];
  return column === undefined ? '' : (fields[column] ?? '').trim();
}

/** The field's column as the file's header spells it (the field's name if it has none). */
export function columnName(ctx: RowContext, field: LogField): string {
  const column = ctx.columns[field];
  const name = column === undefined ? '' : (ctx.header[column] ?? '').trim();
  return name === '' ? field : name;
}

export function issue(
  row: number,
  code: RowIssueCode,
  params: Readonly<Record<string, string | number>>,
): RowIssue {
  return { row, code, skipped: isSkipCode(code), params };
}

/**
 * A time cell of `field` read as a value. A plain number is an Excel serial date only in
 * a column whose first plain number was one (46083.375): the column decides, so that a
 * column of other numbers (930 for 09:30, seconds) is not read as dates of the 1900s,
 * and a stray number in a column of written dates is not taken for one.
 */
export function readTimeCell(raw: string, ctx: RowContext, field: LogField): TimeValue {
  const column = ctx.columns[field];
  if (column !== undefined && isPlainNumber(raw)) {
    let serial = ctx.serialColumns.get(column);
    if (serial === undefined) {
      serial = parseExcelSerial(raw) !== undefined;
      ctx.serialColumns.set(column, serial);
    }
    if (serial) return parseExcelSerial(raw) ?? { kind: 'invalid', reason: 'bad-time' };
  }
  return parseTimeValue(raw, ctx.dateOrder);
}

/** The header names of the columns read as Excel serial dates, in the file's order. */
export function serialColumnNames(ctx: RowContext): string[] {
  return [...ctx.serialColumns]
    .filter(([, serial]) => serial)
    .map(([column]) => column)
    .sort((a, b) => a - b)
    .map((column) => (ctx.header[column] ?? '').trim() || `column ${column + 1}`);
}

/** A wall-clock day and minute in the stated zone. */
export interface WallTime {
  dayNumber: number;
  minutes: number;
}

/** A date-and-time value as the stated zone's wall clock (an offset turned into it). */
export function wallTimeOf(
  value: Extract<TimeValue, { kind: 'datetime' }>,
  clock: ZoneClock,
): WallTime {
  if (value.offset === undefined) return { dayNumber: value.dayNumber, minutes: value.minutes };
  const local = clock(value.dayNumber * 1440 + value.minutes - value.offset);
  const dayNumber = Math.floor(local / 1440);
  return { dayNumber, minutes: local - dayNumber * 1440 };
}

/**
 * A time cell on the record's day, or undefined when empty, or the issue that makes the
 * row unusable. A time without a date that reads earlier than the time before it in the
 * row, by less than 12 hours once a day is added, is past midnight (ticket 23:50, called
 * 00:05); otherwise it is out of order.
 */
export function laterTimeOf(
  fields: readonly string[],
  ctx: RowContext,
  row: number,
  field: LogField,
  dayNumber: number,
  previous: { minutes: number; field: LogField; raw: string } | undefined,
): number | undefined | RowIssue {
  const raw = cellOf(fields, ctx, field);
  if (raw === '') return undefined;
  const value = readTimeCell(raw, ctx, field);
  const column = columnName(ctx, field);
  if (value.kind === 'invalid') return issue(row, value.reason, { column, value: raw });
  if (value.kind === 'date') return issue(row, 'bad-time', { column, value: raw });
  let minutes: number;
  if (value.kind === 'datetime') {
    const wall = wallTimeOf(value, ctx.clock);
    minutes = (wall.dayNumber - dayNumber) * 1440 + wall.minutes;
  } else {
    minutes = value.minutes;
    if (previous !== undefined && minutes < previous.minutes) {
      const rolled = minutes + 1440 * Math.ceil((previous.minutes - minutes) / 1440);
      if (rolled - previous.minutes < 720) minutes = rolled;
    }
  }
  if (previous !== undefined && minutes < previous.minutes) {
    return issue(row, 'time-order', {
      column,
      value: raw,
      other: columnName(ctx, previous.field),
      otherValue: previous.raw,
    });
  }
  return minutes;
}

export function isIssue(value: unknown): value is RowIssue {
  return typeof value === 'object' && value !== null && 'code' in value;
}
