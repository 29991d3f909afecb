import { describe, expect, it } from 'vitest';
import type { WaitRecord } from '../../../src/calibrate/backtest/hourlyWaits.ts';
import { chooseQueueStep } from '../../../src/calibrate/backtest/queueStep.ts';
import { TicketsFromEvents } from '../../../src/calibrate/backtest/simulatedTickets.ts';
import type { EventRow } from '../../../src/sim/simulate.ts';
import { readFileSync } from 'node:fs';
import { loadBlueprintText } from '../../../src/model/index.ts';

function row(
  caseId: number,
  stepId: string,
  event: string,
  time: number,
  replication = 0,
): EventRow {
  return { caseId, classId: 'c', stepId, event, time, replication, background: false };
}

describe('TicketsFromEvents', () => {
  it('turns the events at the queue step into tickets, first visit only', () => {
    const tickets: WaitRecord[] = [];
    const convert = new TicketsFromEvents('serve', (record) => tickets.push(record), 'queue');
    convert.add(row(1, 'enter', 'arrive', 540));
    convert.add(row(1, 'serve', 'queue', 541));
    convert.add(row(2, 'serve', 'start', 542)); // a free teller: no wait
    convert.add(row(1, 'serve', 'start', 545.5));
    convert.add(row(3, 'serve', 'queue', 546));
    convert.add(row(3, 'serve', 'renege', 576));
    convert.add(row(1, 'serve', 'start', 580)); // rework: the same visit, no new ticket
    convert.add({ ...row(9, 'serve', 'start', 581), background: true });
    convert.add(row(4, 'serve', 'balk', 590));
    convert.add(row(5, 'serve', 'queue', 1020)); // still waiting when the day ends
    convert.add(row(1, 'serve', 'queue', 600, 1)); // next replication: case ids start again
    convert.add(row(1, 'serve', 'start', 603, 1));
    convert.finish();
    expect(tickets).toEqual([
      { day: 0, ticketAt: 542, wait: 0, abandoned: false },
      { day: 0, ticketAt: 541, wait: 4.5, abandoned: false },
      { day: 0, ticketAt: 546, abandoned: true },
      { day: 0, ticketAt: 590, abandoned: true },
      { day: 1, ticketAt: 600, wait: 3, abandoned: false },
    ]);
    expect(convert.tickets).toBe(5);
    expect(convert.unfinished).toBe(1);
  });

  it('takes the ticket at the arrival by default, the wait running to the call', () => {
    const tickets: WaitRecord[] = [];
    const convert = new TicketsFromEvents('serve', (record) => tickets.push(record));
    convert.add(row(1, 'door', 'arrive', 540));
    convert.add(row(1, 'slip', 'start', 540.5));
    convert.add(row(1, 'serve', 'queue', 542));
    convert.add(row(2, 'door', 'arrive', 541));
    convert.add(row(2, 'door', 'abandon', 541)); // left before the queue: no ticket
    convert.add(row(3, 'serve', 'arrive', 543)); // enters at the queue step itself
    convert.add(row(3, 'serve', 'queue', 543));
    convert.add(row(1, 'serve', 'start', 547));
    convert.add(row(3, 'serve', 'renege', 560));
    convert.add(row(4, 'door', 'arrive', 1000)); // inside when the day ends
    convert.finish();
    expect(tickets).toEqual([
      { day: 0, ticketAt: 540, wait: 7, abandoned: false },
      { day: 0, ticketAt: 543, abandoned: true },
    ]);
    expect(convert.unfinished).toBe(1);
  });
});

describe('chooseQueueStep', () => {
  const loaded = loadBlueprintText(readFileSync('blueprints/loan-application.json', 'utf8'));
  if (!loaded.ok) throw new Error('loan-application does not load');
  const loan = loaded.blueprint;

  it('asks for a step when several W-marked steps need a pool', () => {
    const choice = chooseQueueStep(loan);
    expect(choice.ok).toBe(false);
    if (!choice.ok) {
      expect(choice.problem.code).toBe('queue-step-unclear');
      expect(choice.problem.params).toEqual({
        candidates: expect.arrayContaining(['f-intake', 'b-underwrite']),
      });
    }
  });

  it('takes the user’s step when it needs a pool, and names a wrong one', () => {
    expect(chooseQueueStep(loan, 'f-intake')).toEqual({
      ok: true,
      step: 'f-intake',
      chosenBy: 'user',
    });
    expect(chooseQueueStep(loan, 'nope')).toEqual({
      ok: false,
      problem: { code: 'step-unknown', params: { step: 'nope' } },
    });
    expect(chooseQueueStep(loan, 'c-gather-docs')).toMatchObject({
      ok: false,
      problem: { code: 'step-without-pool' },
    });
  });
});
