import { describe, expect, it } from 'vitest';
import { waitRecordOf } from '../../../src/calibrate/backtest/observedTickets.ts';
import type { TicketRecord } from '../../../src/calibrate/logs/index.ts';

const base: TicketRecord = {
  row: 2,
  day: '2026-03-02',
  dayNumber: 20514,
  weekday: 1,
  ticketAt: 600,
  outcome: 'served',
  outcomeInferred: false,
};

describe('waitRecordOf', () => {
  it('waits to the call, else to the start; abandoned tickets have no wait', () => {
    expect(waitRecordOf({ ...base, calledAt: 607, startAt: 607.5 })).toEqual({
      day: 20514,
      ticketAt: 600,
      wait: 7,
      abandoned: false,
    });
    expect(waitRecordOf({ ...base, startAt: 603 })).toMatchObject({ wait: 3 });
    expect(waitRecordOf({ ...base, outcome: 'transferred', calledAt: 601 })).toMatchObject({
      wait: 1,
      abandoned: false,
    });
    expect(waitRecordOf({ ...base, outcome: 'abandoned', calledAt: 640 })).toEqual({
      day: 20514,
      ticketAt: 600,
      abandoned: true,
    });
  });

  it('keeps a ticket without a usable call, without a wait', () => {
    expect(waitRecordOf(base)).toEqual({ day: 20514, ticketAt: 600, abandoned: false });
    expect(waitRecordOf({ ...base, calledAt: 590 })).toEqual({
      day: 20514,
      ticketAt: 600,
      abandoned: false,
    });
  });
});
