/**
 * Steps done as one batch a day (`batch`, the voucher filing at day end). Whoever passes
 * such a step leaves an item on its pile and goes on at once; at the batch's time the
 * step's pool takes the pile, each item becoming work of its own, done like background
 * work: queued for the pool (or a pool that also serves its queue), taking the step's
 * duration, then gone. An item keeps the case id and class of whoever left it, so its
 * work is logged in that case and charged to that class (background cost). In a business
 * day an item left after the batch began is done as it comes; in a steady run it waits
 * for the next day's batch. The customer flow (customerFlow.ts) calls in.
 */
import type { EventName } from './customerEvents.ts';
import type { Customers } from './customers.ts';
import type { CompiledModel, CompiledStep } from './model.ts';
import type { Pools } from './pools.ts';
import type { Collector, Outcome } from './stats/collector.ts';

/** What batches need of the customer flow. */
export interface BatchHost {
  readonly now: number;
  emit(c: number, s: number, event: EventName): void;
  /** A new piece of background work of this class and case, counted against the budget. */
  allocateWork(classIndex: number, caseId: number): number;
  /** Starts an attempt at the step the work has its units for. */
  startAttempt(c: number, s: number, step: CompiledStep): number;
  joinQueue(c: number, s: number, pool: number): void;
  depart(c: number, outcome: Outcome, s: number): void;
}

export class Batches {
  /** Per batch step, the items not yet taken as (case id, class) pairs in the order left; else null. */
  private readonly piles: (number[] | null)[];
  /** Per step, 1 once its batch of the business day has begun: later items are done as they come. */
  private readonly started: Uint8Array;
  /** Items on every pile together: a business day is not over while any wait to be done. */
  pending = 0;
  /** Items left after their day's batch began, to start once the one who left them went on: step, case id, class, … */
  private readonly due: number[] = [];

  constructor(
    private readonly model: CompiledModel,
    private readonly people: Customers,
    private readonly stats: Collector,
    private readonly pools: Pools,
    private readonly flow: BatchHost,
  ) {
    this.piles = model.steps.map((step) => (step.batchMinute === null ? null : []));
    this.started = new Uint8Array(model.steps.length);
  }

  /**
   * Customer (or work) c passes batch step `s`: their item goes on the pile, or is due now
   * once the day's batch has begun (`startDue`). Units kept until this step (keepUntil) go
   * back here, as when a step is done; the flow then goes on as after the step.
   */
  pass(c: number, s: number): void {
    const people = this.people;
    const caseId = people.serial[c]!;
    const classIndex = people.classIndex[c]!;
    this.stats.steps[s]!.batchItems++;
    this.flow.emit(c, s, 'pile');
    if (this.started[s] === 1) this.due.push(s, caseId, classIndex);
    else {
      this.piles[s]!.push(caseId, classIndex);
      this.pending++;
    }
    if (people.heldPool[c]! >= 0 && people.holdUntil[c] === s)
      this.pools.releaseHeld(c, this.flow.now);
  }

  /**
   * The batch's time: step `s`'s pool takes the pile, first left first. In a business day
   * the batch has then begun; in a steady run later items wait for the next day's.
   */
  take(s: number, day: boolean): void {
    if (day) this.started[s] = 1;
    const items = this.piles[s]!.splice(0);
    this.pending -= items.length / 2;
    for (let i = 0; i < items.length; i += 2) this.startItem(s, items[i]!, items[i + 1]!);
  }

  /** Items on step `s`'s pile, not yet taken by its pool (0 for a step without a batch). */
  pileSize(s: number): number {
    return (this.piles[s]?.length ?? 0) / 2;
  }

  /**
   * Starts the items due, after whoever left them went on: work that left an item and
   * ends there is gone first, so its case has one piece of work inside at a time, as
   * playback's tokens (one per case and kind) need.
   */
  startDue(): void {
    const due = this.due;
    if (due.length === 0) return;
    const items = due.splice(0);
    for (let i = 0; i < items.length; i += 3)
      this.startItem(items[i]!, items[i + 1]!, items[i + 2]!);
  }

  /** An item's work is done: the unit-minutes its pool spent on it and the time counted, it is gone (-1). */
  itemDone(c: number, s: number): number {
    const people = this.people;
    const minutes = this.flow.now - people.arrived[c]! - people.waited[c]!;
    const counters = this.stats.steps[s]!;
    counters.batchMinutes += minutes * this.model.steps[s]!.units;
    counters.batchDoneAt = this.flow.now;
    this.flow.depart(c, 'served', s);
    return -1;
  }

  /** One item's work: served at once by a free unit (its pool's or a lender's), or queued. */
  private startItem(s: number, caseId: number, classIndex: number): void {
    const step = this.model.steps[s]!;
    const now = this.flow.now;
    const job = this.flow.allocateWork(classIndex, caseId);
    this.people.step[job] = s;
    this.flow.emit(job, s, 'batch');
    const pool = step.pool;
    if (this.pools.hasRoom(pool, step.units, job)) this.pools.seizeFor(job, pool, step.units, now);
    else if (step.lenders === null || !this.pools.lend(job, step.lenders, step.units, now))
      return this.flow.joinQueue(job, s, pool);
    this.stats.steps[s]!.wait.add(0);
    this.flow.startAttempt(job, s, step); // nothing follows an item: it ends at its step
  }
}
