/**
 * The resource pools: units available and busy, and each pool's queue. Seizing, releasing
 * and serving whoever waits, with the statistics that go with them. Whom to serve next is
 * decided here; what serving means (starting the step) is the engine's, passed in as
 * `startService`.
 */
import type { Customers } from './customers.ts';
import type { CompiledModel, CompiledStep } from './model.ts';
import type { Collector } from './stats/collector.ts';
import { WaitingLine } from './waitingLine.ts';

export class Pools {
  readonly capacity: Int32Array;
  readonly busy: Int32Array;
  /** Customers waiting per pool (stale queue entries excluded). */
  readonly waiting: Int32Array;
  /**
   * Per pool, units kept across steps (keepUntil) by customers in service or waiting:
   * kept up to date only where holds begin and end, off the path every customer takes,
   * for deadlock.ts's quick test.
   */
  readonly kept: Int32Array;
  readonly lines: WaitingLine[];
  protected readonly dispatching: Int32Array;
  /** 1 for a pool that also serves other pools' queues when idle (`alsoServes`). */
  protected readonly lends: Uint8Array;
  private tokenCounter = 0;
  /** Some pool has a price: only then are visits charged for the units they use. */
  readonly priced: boolean;
  /** Per pool, its cost per unit-minute. */
  private readonly pricePerMinute: Float64Array;

  constructor(
    protected readonly model: CompiledModel,
    protected readonly people: Customers,
    protected readonly stats: Collector,
    /** Starts service of a customer taken from a queue at step `s`. */
    private readonly startService: (c: number, s: number) => void,
  ) {
    const count = model.pools.length;
    this.capacity = new Int32Array(count);
    this.busy = new Int32Array(count);
    this.waiting = new Int32Array(count);
    this.kept = new Int32Array(count);
    this.dispatching = new Int32Array(count);
    this.lends = Uint8Array.from(model.pools, (pool) => (pool.alsoServes.length > 0 ? 1 : 0));
    this.lines = model.pools.map((pool) => new WaitingLine(pool.levelCount));
    this.pricePerMinute = Float64Array.from(model.pools, (pool) => pool.costPerHour / 60);
    this.priced = this.pricePerMinute.some((price) => price > 0);
  }

  /** Customer c takes `units` of the pool now: their visit is charged until they give them back. */
  seizeFor(c: number, pool: number, units: number, now: number): void {
    this.seize(pool, units, now);
    if (this.priced) this.people.charged[c]! -= this.pricePerMinute[pool]! * units * now;
  }

  /** Customer c gives back `units`: the busy time since they took them is on their visit. */
  protected releaseFor(c: number, pool: number, units: number, now: number): void {
    if (this.priced) this.people.charged[c]! += this.pricePerMinute[pool]! * units * now;
    this.release(pool, units, now);
  }

  /** What c's visit has cost so far, the units they still keep (keepUntil) counted up to now. */
  chargeOf(c: number, now: number): number {
    const people = this.people;
    const held = people.heldPool[c]!;
    const charged = people.charged[c]!;
    return held >= 0 ? charged + this.pricePerMinute[held]! * people.heldUnits[c]! * now : charged;
  }

  /** Whether newcomer c can be served at once: enough free units and nobody ahead. */
  hasRoom(pool: number, units: number, _c: number): boolean {
    return this.capacity[pool]! - this.busy[pool]! >= units && this.waiting[pool] === 0;
  }

  seize(pool: number, units: number, now: number): void {
    this.busy[pool]! += units;
    this.stats.pools[pool]!.busy.change(now, units);
  }

  release(pool: number, units: number, now: number): void {
    this.busy[pool]! -= units;
    this.stats.pools[pool]!.busy.change(now, -units);
    this.dispatch(pool, now);
  }

  setCapacity(pool: number, units: number, now: number): void {
    this.stats.pools[pool]!.capacity.change(now, units - this.capacity[pool]!);
    this.capacity[pool] = units;
  }

  /**
   * Puts a customer in the queue of step `s`'s pool; returns their token for a renege
   * timer. `recallAfter` ≥ 0: a missed ticket come back, put behind that many waiting
   * customers of their priority (过号顺延).
   */
  join(c: number, s: number, pool: number, now: number, recallAfter = -1): number {
    const people = this.people;
    const token = ++this.tokenCounter;
    people.token[c] = token;
    people.waitingAt[c] = s;
    people.queuedAt[c] = now;
    people.passedOver[c] = 0;
    const level = this.model.steps[s]!.levelOfClass[people.classIndex[c]!]!;
    if (recallAfter >= 0) this.lines[pool]!.pushAfter(c, token, level, recallAfter, people.token);
    else if (people.rejoinFront[c] === 1) {
      // Back from correcting what failed: called next, once.
      people.rejoinFront[c] = 0;
      this.lines[pool]!.pushFront(c, token, level);
    } else this.lines[pool]!.push(c, token, level);
    this.waiting[pool]!++;
    this.stats.queueChange(s, pool, now, 1);
    return token;
  }

  /** Takes a customer out of their queue (served or reneged); returns the minutes waited. */
  leave(c: number, now: number): number {
    const people = this.people;
    const s = people.waitingAt[c]!;
    const pool = this.model.steps[s]!.pool;
    people.token[c] = ++this.tokenCounter; // their queue entry and renege timer become stale
    people.waitingAt[c] = -1;
    this.waiting[pool]!--;
    this.stats.queueChange(s, pool, now, -1);
    const waited = now - people.queuedAt[c]!;
    people.waited[c]! += waited;
    return waited;
  }

  /**
   * Serves waiting customers while units are free, in queue order. When the customer at
   * the front needs more units than are free, those behind who fit may use the free units
   * in this one pass (no unit idles while someone who fits waits); after that the front
   * customer has been passed over, and units that free up are kept for it until it has
   * enough (it cannot be overtaken forever). Re-entrant calls are absorbed by the outer loop.
   * The pools that serve others first (`servesFirst`) call them before this (FirstServingPools).
   */
  dispatch(pool: number, now: number): void {
    if (this.dispatching[pool] || this.capacity[pool]! - this.busy[pool]! <= 0) return;
    this.dispatching[pool] = 1;
    const line = this.lines[pool]!;
    const people = this.people;
    let passedOver = -1;
    for (;;) {
      const free = this.capacity[pool]! - this.busy[pool]!;
      if (free <= 0) break;
      const c = line.front(people.token);
      if (c < 0) {
        // Its own queue is empty: a pool that also serves others takes one of theirs.
        if (this.lends[pool] === 0 || !this.serveOther(pool, free, now)) break;
        continue; // its own queue first again: someone may have joined meanwhile
      }
      if (this.unitsWanted(c) <= free) {
        this.serve(c, pool, now);
        continue;
      }
      if (people.passedOver[c] === 1) break; // the units that free up are kept for it
      const behind = line.findBehind(c, people.token, (id) => this.unitsWanted(id) <= free);
      if (behind < 0) break;
      passedOver = c;
      this.serve(behind, pool, now);
    }
    if (passedOver >= 0) people.passedOver[passedOver] = 1;
    this.dispatching[pool] = 0;
  }

  /** Customer c starts step `s`, which a later `sameUnitAs` names: only UnitPools remembers. */
  remember(_c: number, _s: number): void {}

  /**
   * A newcomer to a step whose own pool has no room: the first pool that serves the step's
   * queue (`lenders`: when idle, or first) and has a unit free with nobody in its own
   * queue serves them now. False when none can.
   */
  lend(c: number, lenders: Int32Array, units: number, now: number): boolean {
    for (let i = 0; i < lenders.length; i++) {
      const lender = lenders[i]!;
      if (!this.hasRoom(lender, units, c)) continue;
      this.seizeLent(c, lender, units, now);
      return true;
    }
    return false;
  }

  /**
   * Pool `lender`, with `free` units, takes the first customer it can serve from `queues`
   * (the pools it serves first, or by default those it serves when idle), in order: the
   * front of the line, or the first behind it whose step it may serve with the units
   * free. False when there is none.
   */
  protected serveOther(
    lender: number,
    free: number,
    now: number,
    queues: Int32Array = this.model.pools[lender]!.alsoServes,
  ): boolean {
    const people = this.people;
    const steps = this.model.steps;
    const fits = (id: number): boolean => {
      const step = steps[people.waitingAt[id]!]!;
      return step.lenders !== null && step.units <= free;
    };
    for (const other of queues) {
      if (this.waiting[other] === 0) continue;
      const line = this.lines[other]!;
      const front = line.front(people.token);
      if (front < 0) continue;
      const c = fits(front) ? front : line.findBehind(front, people.token, fits);
      if (c < 0) continue;
      const s = people.waitingAt[c]!;
      this.stats.steps[s]!.wait.add(this.leave(c, now));
      this.seizeLent(c, lender, steps[s]!.units, now);
      this.startService(c, s);
      return true;
    }
    return false;
  }

  private seizeLent(c: number, lender: number, units: number, now: number): void {
    this.people.lentBy[c] = lender + 1;
    this.seizeFor(c, lender, units, now);
    const counters = this.stats.pools[lender]!;
    counters.lentStarts++;
    counters.lentBusy!.change(now, units);
  }

  /** The step's units go back to the pool that lent them (`lentBy`). */
  private giveBack(c: number, step: CompiledStep, now: number): void {
    const lender = this.people.lentBy[c]! - 1;
    this.people.lentBy[c] = 0;
    this.stats.pools[lender]!.lentBusy!.change(now, -step.units);
    this.releaseFor(c, lender, step.units, now);
  }

  private unitsWanted(c: number): number {
    return this.model.steps[this.people.waitingAt[c]!]!.units;
  }

  /** Takes a waiting customer out of the line (wherever they are in it) and starts their step. */
  protected serve(c: number, pool: number, now: number): void {
    const s = this.people.waitingAt[c]!;
    const units = this.model.steps[s]!.units;
    this.stats.steps[s]!.wait.add(this.leave(c, now));
    this.seizeFor(c, pool, units, now);
    this.startService(c, s);
  }

  // ---- holding units across steps (resource.keepUntil) ----------------------------

  releaseHeld(c: number, now: number): void {
    const people = this.people;
    const pool = people.heldPool[c]!;
    people.heldPool[c] = -1;
    people.holdUntil[c] = -1;
    this.kept[pool]! -= people.heldUnits[c]!;
    this.releaseFor(c, pool, people.heldUnits[c]!, now);
  }

  /** After a step is done: release its units, or keep them until `keepUntil`. */
  releaseAfter(c: number, s: number, step: CompiledStep, now: number): void {
    const people = this.people;
    const pool = step.pool;
    if (pool >= 0 && people.heldPool[c] !== pool) {
      if (step.keepUntil >= 0 && step.keepUntil !== s) {
        if (people.heldPool[c]! >= 0) this.releaseHeld(c, now); // one held span at a time
        people.heldPool[c] = pool;
        people.heldUnits[c] = step.units;
        people.holdUntil[c] = step.keepUntil;
        this.kept[pool]! += step.units;
      } else if (people.lentBy[c] === 0) {
        this.releaseFor(c, pool, step.units, now);
      } else {
        this.giveBack(c, step, now);
      }
    }
    if (people.heldPool[c]! >= 0 && people.holdUntil[c] === s) this.releaseHeld(c, now);
  }

  /** A missed ticket's call is over: the units step `s` took go back (to the lender, if lent). */
  releaseCall(c: number, s: number, now: number): void {
    const step = this.model.steps[s]!;
    if (this.people.lentBy[c] === 0) this.releaseFor(c, step.pool, step.units, now);
    else this.giveBack(c, step, now);
  }

  /** A failure that sends the customer away releases what step `s` took and what they hold. */
  releaseAll(c: number, s: number, now: number): void {
    const step = this.model.steps[s]!;
    if (step.pool >= 0 && this.people.heldPool[c] !== step.pool) {
      if (this.people.lentBy[c] === 0) this.releaseFor(c, step.pool, step.units, now);
      else this.giveBack(c, step, now);
    }
    if (this.people.heldPool[c]! >= 0) this.releaseHeld(c, now);
  }
}
