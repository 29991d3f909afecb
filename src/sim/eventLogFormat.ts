/**
 * The event log's CSV layout, shared by the command line (written to a file) and the app
 * (downloaded from the worker): one row per event for process-mining tools, the case id
 * made unique across replications.
 */
import type { EventRow } from './simulate.ts';

export const EVENT_LOG_HEADER = 'case_id,replication,class,step,event,time_min,background\n';

/** One row, newline included. Ids are ASCII without commas or quotes (the format's id rule), so no quoting is needed. */
export function eventLogLine(row: EventRow): string {
  const replication = row.replication + 1;
  return `${replication}-${row.caseId},${replication},${row.classId},${row.stepId},${row.event},${row.time.toFixed(4)},${row.background ? 1 : 0}\n`;
}
