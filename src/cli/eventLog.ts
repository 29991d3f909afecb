/**
 * The event log for process mining (rows from src/sim/eventLogFormat.ts), as CSV or XES:
 * the events of the run's first replication, written to a file in chunks and capped so
 * that a long run cannot fill the disk. The file is opened by the main thread (so that
 * a file that cannot be written fails before the run) and written by whichever thread
 * runs replication 1, through the shared descriptor. It takes its name only when the run
 * has finished (outputFile.ts): an interrupted or failed run leaves no partial log.
 */
import type { Blueprint } from '../model/index.ts';
import {
  EVENT_LOG_HEADER,
  type EventLogContext,
  eventLogContext,
  eventLogLine,
} from '../sim/eventLogFormat.ts';
import type { EventRow } from '../sim/simulate.ts';
import { XesLog } from './eventLogXes.ts';
import { finishOutput, openPendingOutput, writeOutput } from './outputFile.ts';

export const MAX_LOG_ROWS = 1_000_000;

const WHAT = 'the event log';

export type LogFormat = 'csv' | 'xes';

/** What a thread needs to write the log: plain data, so it crosses to a worker. */
export interface LogTarget {
  fd: number;
  /** The name asked for (used in messages). */
  path: string;
  /** The file written until the run finishes (outputFile.ts). */
  writing: string;
  format: LogFormat;
  /** The base date, "YYYY-MM-DD": minute 0 of the run's clock is its midnight UTC. */
  date: string;
  /** Language of the labels written into XES. */
  language: string;
}

export interface LogOutcome {
  rows: number;
  truncated: boolean;
}

export interface LogWriter {
  add(row: EventRow): void;
  /** Writes what is buffered; the descriptor stays open for its owner to close. */
  finish(): LogOutcome;
}

export function openLog(
  path: string,
  settings: Omit<LogTarget, 'fd' | 'path' | 'writing'>,
): LogTarget {
  return { ...openPendingOutput(path, WHAT), ...settings };
}

/** Closes the log: `finished` gives it its name; otherwise it is removed. */
export function closeLog(target: LogTarget, finished: boolean): void {
  finishOutput(target, finished, WHAT);
}

/** Appends text to the log file in chunks of a few thousand rows. */
export class ChunkedOutput {
  private buffer: string[] = [];

  constructor(private readonly target: LogTarget) {}

  write(text: string): void {
    this.buffer.push(text);
    if (this.buffer.length >= 4096) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    writeOutput(this.target.fd, text, this.target.path, WHAT);
  }
}

class CsvLog implements LogWriter {
  private readonly output: ChunkedOutput;
  private rows = 0;
  private truncated = false;

  constructor(
    target: LogTarget,
    private readonly context: EventLogContext,
  ) {
    this.output = new ChunkedOutput(target);
    this.output.write(EVENT_LOG_HEADER);
  }

  add(row: EventRow): void {
    if (this.rows >= MAX_LOG_ROWS) {
      this.truncated = true;
      return;
    }
    this.rows++;
    this.output.write(eventLogLine(row, this.context));
  }

  finish(): LogOutcome {
    this.output.flush();
    return { rows: this.rows, truncated: this.truncated };
  }
}

export function createLogWriter(target: LogTarget, blueprint: Blueprint): LogWriter {
  const context = eventLogContext(blueprint, target.date);
  return target.format === 'xes'
    ? new XesLog(new ChunkedOutput(target), context, blueprint, target.language, MAX_LOG_ROWS)
    : new CsvLog(target, context);
}
