/**
 * The discrete-event engine: one replication of a compiled model. Customers arrive,
 * queue for pools, are served, fail and retry or go back, give up, and leave; background
 * work occupies pools on its own. Everything random comes from named streams (random.ts).
 *
 * The same object serves batch runs (`runToEnd`) and trainer playback (`advanceTo`,
 * `step`, `snapshot`, `setCapacity`, `setArrivalMultiplier`): playback shows the engine's
 * own events, not an imitation.
 */
import { capacityAt } from './capacity.ts';
import { Customers } from './customers.ts';
import { nextArrival } from './arrivalTimes.ts';
import { EventQueue } from './eventQueue.ts';
import { type CompiledModel, type CompiledStep, OnFailure } from './model.ts';
import { Random } from './random.ts';
import { Collector, type Outcome } from './stats/collector.ts';
import { WaitingLine } from './waitingLine.ts';

const ARRIVAL = 0;
const SERVICE_END = 1;
const RENEGE = 2;
const CAPACITY = 3;
const WARMUP_END = 4;
const BOOKINGS = 5;
const BOOKED_ARRIVAL = 6;

/** A customer who has moved through this many steps is caught in a loop and stopped. */
export const MAX_MOVES = 1000;

export type EventName =
  | 'arrive'
  | 'queue'
  | 'start'
  | 'end'
  | 'fail'
  | 'balk'
  | 'renege'
  | 'exit'
  | 'abandon'
  | 'stuck'
  | 'background';

/** One line of the event log (for process mining): minutes on the run's clock. */
export type EventListener = (
  caseId: number,
  classIndex: number,
  stepIndex: number,
  event: EventName,
  time: number,
  /** Background work started by the customer with this case id, not the customer. */
  background: boolean,
) => void;

export class Simulation {
  now: number;
  readonly stats: Collector;
  private readonly events = new EventQueue();
  private readonly people = new Customers();
  private readonly lines: WaitingLine[];
  private readonly capacity: Int32Array;
  private readonly busy: Int32Array;
  private readonly waiting: Int32Array;
  private readonly dispatching: Int32Array;
  private readonly durationRandom: Random[];
  private readonly failureRandom: Random[];
  private readonly routeRandom: Random[];
  private readonly backgroundRandom: Random[];
  private readonly patienceRandom: Random[];
  private readonly arrivalRandom: Random[];
  /** Pending arrival per stream is valid only while its tag equals this. */
  private readonly arrivalGeneration: Int32Array;
  private arrivalMultiplier = 1;
  private tokenCounter = 0;
  /** Booked customers scheduled but not yet arrived: a day is not over while any are due. */
  private bookedPending = 0;
  private serialCounter = 0;
  private finished = false;
  listener: EventListener | undefined;

  constructor(
    readonly model: CompiledModel,
    readonly replication: number,
    seed = model.window.seed,
  ) {
    const { window, steps, pools, classes, streams } = model;
    this.now = window.start;
    this.stats = new Collector(model, window.start);
    const stream = (name: string): Random => new Random(seed, replication, name);
    this.durationRandom = steps.map((s) => stream(`step:${s.id}:duration`));
    this.failureRandom = steps.map((s) => stream(`step:${s.id}:failure`));
    this.routeRandom = steps.map((s) => stream(`step:${s.id}:route`));
    this.backgroundRandom = steps.map((s) => stream(`step:${s.id}:background`));
    this.patienceRandom = classes.map((c) => stream(`class:${c.id}:patience`));
    this.arrivalRandom = streams.map((s) => stream(s.name));
    this.lines = pools.map((pool) => new WaitingLine(pool.levelCount));
    this.capacity = new Int32Array(pools.length);
    this.busy = new Int32Array(pools.length);
    this.waiting = new Int32Array(pools.length);
    this.dispatching = new Int32Array(pools.length);
    this.arrivalGeneration = new Int32Array(streams.length);

    pools.forEach((pool, index) => {
      this.setPoolCapacity(index, capacityAt(pool.baseCapacity, pool.changes, window.start));
      this.scheduleNextCapacityChange(index, window.start);
    });
    streams.forEach((s, index) => {
      if (s.shape.kind === 'rate') this.scheduleArrival(index, window.start);
      else this.events.push(window.start, BOOKINGS, index, Math.floor(window.start / 1440));
    });
    if (window.statsStart > window.start) this.events.push(window.statsStart, WARMUP_END, 0, 0);
  }

  // ---- running ----------------------------------------------------------------

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
    const window = this.model.window;
    const day = window.mode === 'day';
    // A business day ends at closing or when the last one inside leaves, whichever is
    // later; left-over timers (a patience that no longer matters) must not stretch it.
    const empty = this.people.present === 0 && this.bookedPending === 0;
    if (this.events.size === 0)
      return this.finish(day ? Math.max(this.now, window.arrivalsEnd) : window.hardEnd);
    if (day && empty && this.events.peekTime() > window.arrivalsEnd) {
      return this.finish(Math.max(this.now, window.arrivalsEnd));
    }
    if (this.events.peekTime() > window.hardEnd) return this.finish(window.hardEnd);
    const slot = this.events.pop();
    const time = this.events.timeOf(slot);
    const kind = this.events.kindOf(slot);
    const subject = this.events.subjectOf(slot);
    const tag = this.events.tagOf(slot);
    this.now = time;
    switch (kind) {
      case SERVICE_END:
        this.onServiceEnd(subject);
        break;
      case ARRIVAL:
        if (tag === this.arrivalGeneration[subject]) this.onArrival(subject);
        break;
      case RENEGE:
        this.onRenege(subject, tag);
        break;
      case CAPACITY:
        this.onCapacityChange(subject);
        break;
      case WARMUP_END:
        this.stats.restart(time);
        break;
      case BOOKINGS:
        this.onBookingDay(subject, tag);
        break;
      case BOOKED_ARRIVAL:
        this.bookedPending--;
        this.arrive(subject, tag);
        break;
    }
    // A business day is over when the doors are shut and everyone has left.
    if (
      day &&
      time >= window.arrivalsEnd &&
      this.people.present === 0 &&
      this.bookedPending === 0
    ) {
      return this.finish(time);
    }
    return true;
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
    this.setPoolCapacity(poolIndex, Math.max(0, Math.floor(units)));
    this.dispatch(poolIndex);
  }

  /** Multiplies every arrival rate from now on (appointments are not affected). */
  setArrivalMultiplier(multiplier: number): void {
    this.arrivalMultiplier = Math.max(0, multiplier);
    this.model.streams.forEach((s, index) => {
      if (s.shape.kind !== 'rate') return;
      this.arrivalGeneration[index]!++; // the pending arrival is void; draw afresh (memoryless)
      this.scheduleArrival(index, this.now);
    });
  }

  // ---- arrivals ----------------------------------------------------------------

  private scheduleArrival(streamIndex: number, from: number): void {
    const s = this.model.streams[streamIndex]!;
    if (s.shape.kind !== 'rate') return;
    const time = nextArrival(
      s.shape.periods,
      this.arrivalMultiplier,
      from,
      this.model.window.arrivalsEnd,
      this.arrivalRandom[streamIndex]!,
    );
    if (time < Infinity)
      this.events.push(time, ARRIVAL, streamIndex, this.arrivalGeneration[streamIndex]!);
  }

  private onArrival(streamIndex: number): void {
    const s = this.model.streams[streamIndex]!;
    this.scheduleArrival(streamIndex, this.now);
    this.arrive(streamIndex, s.classIndex);
  }

  /** Schedules one day's booked customers (and the next day's bookings in a steady run). */
  private onBookingDay(streamIndex: number, day: number): void {
    const s = this.model.streams[streamIndex]!;
    if (s.shape.kind !== 'appointments') return;
    const random = this.arrivalRandom[streamIndex]!;
    const { start, arrivalsEnd } = this.model.window;
    for (const booking of s.shape.bookings) {
      const bookedAt = day * 1440 + booking;
      const showsUp = random.next() >= s.shape.noShow;
      const late = s.shape.lateness ? s.shape.lateness.sample(random) : 0;
      const classIndex = s.classIndex >= 0 ? s.classIndex : pick(s.shares, random.next());
      if (!showsUp || bookedAt < start || bookedAt >= arrivalsEnd) continue;
      this.events.push(bookedAt + late, BOOKED_ARRIVAL, streamIndex, classIndex);
      this.bookedPending++;
    }
    const nextDay = (day + 1) * 1440;
    if (nextDay < arrivalsEnd) this.events.push(nextDay, BOOKINGS, streamIndex, day + 1);
  }

  private arrive(streamIndex: number, classIndex: number): void {
    const people = this.people;
    const c = people.allocate();
    people.classIndex[c] = classIndex;
    people.background[c] = 0;
    people.arrived[c] = this.now;
    people.serial[c] = ++this.serialCounter;
    this.stats.classes[classIndex]!.arrived++;
    this.stats.system.arrived++;
    this.stats.inSystem.change(this.now, 1);
    this.emit(c, this.model.streams[streamIndex]!.entry, 'arrive');
    this.enter(c, this.model.streams[streamIndex]!.entry);
  }

  // ---- moving through steps ----------------------------------------------------

  /** The customer reaches step `s`; instant steps are passed through in this loop. */
  private enter(c: number, s: number): void {
    const people = this.people;
    for (;;) {
      if (++people.moves[c]! > MAX_MOVES) return this.depart(c, 'stuck', s);
      people.step[c] = s;
      const step = this.model.steps[s]!;
      const counters = this.stats.steps[s]!;
      counters.visits++;
      const pool = step.pool;
      if (pool >= 0 && people.heldPool[c] !== pool) {
        if (this.capacity[pool]! - this.busy[pool]! >= step.units && this.waiting[pool] === 0) {
          this.seize(pool, step.units);
          counters.wait.add(0);
        } else {
          if (
            people.background[c] === 0 &&
            this.waiting[pool]! >= this.model.classes[people.classIndex[c]!]!.balkAt
          ) {
            counters.balks++;
            this.emit(c, s, 'balk');
            return this.depart(c, 'abandoned', s);
          }
          return this.joinQueue(c, s, pool);
        }
      }
      const next = this.startAttempt(c, s, step);
      if (next < 0) return;
      s = next;
    }
  }

  /** Starts one attempt at a step the customer may do now; the next step if it took no time, else -1. */
  private startAttempt(c: number, s: number, step: CompiledStep): number {
    this.stats.steps[s]!.attempts++;
    this.emit(c, s, 'start');
    const duration = step.duration ? step.duration.sample(this.durationRandom[s]!) : 0;
    if (duration > 0) {
      this.people.busyUntil[c] = this.now + duration;
      this.events.push(this.now + duration, SERVICE_END, c, 0);
      return -1;
    }
    return this.finishAttempt(c, s, step);
  }

  private onServiceEnd(c: number): void {
    const s = this.people.step[c]!;
    this.people.busyUntil[c] = NaN;
    const next = this.finishAttempt(c, s, this.model.steps[s]!);
    if (next >= 0) this.enter(c, next);
  }

  /** An attempt is over: it failed (retry, go back, leave) or the step is done. */
  private finishAttempt(c: number, s: number, step: CompiledStep): number {
    const people = this.people;
    if (step.failProbability > 0 && this.failureRandom[s]!.next() < step.failProbability) {
      this.stats.steps[s]!.failures++;
      this.emit(c, s, 'fail');
      if (step.onFailure === OnFailure.Retry) {
        if (++people.retries[c]! > step.maxRetries || ++people.moves[c]! > MAX_MOVES) {
          this.releaseAll(c, s);
          return this.leave(c, people.moves[c]! > MAX_MOVES ? 'stuck' : 'abandoned', s);
        }
        return this.startAttempt(c, s, step);
      }
      people.retries[c] = 0;
      this.releaseAll(c, s);
      if (step.onFailure === OnFailure.Goto) return step.failTarget;
      return this.leave(c, 'abandoned', s);
    }
    people.retries[c] = 0;
    this.emit(c, s, 'end');
    this.releaseAfter(c, s, step);
    this.startBackground(c, step);
    const route = step.exit ? undefined : step.routes[people.classIndex[c]!]!;
    if (!route || route.targets.length === 0) return this.leave(c, 'served', s);
    if (route.targets.length === 1) return route.targets[0]!;
    return route.targets[pick(route.cumulative, this.routeRandom[s]!.next())]!;
  }

  private leave(c: number, outcome: Outcome, s: number): number {
    this.depart(c, outcome, s);
    return -1;
  }

  private startBackground(c: number, step: CompiledStep): void {
    const classIndex = this.people.classIndex[c]!;
    for (const work of step.background) {
      const chance = work.chance[classIndex]!;
      if (chance <= 0 || (chance < 1 && this.backgroundRandom[step.index]!.next() >= chance))
        continue;
      const job = this.people.allocate();
      this.people.classIndex[job] = classIndex;
      this.people.background[job] = 1;
      this.people.arrived[job] = this.now;
      this.people.serial[job] = this.people.serial[c]!;
      this.emit(job, work.target, 'background');
      this.enter(job, work.target);
    }
  }

  private depart(c: number, outcome: Outcome, s: number): void {
    const people = this.people;
    if (outcome === 'stuck') this.stats.steps[s]!.stuck++;
    if (people.background[c] === 0) {
      this.stats.depart(
        people.classIndex[c]!,
        outcome,
        this.now - people.arrived[c]!,
        people.waited[c]!,
      );
      this.stats.inSystem.change(this.now, -1);
    }
    this.emit(c, s, outcome === 'served' ? 'exit' : outcome === 'stuck' ? 'stuck' : 'abandon');
    if (people.heldPool[c]! >= 0) this.releaseHeld(c);
    people.release(c);
  }

  // ---- pools and queues -----------------------------------------------------------

  private joinQueue(c: number, s: number, pool: number): void {
    const people = this.people;
    const token = ++this.tokenCounter;
    people.token[c] = token;
    people.waitingAt[c] = s;
    people.queuedAt[c] = this.now;
    this.lines[pool]!.push(c, token, this.model.pools[pool]!.levelOfClass[people.classIndex[c]!]!);
    this.waiting[pool]!++;
    this.stats.steps[s]!.queue.change(this.now, 1);
    this.stats.pools[pool]!.queue.change(this.now, 1);
    this.emit(c, s, 'queue');
    const patience =
      people.background[c] === 0 ? this.model.classes[people.classIndex[c]!]!.patience : null;
    if (patience)
      this.events.push(
        this.now + patience.sample(this.patienceRandom[people.classIndex[c]!]!),
        RENEGE,
        c,
        token,
      );
  }

  /** Takes a customer out of a queue (served or reneged); their queue entry becomes stale. */
  private leaveQueue(c: number): number {
    const people = this.people;
    const s = people.waitingAt[c]!;
    const pool = this.model.steps[s]!.pool;
    people.token[c] = ++this.tokenCounter;
    people.waitingAt[c] = -1;
    this.waiting[pool]!--;
    this.stats.steps[s]!.queue.change(this.now, -1);
    this.stats.pools[pool]!.queue.change(this.now, -1);
    const waited = this.now - people.queuedAt[c]!;
    people.waited[c]! += waited;
    return waited;
  }

  private onRenege(c: number, token: number): void {
    const people = this.people;
    if (people.alive[c] === 0 || people.token[c] !== token || people.waitingAt[c]! < 0) return;
    const s = people.waitingAt[c]!;
    this.leaveQueue(c);
    this.stats.steps[s]!.reneges++;
    this.emit(c, s, 'renege');
    this.depart(c, 'abandoned', s);
    this.dispatch(this.model.steps[s]!.pool); // the one who left may have blocked the head
  }

  /** Serves waiting customers while units are free. Re-entrant calls are absorbed by the outer loop. */
  private dispatch(pool: number): void {
    if (this.dispatching[pool]) return;
    this.dispatching[pool] = 1;
    const line = this.lines[pool]!;
    const people = this.people;
    for (;;) {
      const c = line.front(people.token);
      if (c < 0) break;
      const s = people.waitingAt[c]!;
      const step = this.model.steps[s]!;
      if (this.capacity[pool]! - this.busy[pool]! < step.units) break; // no overtaking the head
      line.shift();
      this.stats.steps[s]!.wait.add(this.leaveQueue(c));
      this.seize(pool, step.units);
      const next = this.startAttempt(c, s, step);
      if (next >= 0) this.enter(c, next);
    }
    this.dispatching[pool] = 0;
  }

  private seize(pool: number, units: number): void {
    this.busy[pool]! += units;
    this.stats.pools[pool]!.busy.change(this.now, units);
  }

  private release(pool: number, units: number): void {
    this.busy[pool]! -= units;
    this.stats.pools[pool]!.busy.change(this.now, -units);
    this.dispatch(pool);
  }

  private releaseHeld(c: number): void {
    const people = this.people;
    const pool = people.heldPool[c]!;
    people.heldPool[c] = -1;
    people.holdUntil[c] = -1;
    this.release(pool, people.heldUnits[c]!);
  }

  /** After a step is done: release its units, or keep them until `keepUntil`. */
  private releaseAfter(c: number, s: number, step: CompiledStep): void {
    const people = this.people;
    const pool = step.pool;
    if (pool >= 0 && people.heldPool[c] !== pool) {
      if (step.keepUntil >= 0 && step.keepUntil !== s) {
        if (people.heldPool[c]! >= 0) this.releaseHeld(c); // one held span at a time
        people.heldPool[c] = pool;
        people.heldUnits[c] = step.units;
        people.holdUntil[c] = step.keepUntil;
      } else {
        this.release(pool, step.units);
      }
    }
    if (people.heldPool[c]! >= 0 && people.holdUntil[c] === s) this.releaseHeld(c);
  }

  /** A failure that sends the customer away releases what this step took and what they hold. */
  private releaseAll(c: number, s: number): void {
    const pool = this.model.steps[s]!.pool;
    if (pool >= 0 && this.people.heldPool[c] !== pool)
      this.release(pool, this.model.steps[s]!.units);
    if (this.people.heldPool[c]! >= 0) this.releaseHeld(c);
  }

  // ---- capacity schedule ---------------------------------------------------------

  private setPoolCapacity(pool: number, units: number): void {
    this.stats.pools[pool]!.capacity.change(this.now, units - this.capacity[pool]!);
    this.capacity[pool] = units;
  }

  private onCapacityChange(pool: number): void {
    const { baseCapacity, changes } = this.model.pools[pool]!;
    this.setPoolCapacity(pool, capacityAt(baseCapacity, changes, this.now));
    this.dispatch(pool);
    this.scheduleNextCapacityChange(pool, this.now);
  }

  /** Capacity changes repeat daily; a business day needs only its own day's. */
  private scheduleNextCapacityChange(pool: number, after: number): void {
    const { changes } = this.model.pools[pool]!;
    if (changes.length === 0) return;
    const dayStart = Math.floor(after / 1440) * 1440;
    const minute = after - dayStart;
    const change = changes.find((c) => c.minute > minute);
    const time = change ? dayStart + change.minute : dayStart + 1440 + changes[0]!.minute;
    const { mode, start, hardEnd } = this.model.window;
    if (time > hardEnd || (mode === 'day' && time >= start + 1440)) return;
    this.events.push(time, CAPACITY, pool, 0);
  }

  // ---- observation ---------------------------------------------------------------

  private emit(c: number, s: number, event: EventName): void {
    if (this.listener) {
      const people = this.people;
      this.listener(
        people.serial[c]!,
        people.classIndex[c]!,
        s,
        event,
        this.now,
        people.background[c] === 1,
      );
    }
  }

  /** Read access for playback snapshots. */
  get state(): {
    people: Customers;
    capacity: Int32Array;
    busy: Int32Array;
    waiting: Int32Array;
    lines: WaitingLine[];
  } {
    return {
      people: this.people,
      capacity: this.capacity,
      busy: this.busy,
      waiting: this.waiting,
      lines: this.lines,
    };
  }
}

/** The index of the first cumulative chance above u. */
function pick(cumulative: Float64Array, u: number): number {
  const last = cumulative.length - 1;
  for (let i = 0; i < last; i++) if (u < cumulative[i]!) return i;
  return last;
}
