/**
 * The event log for process mining: one CSV row per event (case id, replication,
 * class, step, event, time in minutes, and whether it is the case's background work), written in chunks and capped so that a long
 * run cannot fill the disk.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { EventRow } from '../sim/simulate.ts';

export const MAX_LOG_ROWS = 1_000_000;

export class EventLog {
  private readonly fd: number;
  private buffer: string[] = [];
  rows = 0;
  truncated = false;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, 'case_id,replication,class,step,event,time_min,background\n');
  }

  add(row: EventRow): void {
    if (this.rows >= MAX_LOG_ROWS) {
      this.truncated = true;
      return;
    }
    this.rows++;
    // Ids are ASCII without commas or quotes (the format's id rule), so no CSV quoting is needed.
    this.buffer.push(
      `${row.replication + 1}-${row.caseId},${row.replication + 1},${row.classId},${row.stepId},${row.event},${row.time.toFixed(4)},${row.background ? 1 : 0}\n`,
    );
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
