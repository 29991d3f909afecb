/**
 * The discrete-event engine: one replication of a compiled model. Customers arrive,
 * queue for pools, are served, fail and retry or go back, give up, and leave; background
 * work occupies pools on its own. Everything random comes from named streams (random.ts).
 *
 * The same object serves batch runs (`runToEnd`) and trainer playback (`advanceTo`,
 * `step`, `snapshot`, `setCapacity`, `setArrivalMultiplier`): playback shows the engine's
 * own events, not an imitation.
 */
import { ArrivalSource } from './arrivalSource.ts';
import { type BudgetCode, DEFAULT_BUDGET, type RunBudget, RunBudgetError } from './budget.ts';
import { capacityAt, nextCapacityChange } from './capacity.ts';
import type { EventListener, EventName } from './customerEvents.ts';
import { Customers } from './customers.ts';
import { DeadlockWatch } from './deadlock.ts';
import { EventQueue } from './eventQueue.ts';
import {
  ARRIVAL,
  BOOKED_ARRIVAL,
  BOOKINGS,
  CAPACITY,
  RENEGE,
  SERVICE_END,
  WARMUP_END,
} from './eventKinds.ts';
import { type CompiledModel, type CompiledStep, OnFailure } from './model.ts';
import { Pools } from './pools.ts';
import { Random, pick } from './random.ts';
import { Collector, type Outcome } from './stats/collector.ts';

/**
 * Moves (steps entered, retries) a customer may make beyond the blueprint's number of
 * steps: a visit without a loop enters each step at most once, so one that goes on this
 * much longer is caught in a loop and stopped. Relative to the steps, a long path (a
 * 5 000-step chain) is not mistaken for a loop.
 */
export const MAX_MOVES = 1000;

/** The moves after which a customer of this model is stopped as stuck. */
export function moveLimit(model: CompiledModel): number {
  return MAX_MOVES + model.steps.length;
}

export class Simulation {
  now: number;
  readonly stats: Collector;
  private readonly events = new EventQueue();
  private readonly people = new Customers();
  private readonly pools: Pools;
  /** Notices customers who keep units and wait for each other for ever (keepUntil). */
  readonly deadlocks: DeadlockWatch;
  private readonly durationRandom: Random[];
  private readonly failureRandom: Random[];
  private readonly routeRandom: Random[];
  private readonly backgroundRandom: Random[];
  private readonly patienceRandom: Random[];
  private readonly arrivals: ArrivalSource;
  private serialCounter = 0;
  /** Events handled and steps entered so far, against `budget.maxEvents`. */
  private work = 0;
  private readonly moveLimit: number;
  /** Background jobs allocated but not yet started: job, target step, job, target step, … */
  private readonly pendingJobs: number[] = [];
  private startingJobs = false;
  private finished = false;
  /** Playback: pools held at a number of units by `holdCapacity`; their schedule is ignored. */
  private readonly heldCapacity: (number | undefined)[] = [];
  listener: EventListener | undefined;

  constructor(
    readonly model: CompiledModel,
    readonly replication: number,
    seed = model.window.seed,
    readonly budget: RunBudget = DEFAULT_BUDGET,
  ) {
    const { window, steps, pools, classes } = model;
    this.now = window.start;
    this.moveLimit = moveLimit(model);
    this.stats = new Collector(model, window.start);
    const stream = (name: string): Random => new Random(seed, replication, name);
    this.durationRandom = steps.map((s) => stream(`step:${s.id}:duration`));
    this.failureRandom = steps.map((s) => stream(`step:${s.id}:failure`));
    this.routeRandom = steps.map((s) => stream(`step:${s.id}:route`));
    this.backgroundRandom = steps.map((s) => stream(`step:${s.id}:background`));
    this.patienceRandom = classes.map((c) => stream(`class:${c.id}:patience`));
    this.pools = new Pools(model, this.people, this.stats, (c, s) => {
      const next = this.startAttempt(c, s, this.model.steps[s]!);
      if (next >= 0) this.enter(c, next);
    });
    this.deadlocks = new DeadlockWatch(model, this.people, this.pools, (c) =>
      this.stopDeadlocked(c),
    );

    pools.forEach((pool, index) => {
      this.pools.setCapacity(
        index,
        capacityAt(pool.baseCapacity, pool.changes, window.start),
        window.start,
      );
      this.scheduleNextCapacityChange(index, window.start);
    });
    this.arrivals = new ArrivalSource(model, this.events, seed, replication);
    if (window.statsStart > window.start) this.events.push(window.statsStart, WARMUP_END, 0, 0);
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
    const window = this.model.window;
    const day = window.mode === 'day';
    // A business day ends at closing or when the last one inside leaves, whichever is
    // later; left-over timers (a patience that no longer matters) must not stretch it.
    const empty = this.people.present === 0 && this.arrivals.bookedPending === 0;
    if (this.events.size === 0)
      return this.finish(day ? Math.max(this.now, window.arrivalsEnd) : window.hardEnd);
    if (day && empty && this.events.peekTime() > window.arrivalsEnd) {
      return this.finish(Math.max(this.now, window.arrivalsEnd));
    }
    if (this.events.peekTime() > window.hardEnd) return this.finish(window.hardEnd);
    if (++this.work > this.budget.maxEvents) this.overBudget('events');
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
        if (this.arrivals.onArrival(subject, tag, time))
          this.arrive(subject, this.model.streams[subject]!.classIndex);
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
        this.arrivals.onBookingDay(subject, tag);
        break;
      case BOOKED_ARRIVAL:
        this.arrivals.onBookedArrival();
        this.arrive(subject, tag);
        break;
    }
    // A business day is over when the doors are shut and everyone has left.
    if (
      day &&
      time >= window.arrivalsEnd &&
      this.people.present === 0 &&
      this.arrivals.bookedPending === 0
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

  private overBudget(code: BudgetCode): never {
    const limit = code === 'events' ? this.budget.maxEvents : this.budget.maxPresent;
    throw new RunBudgetError({
      code,
      params: { limit, replication: this.replication, minute: this.now },
    });
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

  // ---- arrivals ----------------------------------------------------------------

  private arrive(streamIndex: number, classIndex: number): void {
    const people = this.people;
    const c = people.allocate();
    if (people.present > this.budget.maxPresent) this.overBudget('present');
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
      if (++this.work > this.budget.maxEvents) this.overBudget('events');
      if (++people.moves[c]! > this.moveLimit) return this.depart(c, 'stuck', s);
      people.step[c] = s;
      const step = this.model.steps[s]!;
      const counters = this.stats.steps[s]!;
      counters.visits++;
      const pool = step.pool;
      if (pool >= 0 && people.heldPool[c] !== pool) {
        if (this.pools.hasRoom(pool, step.units)) {
          this.pools.seize(pool, step.units, this.now);
          counters.wait.add(0);
        } else {
          if (
            people.background[c] === 0 &&
            this.pools.waiting[pool]! >= this.model.classes[people.classIndex[c]!]!.balkAt
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
        if (++people.retries[c]! > step.maxRetries || ++people.moves[c]! > this.moveLimit) {
          this.pools.releaseAll(c, s, this.now);
          return this.leave(c, people.moves[c]! > this.moveLimit ? 'stuck' : 'abandoned', s);
        }
        return this.startAttempt(c, s, step);
      }
      people.retries[c] = 0;
      this.pools.releaseAll(c, s, this.now);
      if (step.onFailure === OnFailure.Goto) return step.failTarget;
      return this.leave(c, 'abandoned', s);
    }
    people.retries[c] = 0;
    this.emit(c, s, 'end');
    this.pools.releaseAfter(c, s, step, this.now);
    this.startBackground(c, step);
    const route = step.exit ? undefined : step.routes[people.classIndex[c]!]!;
    if (!route || route.targets.length === 0) return this.leave(c, 'served', s);
    const branch =
      route.targets.length === 1 ? 0 : pick(route.cumulative, this.routeRandom[s]!.next());
    // A failing branch ("not eligible") is the step's failure: an F on a decision is measured.
    if (route.failing?.[branch] === 1) this.stats.steps[s]!.failures++;
    return route.targets[branch]!;
  }

  private leave(c: number, outcome: Outcome, s: number): number {
    this.depart(c, outcome, s);
    return -1;
  }

  /**
   * Starts the step's background work. Work that takes no time can start more work at
   * once; started from here recursively, a chain of it overflowed the call stack, so new
   * jobs wait in `pendingJobs` and the outermost call starts them one after another.
   */
  private startBackground(c: number, step: CompiledStep): void {
    if (step.background.length === 0) return;
    const classIndex = this.people.classIndex[c]!;
    for (const work of step.background) {
      const chance = work.chance[classIndex]!;
      if (chance <= 0 || (chance < 1 && this.backgroundRandom[step.index]!.next() >= chance))
        continue;
      const job = this.people.allocate();
      if (this.people.present > this.budget.maxPresent) this.overBudget('present');
      this.people.classIndex[job] = classIndex;
      this.people.background[job] = 1;
      this.people.arrived[job] = this.now;
      this.people.serial[job] = this.people.serial[c]!;
      this.pendingJobs.push(job, work.target);
    }
    if (this.startingJobs) return;
    this.startingJobs = true;
    try {
      // First in, first out: the jobs start in the order the work was started.
      for (let next = 0; next < this.pendingJobs.length; next += 2) {
        const job = this.pendingJobs[next]!;
        const target = this.pendingJobs[next + 1]!;
        this.emit(job, target, 'background');
        this.enter(job, target);
      }
    } finally {
      this.pendingJobs.length = 0;
      this.startingJobs = false;
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
        this.model.steps[s]!.outcome,
      );
      this.stats.inSystem.change(this.now, -1);
    }
    this.emit(c, s, outcome === 'served' ? 'exit' : outcome === 'stuck' ? 'stuck' : 'abandon');
    if (people.heldPool[c]! >= 0) this.pools.releaseHeld(c, this.now);
    people.release(c);
  }

  // ---- pools and queues -----------------------------------------------------------

  private joinQueue(c: number, s: number, pool: number): void {
    const people = this.people;
    const token = this.pools.join(c, s, pool, this.now);
    this.emit(c, s, 'queue');
    if (people.background[c] === 0) {
      // Work does not give up.
      const classIndex = people.classIndex[c]!;
      const patience = this.model.classes[classIndex]!.patience;
      if (patience)
        this.events.push(
          this.now + patience.sample(this.patienceRandom[classIndex]!),
          RENEGE,
          c,
          token,
        );
    }
    // Units may be free while the front of the line needs more than that: a newcomer ahead
    // of it (higher priority) or one who fits behind it is served now.
    this.pools.dispatch(pool, this.now);
    // Waiting with units in hand is the one way a deadlock forms.
    if (people.heldPool[c]! >= 0) this.deadlocks.afterHoldingJoin(c, this.now);
  }

  /** A customer caught in a deadlock (deadlock.ts) leaves their queue and the run, as stuck. */
  private stopDeadlocked(c: number): void {
    const s = this.people.waitingAt[c]!;
    this.pools.leave(c, this.now);
    this.stats.steps[s]!.deadlocked++;
    this.depart(c, 'stuck', s); // gives back the units they kept
    this.pools.dispatch(this.model.steps[s]!.pool, this.now); // they may have blocked the head
  }

  private onRenege(c: number, token: number): void {
    const people = this.people;
    if (people.alive[c] === 0 || people.token[c] !== token || people.waitingAt[c]! < 0) return;
    const s = people.waitingAt[c]!;
    const counters = this.stats.steps[s]!;
    counters.renegedWait.add(this.pools.leave(c, this.now));
    counters.reneges++;
    this.emit(c, s, 'renege');
    this.depart(c, 'abandoned', s);
    this.pools.dispatch(this.model.steps[s]!.pool, this.now); // the one who left may have blocked the head
  }

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
  get state(): { people: Customers; pools: Pools } {
    return { people: this.people, pools: this.pools };
  }
}
