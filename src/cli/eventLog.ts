/**
 * The event log for process mining (layout in src/sim/eventLogFormat.ts), written to a
 * file in chunks and capped so that a long run cannot fill the disk.
 */
import { closeSync } from 'node:fs';
import { EVENT_LOG_HEADER, eventLogLine } from '../sim/eventLogFormat.ts';
import type { EventRow } from '../sim/simulate.ts';
import { openOutput, writeOutput } from './outputFile.ts';

export const MAX_LOG_ROWS = 1_000_000;

const WHAT = 'the event log';

export class EventLog {
  private readonly fd: number;
  private buffer: string[] = [];
  rows = 0;
  truncated = false;

  constructor(private readonly path: string) {
    this.fd = openOutput(path, WHAT);
    writeOutput(this.fd, EVENT_LOG_HEADER, path, WHAT);
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

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeOutput(this.fd, this.buffer.join(''), this.path, WHAT);
    this.buffer = [];
  }
}
