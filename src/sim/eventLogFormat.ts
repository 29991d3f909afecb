/**
 * The event log for process mining, shared by the command line (CSV or XES file) and the
 * app (CSV download): one case per customer, background work in the case of the
 * customer who started it, real timestamps and XES lifecycle transitions, so that
 * pm4py, ProM, Disco or Celonis read it without mapping columns by hand.
 *
 * The run's clock is minutes (after midnight for a business day, from 0 for a steady
 * run); the log puts minute 0 at midnight UTC of a base date, by default a fixed one so
 * that the same run writes the same log.
 */
import type { Blueprint } from '../model/index.ts';
import type { EventName } from './customerEvents.ts';
import type { EventRow } from './simulate.ts';

/** The base date when none is given: a Monday, fixed so that logs are reproducible. */
export const DEFAULT_LOG_DATE = '2026-01-05';

/** XES standard lifecycle transitions the log uses. */
export type Lifecycle = 'schedule' | 'start' | 'complete' | 'ate_abort' | 'withdraw';

/**
 * Each engine event as process mining sees it. Events of a step are that step's activity
 * (queue = schedule, start, end = complete, a failed attempt = ate_abort, giving up in
 * or at the queue = withdraw, a missed ticket's call = ate_abort, queued again after
 * it = schedule). The case's own milestones (arriving, leaving, starting
 * background work) are activities of their own, in brackets so that they can never be a
 * step id.
 */
const MEANING: Record<EventName, { activity: string | null; lifecycle: Lifecycle }> = {
  queue: { activity: null, lifecycle: 'schedule' },
  start: { activity: null, lifecycle: 'start' },
  end: { activity: null, lifecycle: 'complete' },
  fail: { activity: null, lifecycle: 'ate_abort' },
  balk: { activity: null, lifecycle: 'withdraw' },
  renege: { activity: null, lifecycle: 'withdraw' },
  arrive: { activity: '(arrive)', lifecycle: 'complete' },
  exit: { activity: '(exit)', lifecycle: 'complete' },
  abandon: { activity: '(abandon)', lifecycle: 'complete' },
  stuck: { activity: '(stuck)', lifecycle: 'complete' },
  background: { activity: '(background)', lifecycle: 'complete' },
  // A missed ticket: the call is the step's attempt without the customer; back in line
  // is scheduled again.
  missed: { activity: null, lifecycle: 'ate_abort' },
  recall: { activity: null, lifecycle: 'schedule' },
  // A batch step: the item left on the pile is the step scheduled for later; the item's
  // work, when the pile is taken, opens like background work.
  pile: { activity: null, lifecycle: 'schedule' },
  batch: { activity: '(batch)', lifecycle: 'complete' },
};

/** What every row needs beyond the engine's event: the base date and each step's pool. */
export interface EventLogContext {
  /** Milliseconds since 1970 of minute 0 of the run's clock. */
  baseMs: number;
  poolOfStep: ReadonlyMap<string, string>;
  /** The outcome of each exit step (format 2); a dead end counts as completed, as in the results. */
  outcomeOfStep: ReadonlyMap<string, string>;
}

/** Midnight UTC of a "YYYY-MM-DD" date, in milliseconds; undefined when it is no real date. */
export function parseLogDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return ms;
}

export function eventLogContext(blueprint: Blueprint, date = DEFAULT_LOG_DATE): EventLogContext {
  const baseMs = parseLogDate(date);
  if (baseMs === undefined) throw new RangeError(`not a date "YYYY-MM-DD": ${date}`);
  const poolOfStep = new Map<string, string>();
  const outcomeOfStep = new Map<string, string>();
  for (const step of blueprint.steps) {
    if (step.resource?.pool !== undefined) poolOfStep.set(step.id, step.resource.pool);
    if (step.exit) outcomeOfStep.set(step.id, step.exit.outcome);
  }
  return { baseMs, poolOfStep, outcomeOfStep };
}

/** One event in process-mining terms; both file formats are written from this. */
export interface LogEvent {
  caseId: string;
  activity: string;
  lifecycle: Lifecycle;
  /** ISO 8601, UTC, milliseconds: "2026-01-05T09:06:36.402Z". */
  timestamp: string;
  /** The pool the step draws on; "" for none and for the case's milestones. */
  resource: string;
  classId: string;
  stepId: string;
  event: string;
  /** Minutes on the run's clock, four decimals. */
  timeMin: string;
  background: boolean;
  replication: number;
  /** How the visit (or the background work) ended, on the row where it leaves; "" on others. */
  outcome: string;
}

function outcomeOf(row: EventRow, context: EventLogContext): string {
  if (row.event === 'exit') return context.outcomeOfStep.get(row.stepId) ?? 'completed';
  if (row.event === 'abandon') return 'abandoned';
  if (row.event === 'stuck') return 'stuck';
  return '';
}

export function logEvent(row: EventRow, context: EventLogContext): LogEvent {
  const meaning = MEANING[row.event as EventName] ?? { activity: null, lifecycle: 'complete' };
  const replication = row.replication + 1;
  return {
    caseId: `${replication}-${row.caseId}`,
    activity: meaning.activity ?? row.stepId,
    lifecycle: meaning.lifecycle,
    timestamp: new Date(context.baseMs + Math.round(row.time * 60_000)).toISOString(),
    resource: meaning.activity === null ? (context.poolOfStep.get(row.stepId) ?? '') : '',
    classId: row.classId,
    stepId: row.stepId,
    event: row.event,
    timeMin: row.time.toFixed(4),
    background: row.background,
    replication,
    outcome: outcomeOf(row, context),
  };
}

export const EVENT_LOG_HEADER =
  'case_id,activity,lifecycle,timestamp,resource,class,step,event,time_min,background,replication,outcome\n';

/**
 * One CSV row, newline included. Every field is an id, a fixed word, a number or a
 * timestamp: ids are ASCII without commas or quotes (the format's id rule), and the
 * bracketed activities have none either, so no quoting is needed.
 */
export function eventLogLine(row: EventRow, context: EventLogContext): string {
  const e = logEvent(row, context);
  return `${e.caseId},${e.activity},${e.lifecycle},${e.timestamp},${e.resource},${e.classId},${e.stepId},${e.event},${e.timeMin},${e.background ? 1 : 0},${e.replication},${e.outcome}\n`;
}
