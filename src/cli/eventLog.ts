/**
 * The event log for process mining (layout in src/sim/eventLogFormat.ts), written to a
 * file in chunks and capped so that a long run cannot fill the disk.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { EVENT_LOG_HEADER, eventLogLine } from '../sim/eventLogFormat.ts';
import type { EventRow } from '../sim/simulate.ts';

export const MAX_LOG_ROWS = 1_000_000;

export class EventLog {
  private readonly fd: number;
  private buffer: string[] = [];
  rows = 0;
  truncated = false;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, EVENT_LOG_HEADER);
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
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
  }
}
