/**
 * The reader's push interface: rows (arrays of cell text, the header already taken) go
 * in one at a time; typed records, row issues and a summary come out. Nothing is kept
 * per row but the duplicate check's keys of recent days (duplicates.ts), so memory does
 * not grow with the log; whoever keeps the records decides what they cost.
 */
import { createDuplicateCheck } from './duplicates.ts';
import { readEventRow } from './eventRows.ts';
import type { EventContext } from './eventRows.ts';
import type { ColumnMapping } from './headers.ts';
import { cellOf, columnName, issue, serialColumnNames } from './cells.ts';
import { createLifecyclePairing, transitionOf } from './lifecycle.ts';
import { outcomeTable } from './outcomes.ts';
import type { TicketOutcome } from './outcomes.ts';
import type { ActivityRecord, TicketRecord } from './records.ts';
import type { RowIssue } from './rowIssues.ts';
import { createSummaryCounter } from './summary.ts';
import type { LogSummary } from './summary.ts';
import { readTicketRow } from './ticketRows.ts';
import type { RowResult, TicketContext } from './ticketRows.ts';
import type { DateOrder } from './timeValues.ts';
import { DEFAULT_TIME_ZONE, zoneClock } from './timeZone.ts';

export interface ReadOptions {
  /** The zone the log's times are in (default +08:00, China Standard Time). */
  timeZone?: string;
  /** How to read 02/03/2026: day first (dmy) or month first (mdy). Unset: such dates are skipped. */
  dateOrder?: DateOrder;
  /** The log's own status values, on top of the known ones (outcomes.ts). */
  outcomes?: Readonly<Record<string, TicketOutcome>>;
}

export interface RecordHandlers {
  onTicket?(record: TicketRecord): void;
  onActivity?(record: ActivityRecord): void;
  /** Every skipped row and every note, as it is found. */
  onIssue?(issue: RowIssue): void;
}

export interface LogReader {
  /** One data row; `quotesBroken` when the CSV parser found its quotes malformed. */
  pushRow(fields: readonly string[], quotesBroken?: boolean): void;
  summary(): LogSummary;
}

/**
 * A reader for the data rows under `header`, which is row `headerRow` of the file (rows
 * are numbered from it). Throws on a time zone it does not know.
 */
export function createLogReader(
  header: readonly string[],
  mapping: ColumnMapping,
  options: ReadOptions,
  handlers: RecordHandlers,
  headerRow = 1,
): LogReader {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const clock = zoneClock(zone);
  if (clock === undefined) throw new RangeError(`unknown time zone: ${zone}`);
  const counter = createSummaryCounter(mapping.kind);
  const base = {
    columns: mapping.columns,
    header,
    dateOrder: options.dateOrder,
    clock,
    serialColumns: new Map<number, boolean>(),
  };
  const duplicates = createDuplicateCheck();
  const ticketContext: TicketContext = {
    ...base,
    outcomes: outcomeTable(options.outcomes),
    duplicates,
  };
  const eventContext: EventContext = { ...base, duplicates };
  const lastColumn = Math.max(...Object.values(mapping.columns));
  let row = headerRow;
  // One row per lifecycle transition: starts wait for their completes (lifecycle.ts).
  const pairing = mapping.columns.lifecycle === undefined ? undefined : createLifecyclePairing();
  let finished = false;

  const report = (found: RowIssue): void => {
    counter.countIssue(found);
    handlers.onIssue?.(found);
  };

  const shapeIssue = (fields: readonly string[], quotesBroken: boolean): RowIssue | undefined => {
    if (fields.every((cell) => cell.trim() === '')) return issue(row, 'blank-row', {});
    if (quotesBroken) return issue(row, 'bad-quotes', {});
    const extra = fields.slice(header.length).some((cell) => cell.trim() !== '');
    if (fields.length <= lastColumn || extra) {
      return issue(row, 'wrong-field-count', { found: fields.length, expected: header.length });
    }
    return undefined;
  };

  const take = <R extends { dayNumber: number }>(
    result: RowResult<R>,
    time: (record: R) => number,
    deliver: ((record: R) => void) | undefined,
  ): void => {
    if ('skip' in result) {
      report(result.skip);
      return;
    }
    for (const note of result.notes) report(note);
    counter.countUsed(result.record.dayNumber, time(result.record));
    deliver?.(result.record);
  };

  return {
    pushRow(fields, quotesBroken = false) {
      row++;
      counter.countRow();
      const shape = shapeIssue(fields, quotesBroken);
      if (shape !== undefined) {
        report(shape);
        return;
      }
      if (mapping.kind === 'queue') {
        take(readTicketRow(fields, ticketContext, row), (r) => r.ticketAt, handlers.onTicket);
      } else if (pairing === undefined) {
        take(
          readEventRow(fields, eventContext, row),
          (r) => r.startAt ?? r.completeAt,
          handlers.onActivity,
        );
      } else {
        const value = cellOf(fields, eventContext, 'lifecycle');
        const transition = transitionOf(value);
        if (transition === 'other') {
          const column = columnName(eventContext, 'lifecycle');
          report(issue(row, 'lifecycle-other', { column, value }));
          return;
        }
        take(
          readEventRow(fields, eventContext, row),
          (r) => r.startAt ?? r.completeAt,
          (record) => {
            if (transition === 'start') pairing.start(record);
            else handlers.onActivity?.(pairing.complete(record));
          },
        );
      }
    },
    summary: () => {
      if (pairing !== undefined && !finished) {
        finished = true;
        for (const open of pairing.openStarts())
          report(
            issue(open.row, 'start-without-complete', {
              caseId: open.caseId,
              activity: open.activity,
            }),
          );
      }
      const summary = counter.summary();
      const serial = serialColumnNames(base);
      if (serial.length > 0) summary.excelSerialColumns = serial;
      return summary;
    },
  };
}
