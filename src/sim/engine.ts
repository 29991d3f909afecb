/**
 * The discrete-event engine: one replication of a compiled model. The event loop is
 * here: it takes the next event off the list and hands it on (customers moving through
 * the steps: customerFlow.ts; pools and queues: pools.ts; arrival streams:
 * arrivalSource.ts; capacity schedules) and decides when the run is over. Everything
 * random comes from named streams (random.ts).
 *
 * The same object serves batch runs (`runToEnd`) and trainer playback (`advanceTo`,
 * `step`, `snapshot`, `setCapacity`, `setArrivalMultiplier`): playback shows the engine's
 * own events, not an imitation.
 */
import type { Batches } from './batches.ts';
import { ArrivalSource } from './arrivalSource.ts';
import { DEFAULT_BUDGET, type RunBudget } from './budget.ts';
import { capacityAt, nextCapacityChange } from './capacity.ts';
import type { EventListener } from './customerEvents.ts';
import { CustomerFlow } from './customerFlow.ts';
import { Customers } from './customers.ts';
import type { DeadlockWatch } from './deadlock.ts';
import { EventQueue } from './eventQueue.ts';
import {
  ARRIVAL,
  BOOKED_ARRIVAL,
  BATCH,
  BOOKINGS,
  CALL_END,
  CAPACITY,
  RENEGE,
  SERVICE_END,
  WARMUP_END,
} from './eventKinds.ts';
import type { CompiledModel } from './model.ts';
import type { Pools } from './pools.ts';
import { Collector } from './stats/collector.ts';

export { MAX_MOVES, moveLimit } from './customerFlow.ts';

export class Simulation {
  readonly stats: Collector;
  private readonly events = new EventQueue();
  private readonly people = new Customers();
  private readonly flow: CustomerFlow;
  private readonly pools: Pools;
  /** Notices customers who keep units and wait for each other for ever (keepUntil). */
  readonly deadlocks: DeadlockWatch;
  private readonly arrivals: ArrivalSource;
  /** A business day (ends when the doors are shut and everyone has left), not a steady run. */
  private readonly day: boolean;
  /** The run window's ends, read at every event; numbers from the start (TimeWeighted's `last`). */
  private readonly arrivalsEnd: number = 0;
  private readonly hardEnd: number = 0;
  private finished = false;
  /** Playback: pools held at a number of units by `holdCapacity`; their schedule is ignored. */
  private readonly heldCapacity: (number | undefined)[] = [];

  constructor(
    readonly model: CompiledModel,
    readonly replication: number,
    seed = model.window.seed,
    readonly budget: RunBudget = DEFAULT_BUDGET,
  ) {
    const { window, pools } = model;
    this.day = window.mode === 'day';
    this.arrivalsEnd = window.arrivalsEnd;
    this.hardEnd = window.hardEnd;
    this.stats = new Collector(model, window.start);
    this.flow = new CustomerFlow(
      model,
      replication,
      seed,
      budget,
      this.people,
      this.stats,
      this.events,
    );
    this.pools = this.flow.pools;
    this.deadlocks = this.flow.deadlocks;
    pools.forEach((pool, index) => {
      this.pools.setCapacity(
        index,
        capacityAt(pool.baseCapacity, pool.changes, window.start),
        window.start,
      );
      this.scheduleNextCapacityChange(index, window.start);
    });
    this.arrivals = new ArrivalSource(model, this.events, seed, replication);
    this.scheduleBatches();
    if (window.statsStart > window.start) this.events.push(window.statsStart, WARMUP_END, 0, 0);
  }

  /** The run's clock, in minutes (a business day's clock reads minutes after midnight). */
  get now(): number {
    return this.flow.now;
  }

  set now(time: number) {
    this.flow.now = time;
  }

  /** Told of every customer event (the event log, playback); undefined for none. */
  get listener(): EventListener | undefined {
    return this.flow.listener;
  }

  set listener(listener: EventListener | undefined) {
    this.flow.listener = listener;
  }

  /** Runs until the end of the run. `shouldStop` is polled every few thousand events. */
  runToEnd(shouldStop?: () => boolean): void {
    let count = 0;
    while (this.step()) {
      if (shouldStop && (++count & 4095) === 0 && shouldStop()) return;
    }
  }

  /** Runs every event up to and including `time` (playback), then sets the clock to it. */
  advanceTo(time: number): void {
    while (!this.finished && this.events.size > 0 && this.events.peekTime() <= time) this.step();
    if (!this.finished) this.now = Math.max(this.now, Math.min(time, this.model.window.hardEnd));
  }

  /** Handles the next event; false when the run is over. */
  step(): boolean {
    if (this.finished) return false;
    const arrivalsEnd = this.arrivalsEnd;
    const hardEnd = this.hardEnd;
    const events = this.events;
    if (events.size === 0) return this.finish(this.day ? Math.max(this.now, arrivalsEnd) : hardEnd);
    const next = events.peekTime();
    // A business day ends at closing or when the last one inside leaves, whichever is
    // later; left-over timers (a patience that no longer matters) must not stretch it.
    if (this.day && next > arrivalsEnd && this.everyoneLeft())
      return this.finish(Math.max(this.now, arrivalsEnd));
    if (next > hardEnd) return this.finish(hardEnd);
    const flow = this.flow;
    flow.countWork();
    events.pop();
    const kind = events.kind;
    const subject = events.subject;
    const tag = events.tag;
    flow.now = next;
    switch (kind) {
      case SERVICE_END:
        flow.onServiceEnd(subject);
        break;
      case ARRIVAL:
        if (this.arrivals.onArrival(subject, tag, next))
          flow.arrive(subject, this.model.streams[subject]!.classIndex);
        break;
      case RENEGE:
        flow.onRenege(subject, tag);
        break;
      case CALL_END:
        flow.onCallEnd(subject);
        break;
      case BATCH:
        flow.batches.take(subject, this.day);
        // A steady run works the pile at that time every day.
        if (!this.day) events.push(next + 1440, BATCH, subject, 0);
        break;
      case CAPACITY:
        this.onCapacityChange(subject);
        break;
      case WARMUP_END:
        this.stats.restart(next);
        break;
      case BOOKINGS:
        this.arrivals.onBookingDay(subject, tag);
        break;
      case BOOKED_ARRIVAL:
        this.arrivals.onBookedArrival();
        flow.arrive(subject, tag);
        break;
    }
    // A business day is over when the doors are shut and everyone has left.
    if (this.day && next >= arrivalsEnd && this.everyoneLeft()) return this.finish(next);
    return true;
  }

  /** Nobody inside, no booked customer still to come and no batch item still to do. */
  private everyoneLeft(): boolean {
    return (
      this.people.present === 0 &&
      this.arrivals.bookedPending === 0 &&
      this.flow.batches.pending === 0
    );
  }

  /**
   * The first batch of each step done as one (`batch`): at its minute of the run's first
   * day, or of the next day in a steady run when that minute has passed. A business day
   * opening after the batch's time does each item as it comes.
   */
  private scheduleBatches(): void {
    const start = this.model.window.start;
    const dayStart = Math.floor(start / 1440) * 1440;
    this.model.steps.forEach((step, s) => {
      if (step.batchMinute === null) return;
      let time = dayStart + step.batchMinute;
      if (time < start) {
        if (this.day) return this.flow.batches.take(s, true);
        time += 1440;
      }
      this.events.push(time, BATCH, s, 0);
    });
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** Customers (not background work) still inside when the run stopped. */
  get inSystem(): number {
    return this.stats.inSystem.value;
  }

  private finish(time: number): boolean {
    this.now = time;
    this.finished = true;
    return false;
  }

  // ---- live changes (playback) -------------------------------------------------

  /** Sets a pool's capacity from now on; a unit taken away finishes its customer first. */
  setCapacity(poolIndex: number, units: number): void {
    this.pools.setCapacity(poolIndex, Math.max(0, Math.floor(units)), this.now);
    this.pools.dispatch(poolIndex, this.now);
  }

  /**
   * Playback: holds a pool at this many units from now on, so a window the trainer opened
   * stays open when the schedule would change it; `followSchedule` hands it back.
   */
  holdCapacity(poolIndex: number, units: number): void {
    this.heldCapacity[poolIndex] = Math.max(0, Math.floor(units));
    this.setCapacity(poolIndex, units);
  }

  /** Playback: the pool follows its schedule again, from now on. */
  followSchedule(poolIndex: number): void {
    this.heldCapacity[poolIndex] = undefined;
    const { baseCapacity, changes } = this.model.pools[poolIndex]!;
    this.setCapacity(poolIndex, capacityAt(baseCapacity, changes, this.now));
  }

  /** Multiplies every arrival rate from now on (appointments are not affected). */
  setArrivalMultiplier(multiplier: number): void {
    this.arrivals.setMultiplier(multiplier, this.now);
  }

  // ---- capacity schedules -------------------------------------------------------

  private onCapacityChange(pool: number): void {
    const { baseCapacity, changes } = this.model.pools[pool]!;
    const held = this.heldCapacity[pool];
    const capacity = held ?? capacityAt(baseCapacity, changes, this.now);
    this.pools.setCapacity(pool, capacity, this.now);
    this.pools.dispatch(pool, this.now);
    this.scheduleNextCapacityChange(pool, this.now);
  }

  private scheduleNextCapacityChange(pool: number, after: number): void {
    const time = nextCapacityChange(this.model.pools[pool]!.changes, after, this.model.window);
    if (time < Infinity) this.events.push(time, CAPACITY, pool, 0);
  }

  /** Read access for playback snapshots. */
  get state(): { people: Customers; pools: Pools; batches: Batches } {
    return { people: this.people, pools: this.pools, batches: this.flow.batches };
  }
}
