/**
 * The two kinds of log a branch can export and the fields each one has. A field is what
 * the reader needs to know (when the ticket was taken); a column is where one file keeps
 * it (「取号时间」, "Ticket time"). The mapping from one to the other is in mapping.ts.
 */

/** A queue-ticket log (排队叫号机 export, one row per ticket) or a workflow event log. */
export type LogKind = 'queue' | 'event';

export const TICKET_FIELDS = [
  'ticket',
  'branch',
  'businessType',
  'date',
  'ticketTime',
  'callTime',
  'startTime',
  'endTime',
  'window',
  'teller',
  'outcome',
] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];

export const EVENT_FIELDS = [
  'caseId',
  'activity',
  'start',
  'complete',
  'resource',
  'lifecycle',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export type LogField = TicketField | EventField;

/** The fields without which no row of that kind can be used. */
export const REQUIRED_FIELDS: Record<LogKind, readonly LogField[]> = {
  queue: ['ticketTime'],
  event: ['caseId', 'activity', 'complete'],
};

export function fieldsOf(kind: LogKind): readonly LogField[] {
  return kind === 'queue' ? TICKET_FIELDS : EVENT_FIELDS;
}

export function isFieldOf(kind: LogKind, name: string): name is LogField {
  return (fieldsOf(kind) as readonly string[]).includes(name);
}
