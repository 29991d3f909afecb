/**
 * The observed side: a queue-ticket log's record (src/calibrate/logs) as the back-test's
 * ticket. The wait runs from the ticket to the call, or to the start of service when the
 * log has no call time (docs/backtest.md, section 1); an abandoned ticket (过号) has no
 * wait; a transferred ticket was called and counts as served.
 */
import type { TicketRecord } from '../logs/records.ts';
import type { WaitRecord } from './hourlyWaits.ts';

export function waitRecordOf(record: TicketRecord): WaitRecord {
  const base = { day: record.dayNumber, ticketAt: record.ticketAt };
  if (record.outcome === 'abandoned') return { ...base, abandoned: true };
  const calledAt = record.calledAt ?? record.startAt;
  // A call before the ticket is a clock error in the log: the ticket counts, its wait not.
  if (calledAt === undefined || calledAt < record.ticketAt) return { ...base, abandoned: false };
  return { ...base, wait: calledAt - record.ticketAt, abandoned: false };
}
