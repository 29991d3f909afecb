/**
 * One row of an event log (one activity instance: case, activity, start, complete,
 * resource) read into an ActivityRecord, or the reason it cannot be used. Both times
 * carry their date; the record's day is the start's (else the completion's).
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
import type { EventField } from './fields.ts';
import type { ActivityRecord } from './records.ts';
import type { RowIssue } from './rowIssues.ts';
import type { RowResult } from './ticketRows.ts';
import { isoDate, isoWeekday } from './timeValues.ts';

export interface EventContext extends RowContext {
  duplicates: DuplicateCheck;
}

function dateTimeOf(
  fields: readonly string[],
  ctx: EventContext,
  row: number,
  field: EventField,
): WallTime | undefined | RowIssue {
  const raw = cellOf(fields, ctx, field);
  if (raw === '') return undefined;
  const column = columnName(ctx, field);
  const value = readTimeCell(raw, ctx, field);
  if (value.kind === 'invalid') return issue(row, value.reason, { column, value: raw });
  if (value.kind === 'time') return issue(row, 'missing-date', { column, value: raw });
  if (value.kind === 'date') return issue(row, 'bad-time', { column, value: raw });
  return wallTimeOf(value, ctx.clock);
}

export function readEventRow(
  fields: readonly string[],
  ctx: EventContext,
  row: number,
): RowResult<ActivityRecord> {
  const caseId = cellOf(fields, ctx, 'caseId');
  if (caseId === '')
    return { skip: issue(row, 'missing-value', { column: columnName(ctx, 'caseId') }) };
  const activity = cellOf(fields, ctx, 'activity');
  if (activity === '') {
    return { skip: issue(row, 'missing-value', { column: columnName(ctx, 'activity') }) };
  }
  const start = dateTimeOf(fields, ctx, row, 'start');
  if (isIssue(start)) return { skip: start };
  let day: WallTime;
  let completeAt: number;
  if (start === undefined) {
    const complete = dateTimeOf(fields, ctx, row, 'complete');
    if (isIssue(complete)) return { skip: complete };
    if (complete === undefined) {
      return { skip: issue(row, 'missing-value', { column: columnName(ctx, 'complete') }) };
    }
    day = complete;
    completeAt = complete.minutes;
  } else {
    day = start;
    const previous = {
      minutes: start.minutes,
      field: 'start' as const,
      raw: cellOf(fields, ctx, 'start'),
    };
    const complete = laterTimeOf(fields, ctx, row, 'complete', start.dayNumber, previous);
    if (isIssue(complete)) return { skip: complete };
    if (complete === undefined) {
      return { skip: issue(row, 'missing-value', { column: columnName(ctx, 'complete') }) };
    }
    completeAt = complete;
  }
  // A start row and a complete row of an instant activity share their time: not duplicates.
  const transition = cellOf(fields, ctx, 'lifecycle');
  const key = `${caseId}\u0000${activity}\u0000${start?.minutes ?? ''}\u0000${completeAt}\u0000${transition}`;
  const firstRow = ctx.duplicates.firstRowOf(day.dayNumber, key, row);
  if (firstRow !== undefined) {
    return {
      skip: issue(row, 'duplicate', { what: 'event', key: `${caseId} ${activity}`, firstRow }),
    };
  }
  const record: ActivityRecord = {
    row,
    day: isoDate(day.dayNumber),
    dayNumber: day.dayNumber,
    weekday: isoWeekday(day.dayNumber),
    caseId,
    activity,
    completeAt,
  };
  if (start !== undefined) record.startAt = start.minutes;
  const resource = cellOf(fields, ctx, 'resource');
  if (resource !== '') record.resource = resource;
  const notes: RowIssue[] = [];
  return { record, notes };
}
