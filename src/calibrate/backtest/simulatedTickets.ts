/**
 * The simulated side of the back-test: the blueprint run for as many business days as the
 * log has, each replication one day, its customers turned into tickets through the
 * engine's public event listener (the events of `simulate --log`), measured by the same
 * HourlyWaits as the log.
 *
 * A customer's ticket is taken when they arrive (`ticketAt: 'arrival'`, the default: a
 * queue-ticket log's ticket time is the customer's arrival at the machine by the door),
 * or when they reach the queue step (`'queue'`: the simulator's own wait at that step).
 * The call is the start at the queue step (queueStep.ts; the engine's start is when a
 * teller takes the customer, as a call is); the wait runs from the ticket to it, so from
 * the arrival it includes whatever the blueprint puts before the queue (taking the
 * number, filling in the slip), as the log's wait from ticket to call does. A customer
 * who reneges or balks at the queue step abandoned the ticket; one who leaves before
 * reaching it took no ticket that a queue system would record as waiting. Only a customer's first visit counts (a ticket system gives
 * one ticket a visit; rework inside the service is not a new ticket). Background work
 * takes no tickets. A customer still waiting when the replication ends took a ticket
 * nobody called: counted in `unfinished`, not measured.
 */
import type { Blueprint } from '../../model/schema/blueprint.ts';
import { runPart } from '../../sim/simulate.ts';
import type { EventRow } from '../../sim/simulate.ts';
import type { WaitRecord } from './hourlyWaits.ts';

export interface SimulatedDaysOptions {
  /** Replications, one simulated business day each. */
  days: number;
  seed?: number;
  /** The id of the queue step (chooseQueueStep). */
  queueStep: string;
  /** When the ticket is taken (default 'arrival'). */
  ticketAt?: TicketMoment;
  onTicket(record: WaitRecord): void;
  onProgress?(done: number, total: number): void;
  shouldStop?(): boolean;
}

export interface SimulatedDays {
  days: number;
  tickets: number;
  /** Customers still waiting at the queue step when their replication ended. */
  unfinished: number;
}

export type TicketMoment = 'arrival' | 'queue';

/** Turns one replication's event rows into tickets at the queue step, as they come. */
export class TicketsFromEvents {
  /** Customers inside who have no ticket recorded yet → their ticket time. */
  private readonly waiting = new Map<number, number>();
  private readonly ticketed = new Set<number>();
  private replication = -1;
  tickets = 0;
  unfinished = 0;

  constructor(
    private readonly queueStep: string,
    private readonly onTicket: (record: WaitRecord) => void,
    private readonly ticketMoment: TicketMoment = 'arrival',
  ) {}

  add(row: EventRow): void {
    if (row.replication !== this.replication) this.startDay(row.replication);
    if (row.background || this.ticketed.has(row.caseId)) return;
    if (row.event === 'arrive' && this.ticketMoment === 'arrival') {
      this.waiting.set(row.caseId, row.time);
      return;
    }
    if (row.stepId !== this.queueStep) {
      // Left before reaching the queue step: no ticket was waiting.
      if (row.event === 'exit' || row.event === 'abandon' || row.event === 'stuck')
        this.waiting.delete(row.caseId);
      return;
    }
    const day = row.replication;
    switch (row.event) {
      case 'queue':
        if (this.ticketMoment === 'queue') this.waiting.set(row.caseId, row.time);
        return;
      case 'start': {
        const ticketAt = this.waiting.get(row.caseId) ?? row.time;
        this.emit(row.caseId, { day, ticketAt, wait: row.time - ticketAt, abandoned: false });
        return;
      }
      case 'renege':
      case 'balk': {
        const ticketAt = this.waiting.get(row.caseId) ?? row.time;
        this.emit(row.caseId, { day, ticketAt, abandoned: true });
        return;
      }
      default:
    }
  }

  /** Ends the replication under way: whoever still waits for a call is unfinished. */
  finish(): void {
    this.unfinished += this.waiting.size;
    this.waiting.clear();
    this.ticketed.clear();
  }

  private startDay(replication: number): void {
    this.finish();
    this.replication = replication;
  }

  private emit(caseId: number, record: WaitRecord): void {
    this.waiting.delete(caseId);
    this.ticketed.add(caseId);
    this.tickets++;
    this.onTicket(record);
  }
}

/**
 * The days run a few at a time (`run`), each call going on from the last, so that a shell
 * can take its turn between them (the command line reads Ctrl-C there). Day d draws from
 * the same random streams however the days are split, so the tickets are the same as
 * from one run of them all.
 */
export class TicketDays {
  private readonly tickets: TicketsFromEvents;
  private done = 0;

  constructor(
    private readonly blueprint: Blueprint,
    private readonly options: SimulatedDaysOptions,
  ) {
    this.tickets = new TicketsFromEvents(options.queueStep, options.onTicket, options.ticketAt);
  }

  /** Days simulated to the end so far. */
  get daysDone(): number {
    return this.done;
  }

  /**
   * Simulates up to `count` more days (all that remain by default); fewer when
   * `shouldStop` stops one under way, which is then not counted.
   */
  run(count = Infinity): void {
    const { days, onProgress } = this.options;
    const before = this.done;
    const part = runPart(this.blueprint, {
      replications: days,
      seed: this.options.seed,
      first: before,
      count,
      onEvent: (row) => this.tickets.add(row),
      onProgress: onProgress && ((done) => onProgress(before + done, days)),
      shouldStop: this.options.shouldStop,
    });
    this.done += part.replications.length;
  }

  /** Ends the last day: whoever still waits is unfinished. Call once, after the last `run`. */
  finish(): SimulatedDays {
    this.tickets.finish();
    return { days: this.done, tickets: this.tickets.tickets, unfinished: this.tickets.unfinished };
  }
}

/** Runs the days and streams their tickets; the blueprint must run a business day. */
export function simulateTicketDays(
  blueprint: Blueprint,
  options: SimulatedDaysOptions,
): SimulatedDays {
  const days = new TicketDays(blueprint, options);
  days.run();
  return days.finish();
}
