/**
 * One row of a queue-ticket log read into a TicketRecord, or the reason it cannot be
 * used. The ticket time fixes the record's day: from its own date, else from the date
 * column. Call, start and end follow it in that order (each may be empty).
 */
import type { DuplicateCheck } from './duplicates.ts';
import {
  cellOf,
  columnName,
  isIssue,
  issue,
  laterTimeOf,
  readTimeCell,
  wallTimeOf,
} from './cells.ts';
import type { RowContext, WallTime } from './cells.ts';
import type { TicketField } from './fields.ts';
import { lookUpOutcome } from './outcomes.ts';
import type { TicketOutcome } from './outcomes.ts';
import type { TicketRecord } from './records.ts';
import type { RowIssue } from './rowIssues.ts';
import { isoDate, isoWeekday } from './timeValues.ts';

export interface TicketContext extends RowContext {
  outcomes: ReadonlyMap<string, TicketOutcome>;
  duplicates: DuplicateCheck;
}

export type RowResult<R> = { record: R; notes: RowIssue[] } | { skip: RowIssue };

function ticketTimeOf(
  fields: readonly string[],
  ctx: TicketContext,
  row: number,
): WallTime | RowIssue {
  const raw = cellOf(fields, ctx, 'ticketTime');
  const column = columnName(ctx, 'ticketTime');
  if (raw === '') return issue(row, 'missing-value', { column });
  const value = readTimeCell(raw, ctx, 'ticketTime');
  if (value.kind === 'invalid') return issue(row, value.reason, { column, value: raw });
  if (value.kind === 'date') return issue(row, 'bad-time', { column, value: raw });
  if (value.kind === 'datetime') return wallTimeOf(value, ctx.clock);
  const rawDate = cellOf(fields, ctx, 'date');
  if (rawDate === '') return issue(row, 'missing-date', { column, value: raw });
  const date = readTimeCell(rawDate, ctx, 'date');
  const dateColumn = columnName(ctx, 'date');
  if (date.kind === 'invalid')
    return issue(row, date.reason, { column: dateColumn, value: rawDate });
  if (date.kind === 'time') return issue(row, 'bad-time', { column: dateColumn, value: rawDate });
  // A date column often holds «2026-03-02 00:00:00» (spreadsheets): its day is what counts.
  return { dayNumber: date.dayNumber, minutes: value.minutes };
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

const LATER_FIELDS = ['callTime', 'startTime', 'endTime'] as const;

export function readTicketRow(
  fields: readonly string[],
  ctx: TicketContext,
  row: number,
): RowResult<TicketRecord> {
  const arrival = ticketTimeOf(fields, ctx, row);
  if (isIssue(arrival)) return { skip: arrival };
  const { dayNumber } = arrival;
  const times: Partial<Record<TicketField, number>> = {};
  let previous = {
    minutes: arrival.minutes,
    field: 'ticketTime' as TicketField,
    raw: cellOf(fields, ctx, 'ticketTime'),
  };
  for (const field of LATER_FIELDS) {
    const minutes = laterTimeOf(fields, ctx, row, field, dayNumber, previous);
    if (isIssue(minutes)) return { skip: minutes };
    if (minutes === undefined) continue;
    times[field] = minutes;
    previous = { minutes, field, raw: cellOf(fields, ctx, field) };
  }
  const notes: RowIssue[] = [];
  const rawOutcome = cellOf(fields, ctx, 'outcome');
  let outcome: TicketOutcome;
  let outcomeInferred = false;
  if (rawOutcome !== '') {
    const known = lookUpOutcome(ctx.outcomes, rawOutcome);
    if (known === undefined) {
      const column = columnName(ctx, 'outcome');
      return { skip: issue(row, 'unknown-outcome', { column, value: rawOutcome }) };
    }
    outcome = known;
  } else {
    outcome = times.endTime !== undefined || times.startTime !== undefined ? 'served' : 'abandoned';
    outcomeInferred = true;
    if (ctx.columns.outcome !== undefined) notes.push(issue(row, 'outcome-inferred', { outcome }));
  }
  if (outcome === 'served' && times.endTime === undefined && ctx.columns.endTime !== undefined) {
    notes.push(issue(row, 'incomplete', { column: columnName(ctx, 'endTime') }));
  }
  const ticket = optional(cellOf(fields, ctx, 'ticket'));
  const branch = optional(cellOf(fields, ctx, 'branch'));
  if (ticket !== undefined) {
    const key = `${branch ?? ''}\u0000${ticket}\u0000${times.callTime ?? ''}`;
    const firstRow = ctx.duplicates.firstRowOf(dayNumber, key, row);
    if (firstRow !== undefined) {
      return { skip: issue(row, 'duplicate', { what: 'ticket', key: ticket, firstRow }) };
    }
  }
  const record: TicketRecord = {
    row,
    day: isoDate(dayNumber),
    dayNumber,
    weekday: isoWeekday(dayNumber),
    ticketAt: arrival.minutes,
    outcome,
    outcomeInferred,
  };
  if (ticket !== undefined) record.ticket = ticket;
  if (branch !== undefined) record.branch = branch;
  const businessType = optional(cellOf(fields, ctx, 'businessType'));
  if (businessType !== undefined) record.businessType = businessType;
  if (times.callTime !== undefined) record.calledAt = times.callTime;
  if (times.startTime !== undefined) record.startAt = times.startTime;
  if (times.endTime !== undefined) record.endAt = times.endTime;
  const window = optional(cellOf(fields, ctx, 'window'));
  if (window !== undefined) record.window = window;
  const teller = optional(cellOf(fields, ctx, 'teller'));
  if (teller !== undefined) record.teller = teller;
  return { record, notes };
}
