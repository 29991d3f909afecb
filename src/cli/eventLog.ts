/**
 * The event log for process mining (layout in src/sim/eventLogFormat.ts): the events of
 * the run's first replication, written to a file in chunks and capped so that a long
 * run cannot fill the disk. The file is opened by the main thread (so that a file that
 * cannot be written fails before the run) and written by whichever thread runs
 * replication 1, through the shared descriptor.
 */
import { closeSync } from 'node:fs';
import { EVENT_LOG_HEADER, eventLogLine } from '../sim/eventLogFormat.ts';
import type { EventRow } from '../sim/simulate.ts';
import { openOutput, writeOutput } from './outputFile.ts';

export const MAX_LOG_ROWS = 1_000_000;

const WHAT = 'the event log';

/** What a thread needs to write the log: plain data, so it crosses to a worker. */
export interface LogTarget {
  fd: number;
  path: string;
}

export interface LogOutcome {
  rows: number;
  truncated: boolean;
}

export function openLog(path: string): LogTarget {
  return { fd: openOutput(path, WHAT), path };
}

export function closeLog(target: LogTarget): void {
  closeSync(target.fd);
}

export class EventLog {
  private buffer: string[] = [];
  rows = 0;
  truncated = false;

  constructor(private readonly target: LogTarget) {
    writeOutput(target.fd, EVENT_LOG_HEADER, target.path, WHAT);
  }

  add(row: EventRow): void {
    if (this.rows >= MAX_LOG_ROWS) {
      this.truncated = true;
      return;
    }
    this.rows++;
    this.buffer.push(eventLogLine(row));
    if (this.buffer.length >= 4096) this.flush();
  }

  /** Writes what is buffered; the descriptor stays open for its owner to close. */
  finish(): LogOutcome {
    this.flush();
    return { rows: this.rows, truncated: this.truncated };
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    writeOutput(this.target.fd, text, this.target.path, WHAT);
  }
}
