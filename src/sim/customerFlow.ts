/**
 * Customers moving through the steps: arriving, queueing for a pool or finding it free,
 * being served, failing (retry, go back, leave), taking a branch, starting background
 * work, and leaving. The event loop (engine.ts) calls in when an arrival, an end of
 * service or a renege timer fires; what a customer does at that instant happens here.
 * Balking and reneging: givingUp.ts; missed tickets: missedCalls.ts; batches: batches.ts;
 * the random streams: flowStreams.ts.
 */
import { type BatchHost, Batches } from './batches.ts';
import { type BudgetCode, type RunBudget, RunBudgetError } from './budget.ts';
import type { EventListener, EventName } from './customerEvents.ts';
import type { Customers } from './customers.ts';
import { DeadlockWatch } from './deadlock.ts';
import type { EventQueue } from './eventQueue.ts';
import { SERVICE_END } from './eventKinds.ts';
import { flowStreams } from './flowStreams.ts';
import { GivingUp } from './givingUp.ts';
import { type MissedCallHost, MissedCalls } from './missedCalls.ts';
import { type CompiledModel, type CompiledStep, OnFailure } from './model.ts';
import type { Pools } from './pools.ts';
import { poolsFor } from './firstServingPools.ts';
import { type Random, pick } from './random.ts';
import type { Collector, Outcome } from './stats/collector.ts';

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

export class CustomerFlow implements MissedCallHost, BatchHost {
  /**
   * The run's clock, set by the event loop before it calls in. A number from the start
   * (not declared and set in the constructor): see TimeWeighted's `last`.
   */
  now = 0;
  listener: EventListener | undefined;
  readonly pools: Pools;
  /** Notices customers who keep units and wait for each other for ever (keepUntil). */
  readonly deadlocks: DeadlockWatch;
  /** Events handled and steps entered so far, against `budget.maxEvents`. */
  private work = 0;
  private serialCounter = 0;
  private readonly moveLimit: number;
  /** Null where the step or class never draws from that stream (flowStreams.ts). */
  private readonly durationRandom: (Random | null)[];
  private readonly failureRandom: (Random | null)[];
  private readonly routeRandom: (Random | null)[];
  private readonly backgroundRandom: (Random | null)[];
  private readonly missedCalls: MissedCalls;
  private readonly givingUp: GivingUp;
  /** The piles of the steps done as one batch a day: the engine reads what is pending. */
  readonly batches: Batches;
  /** Background jobs allocated but not yet started: job, target step, job, target step, … */
  private readonly pendingJobs: number[] = [];
  private startingJobs = false;

  constructor(
    private readonly model: CompiledModel,
    private readonly replication: number,
    seed: number,
    private readonly budget: RunBudget,
    private readonly people: Customers,
    private readonly stats: Collector,
    private readonly events: EventQueue,
  ) {
    this.now = model.window.start;
    this.moveLimit = moveLimit(model);
    const streams = flowStreams(model, seed, replication);
    this.durationRandom = streams.duration;
    this.failureRandom = streams.failure;
    this.routeRandom = streams.route;
    this.backgroundRandom = streams.background;
    this.pools = poolsFor(model, people, stats, (c, s) => {
      const step = this.model.steps[s]!;
      // Called from the queue: a step with missed tickets may find nobody at the window.
      if (step.missedCall !== null && this.missedCalls.calledAway(c, s, step.missedCall)) return;
      const next = this.startAttempt(c, s, step);
      if (next >= 0) this.enter(c, next);
    });
    this.missedCalls = new MissedCalls(
      model,
      seed,
      replication,
      people,
      stats,
      events,
      this.pools,
      this.moveLimit,
      this,
    );
    this.givingUp = new GivingUp(model, people, stats, events, this.pools, streams.patience, this);
    this.batches = new Batches(model, people, stats, this.pools, this);
    this.deadlocks = new DeadlockWatch(model, people, this.pools, (c) => this.stopDeadlocked(c));
  }

  /** Counts one unit of work (an event handled, a step entered) against the budget. */
  countWork(): void {
    if (++this.work > this.budget.maxEvents) this.overBudget('events');
  }

  private overBudget(code: BudgetCode): never {
    const limit = code === 'events' ? this.budget.maxEvents : this.budget.maxPresent;
    throw new RunBudgetError({
      code,
      params: { limit, replication: this.replication, minute: this.now },
    });
  }

  // ---- the events that move customers -------------------------------------------

  arrive(streamIndex: number, classIndex: number): void {
    const c = this.allocate(classIndex, 0, ++this.serialCounter);
    this.stats.arrive(classIndex, this.now);
    const entry = this.model.streams[streamIndex]!.entry;
    this.emit(c, entry, 'arrive');
    this.enter(c, entry);
  }

  onServiceEnd(c: number): void {
    const s = this.people.step[c]!;
    this.people.busyUntil[c] = NaN;
    const next = this.finishAttempt(c, s, this.model.steps[s]!);
    if (next >= 0) this.enter(c, next);
  }

  /** A patience timer fired: the customer leaves the queue unless served since (token). */
  onRenege(c: number, token: number): void {
    this.givingUp.onRenege(c, token);
  }

  /** A missed call's time is over: the window takes the next ticket (missedCalls.ts). */
  onCallEnd(c: number): void {
    this.missedCalls.onCallEnd(c);
  }

  // ---- moving through steps ----------------------------------------------------

  /** The customer reaches step `s`; instant steps are passed through in this loop. */
  private enter(c: number, s: number): void {
    const people = this.people;
    for (;;) {
      this.countWork();
      if (++people.moves[c]! > this.moveLimit) return this.depart(c, 'stuck', s);
      people.step[c] = s;
      const step = this.model.steps[s]!;
      const counters = this.stats.steps[s]!;
      counters.visits++;
      const pool = step.pool;
      if (pool >= 0 && step.batchMinute !== null) {
        // Done later in the day's batch: whoever passes leaves an item and goes on at once.
        this.batches.pass(c, s);
        const next = this.goOn(c, s, step);
        this.batches.startDue();
        if (next < 0) return;
        s = next;
        continue;
      }
      if (pool >= 0 && people.heldPool[c] !== pool) {
        if (this.pools.hasRoom(pool, step.units, c)) {
          this.pools.seizeFor(c, pool, step.units, this.now);
          counters.wait.add(0);
          people.rejoinFront[c] = 0; // served at once: no queue to take them at its front
        } else if (
          step.lenders !== null &&
          this.pools.lend(c, step.lenders, step.units, this.now)
        ) {
          counters.wait.add(0); // an idle pool that also serves this queue took them
          people.rejoinFront[c] = 0;
        } else {
          if (this.givingUp.balked(c, s, pool, step.patienceExempt)) return;
          return this.joinQueue(c, s, pool);
        }
      }
      const next = this.startAttempt(c, s, step);
      if (next < 0) return;
      s = next;
    }
  }

  /** Starts one attempt at a step the customer may do now; the next step if it took no time, else -1. */
  startAttempt(c: number, s: number, step: CompiledStep): number {
    this.stats.steps[s]!.attempts++;
    if (step.anchor >= 0) this.pools.remember(c, s); // a later step asks for this unit
    this.emit(c, s, 'start');
    // Per-class durations only where a step has them: the one-class path reads one field.
    const sampler =
      step.classDuration === null ? step.duration : step.classDuration[this.people.classIndex[c]!]!;
    const duration = sampler ? sampler.sample(this.durationRandom[s]!) : 0;
    if (duration > 0) {
      this.people.busyUntil[c] = this.now + duration;
      this.events.push(this.now + duration, SERVICE_END, c, 0);
      return -1;
    }
    return this.finishAttempt(c, s, step);
  }

  /** An attempt is over: it failed (retry, go back, leave) or the step is done. */
  private finishAttempt(c: number, s: number, step: CompiledStep): number {
    const people = this.people;
    const failChance =
      step.classFailProbability === null
        ? step.failProbability
        : step.classFailProbability[people.classIndex[c]!]!;
    if (failChance > 0 && this.failureRandom[s]!.next() < failChance) {
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
      if (step.onFailure === OnFailure.Goto) {
        if (step.rejoinFront) people.rejoinFront[c] = 1;
        return step.failTarget;
      }
      return this.leave(c, 'abandoned', s);
    }
    people.retries[c] = 0;
    this.emit(c, s, 'end');
    this.pools.releaseAfter(c, s, step, this.now);
    if (step.batchMinute !== null) return this.batches.itemDone(c, s);
    return this.goOn(c, s, step);
  }

  /** After a step: the background work it starts, then the exit or the route to the next step. */
  private goOn(c: number, s: number, step: CompiledStep): number {
    const people = this.people;
    if (step.background.length > 0) this.startBackground(c, step);
    if (step.exit) return this.leave(c, 'served', s);
    const route = step.routes[people.classIndex[c]!];
    if (!route) return this.leave(c, 'served', s);
    const divert = route.divert;
    if (divert !== null) {
      // The lobby manager's rule reads the line as it is at this moment.
      const stats = this.stats;
      stats.diversionChecks[divert.counter]!++;
      if (this.pools.waiting[divert.pool]! >= divert.atLeast) {
        stats.diverted[divert.counter]!++;
        if (divert.failing) stats.steps[s]!.failures++;
        return divert.target;
      }
    }
    if (route.targets.length === 0) return this.leave(c, 'served', s);
    const targets = route.targets;
    const branch = targets.length === 1 ? 0 : pick(route.cumulative, this.routeRandom[s]!.next());
    // A failing branch ("not eligible") is the step's failure: an F on a decision is measured.
    if (route.failing?.[branch] === 1) this.stats.steps[s]!.failures++;
    return targets[branch]!;
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
    const people = this.people;
    const classIndex = people.classIndex[c]!;
    for (const work of step.background) {
      const chance = work.chance[classIndex]!;
      if (chance <= 0 || (chance < 1 && this.backgroundRandom[step.index]!.next() >= chance))
        continue;
      this.pendingJobs.push(this.allocateWork(classIndex, people.serial[c]!), work.target);
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

  /** A new piece of background work of this class, in the case of the customer who started it. */
  allocateWork(classIndex: number, caseId: number): number {
    return this.allocate(classIndex, 1, caseId);
  }

  /** A slot for a customer (background 0) or a piece of work (1), arriving now. */
  private allocate(classIndex: number, background: number, caseId: number): number {
    const people = this.people;
    const c = people.allocate();
    if (people.present > this.budget.maxPresent) this.overBudget('present');
    people.classIndex[c] = classIndex;
    people.background[c] = background;
    people.arrived[c] = this.now;
    people.serial[c] = caseId;
    return c;
  }

  /** The customer leaves the run (missedCalls.ts calls in too). */
  depart(c: number, outcome: Outcome, s: number): void {
    const people = this.people;
    if (outcome === 'stuck') this.stats.steps[s]!.stuck++;
    // Read before the units kept are given back below, and without them on unpriced runs.
    const charged = this.pools.priced ? this.pools.chargeOf(c, this.now) : 0;
    if (people.background[c] === 0) {
      this.stats.depart(
        people.classIndex[c]!,
        outcome,
        this.now - people.arrived[c]!,
        people.waited[c]!,
        this.model.steps[s]!.outcome,
        this.now,
        charged,
      );
    } else if (charged !== 0) this.stats.chargeBackground(people.classIndex[c]!, charged);
    this.emit(c, s, outcome === 'served' ? 'exit' : outcome === 'stuck' ? 'stuck' : 'abandon');
    if (people.heldPool[c]! >= 0) this.pools.releaseHeld(c, this.now);
    people.release(c);
  }

  /** Queues c for step `s`'s pool (batches.ts calls in too). */
  joinQueue(c: number, s: number, pool: number): void {
    const people = this.people;
    const token = this.pools.join(c, s, pool, this.now);
    this.emit(c, s, 'queue');
    this.givingUp.startPatience(c, this.model.steps[s]!.patienceExempt, token);
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

  /** Tells the listener, if any (missedCalls.ts calls in too). */
  emit(c: number, s: number, event: EventName): void {
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
}
