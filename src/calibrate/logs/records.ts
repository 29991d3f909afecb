/**
 * The typed records a log's rows become. Times are wall-clock minutes in the stated time
 * zone, counted from midnight of the record's `day`, so they read like the blueprint's
 * «09:00» (540); a time past midnight stays on its day (00:10 the next morning is 1450),
 * and durations are plain differences. `dayNumber` orders days (days since 1970-01-01).
 */
import type { TicketOutcome } from './outcomes.ts';

export interface RecordDay {
  /** The row's number in the file, the header being row 1. */
  row: number;
  /** The day as an ISO date, «2026-03-02». */
  day: string;
  dayNumber: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

/** One row of a queue-ticket log. Optional fields are absent when empty or not mapped. */
export interface TicketRecord extends RecordDay {
  ticket?: string;
  branch?: string;
  businessType?: string;
  /** When the ticket was taken: the customer's arrival. The day is this time's date. */
  ticketAt: number;
  calledAt?: number;
  startAt?: number;
  endAt?: number;
  window?: string;
  teller?: string;
  outcome: TicketOutcome;
  /** true when the log gave no outcome and it was read from the times present. */
  outcomeInferred: boolean;
}

/** One activity instance of an event log. The day is the start's date (else the completion's). */
export interface ActivityRecord extends RecordDay {
  caseId: string;
  activity: string;
  resource?: string;
  startAt?: number;
  completeAt: number;
}
