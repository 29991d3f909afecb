/**
 * The account of one reading: rows read, used and skipped, how many for each reason
 * with the first few row numbers of each, the days covered. Fixed-size apart from the
 * set of distinct days, so reading a million rows keeps it small.
 */
import type { LogKind } from './fields.ts';
import type { RowIssue, RowIssueCode } from './rowIssues.ts';
import { isoDate } from './timeValues.ts';

/** How many example rows each reason keeps. */
export const EXAMPLE_ROWS = 5;

export interface ReasonCount {
  code: RowIssueCode;
  /** true: rows skipped for this reason; false: rows kept with this note. */
  skipped: boolean;
  count: number;
  /** The first rows with this reason (at most EXAMPLE_ROWS), with their params. */
  examples: RowIssue[];
}

export interface LogSummary {
  kind: LogKind;
  /** Data rows read (the header not counted). */
  rows: number;
  used: number;
  skipped: number;
  /** Reasons, most frequent first: skips, then notes. */
  reasons: ReasonCount[];
  /** Rows used whose time is earlier than the row used before them (the log is not sorted). */
  outOfOrder: number;
  /** The first and last day of the rows used (ISO dates), absent when none was used. */
  firstDay?: string;
  lastDay?: string;
  /** Distinct days with rows used. */
  days: number;
  /** The columns whose times were Excel serial numbers (46083.375); absent when none were. */
  excelSerialColumns?: string[];
}

export interface SummaryCounter {
  countRow(): void;
  countUsed(dayNumber: number, time: number): void;
  countIssue(issue: RowIssue): void;
  summary(): LogSummary;
}

export function createSummaryCounter(kind: LogKind): SummaryCounter {
  let rows = 0;
  let used = 0;
  let skipped = 0;
  let outOfOrder = 0;
  let latest = -Infinity;
  const days = new Set<number>();
  const reasons = new Map<RowIssueCode, ReasonCount>();
  return {
    countRow() {
      rows++;
    },
    countUsed(dayNumber, time) {
      used++;
      days.add(dayNumber);
      const at = dayNumber * 1440 + time;
      if (at < latest) outOfOrder++;
      else latest = at;
    },
    countIssue(issue) {
      if (issue.skipped) skipped++;
      let reason = reasons.get(issue.code);
      if (reason === undefined) {
        reason = { code: issue.code, skipped: issue.skipped, count: 0, examples: [] };
        reasons.set(issue.code, reason);
      }
      reason.count++;
      if (reason.examples.length < EXAMPLE_ROWS) reason.examples.push(issue);
    },
    summary() {
      const ordered = [...reasons.values()].sort(
        (a, b) => Number(b.skipped) - Number(a.skipped) || b.count - a.count,
      );
      const result: LogSummary = {
        kind,
        rows,
        used,
        skipped,
        reasons: ordered,
        outOfOrder,
        days: days.size,
      };
      if (days.size > 0) {
        result.firstDay = isoDate(Math.min(...days));
        result.lastDay = isoDate(Math.max(...days));
      }
      return result;
    },
  };
}
