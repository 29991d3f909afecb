/**
 * Everything measured in one replication, in streaming accumulators: per step, per pool,
 * per class and for the whole system. `restart` forgets the warm-up.
 */
import { OUTCOMES } from '../../model/constants.ts';
import type { CompiledModel } from '../model.ts';
import { Mean, Tally } from './tally.ts';
import { TimeWeighted } from './timeWeighted.ts';

export type Outcome = 'served' | 'abandoned' | 'stuck';

export interface SeriesLayout {
  start: number;
  binMinutes: number;
  bins: number;
}

/** Bins of 15 minutes over a business day plus two hours; 96 bins over a steady run. */
export function seriesLayout(model: CompiledModel): SeriesLayout {
  const { mode, start, statsStart, arrivalsEnd, hardEnd } = model.window;
  if (mode === 'day')
    return { start, binMinutes: 15, bins: Math.ceil((arrivalsEnd - start + 120) / 15) };
  return { start: statsStart, binMinutes: (hardEnd - statsStart) / 96, bins: 96 };
}

export class StepCounters {
  visits = 0;
  attempts = 0;
  failures = 0;
  balks = 0;
  reneges = 0;
  stuck = 0;
  /** Of `stuck`, those stopped in a deadlock while queueing here (deadlock.ts). */
  deadlocked = 0;
  /** Missed tickets (missedCall): calls from the queue, those of an absent customer, those queued again, those lost. */
  calls = 0;
  missedCalls = 0;
  recalled = 0;
  missedLost = 0;
  /** Unit-minutes spent calling absent customers. */
  callMinutes = 0;
  /** A step done as one batch (batch): items added, and unit-minutes the pool worked on them. */
  batchItems = 0;
  batchMinutes = 0;
  /** The clock when the pile's last item was done; NaN before any. */
  batchDoneAt = NaN;
  /** Waits of those who started service here (0 for those who found a unit free). */
  readonly wait = new Tally();
  /** Time in the queue of those who gave up waiting here (reneged). */
  readonly renegedWait = new Tally();
  constructor(readonly queue: TimeWeighted) {}
}

export class PoolCounters {
  /** Customers this pool took from other pools' queues (`alsoServes`). */
  lentStarts = 0;
  constructor(
    readonly busy: TimeWeighted,
    readonly capacity: TimeWeighted,
    readonly queue: TimeWeighted,
    /** Units busy with other pools' customers; null for a pool that serves only its own. */
    readonly lentBusy: TimeWeighted | null,
  ) {}

  /** The end of the pool's hours; busy time after it is overtime (see poolHoursEnd). */
  set hoursEnd(time: number) {
    this.busy.cutoff = time;
    this.capacity.cutoff = time;
    if (this.lentBusy) this.lentBusy.cutoff = time;
  }
}

/**
 * When a pool's hours end: in a business day at closing, or later when a schedule period
 * with units (a late shift) ends after closing; a steady run has no closing. Utilization
 * and cost are measured up to here so that one pool's figures do not depend on how long
 * another pool keeps the day going.
 */
export function poolHoursEnd(model: CompiledModel, pool: number): number {
  const { mode, start, arrivalsEnd } = model.window;
  if (mode !== 'day') return Infinity;
  const dayStart = Math.floor(start / 1440) * 1440;
  return Math.max(arrivalsEnd, dayStart + model.pools[pool]!.lastShiftEnd);
}

export class ClassCounters {
  arrived = 0;
  served = 0;
  abandoned = 0;
  stuck = 0;
  /** Of `abandoned`, those who found a queue too long and left at once (balked). */
  balked = 0;
  /** Of `abandoned`, those whose patience ran out while they queued (reneged). */
  reneged = 0;
  /** Of `abandoned`, those whose ticket was missed and who did not come back. */
  missedLost = 0;
  /** Customers of classes with a service target who left (served or not): the share's base. */
  targeted = 0;
  withinTarget = 0;
  /** Served customers by how their visit ended: one count per entry of OUTCOMES. */
  readonly outcomes: number[] = OUTCOMES.map(() => 0);
  /** Time in system of served customers. */
  readonly timeInSystem = new Tally();
  /** Total queueing time of served customers. */
  readonly wait = new Tally();
  /**
   * Busy unit-time on priced pools in money, by where it went (COST_PARTS): the visits
   * served by their outcome, then those who left unserved, then background work.
   */
  readonly cost: number[] = new Array<number>(COST_PARTS).fill(0);
}

/** The parts of a class's busy cost: one per entry of OUTCOMES, then ABANDONED_COST, BACKGROUND_COST. */
export const ABANDONED_COST = OUTCOMES.length;
export const BACKGROUND_COST = OUTCOMES.length + 1;
export const COST_PARTS = OUTCOMES.length + 2;

function countDeparture(
  counters: ClassCounters,
  outcome: Outcome,
  timeInSystem: number,
  waited: number,
  exitOutcome: number,
): void {
  if (outcome === 'served') {
    counters.served++;
    counters.outcomes[exitOutcome]!++;
    counters.timeInSystem.add(timeInSystem);
    counters.wait.add(waited);
  } else if (outcome === 'abandoned') counters.abandoned++;
  else counters.stuck++;
}

export class Collector {
  readonly steps: StepCounters[];
  readonly pools: PoolCounters[];
  readonly classes: ClassCounters[];
  /**
   * The whole system. With one class it is that class's counters themselves: every count
   * would be the same, so each is made once (summarize gives the two their own histograms).
   */
  readonly system: ClassCounters;
  /** Customers present (not background work), for Little's law. */
  readonly inSystem: TimeWeighted;
  /** Time in system of everyone who left, however they left (Little's law's W: a mean only). */
  readonly allDepartures = new Mean();
  /** Per flow taken by a queue's length (model.diversions): customers who took it. */
  readonly diverted: Float64Array;
  /** Per such flow: customers who left its step with the rule open to them (took it or not). */
  readonly diversionChecks: Float64Array;
  since: number;
  /** When the last customer (not background work) left; `since` until one has. */
  lastCustomerLeft: number;
  readonly layout: SeriesLayout;

  constructor(
    private readonly model: CompiledModel,
    start: number,
  ) {
    this.since = start;
    this.lastCustomerLeft = start;
    const layout = seriesLayout(model);
    this.layout = layout;
    const series = (): TimeWeighted =>
      new TimeWeighted(start, layout.start, layout.binMinutes, layout.bins);
    // Only the pools' series are drawn (replication.ts): the rest keep no bins.
    const unbinned = (): TimeWeighted => new TimeWeighted(start, layout.start, 1, 0);
    this.pools = model.pools.map((pool, index) => {
      const counters = new PoolCounters(
        series(),
        series(),
        series(),
        pool.alsoServes.length > 0 || pool.servesFirst.length > 0 ? unbinned() : null,
      );
      counters.hoursEnd = poolHoursEnd(model, index);
      return counters;
    });
    // A pool that only one step uses has that step's queue as its whole queue: the two
    // would record the same changes at the same times, so one series serves both (and
    // the engine records each change once).
    const stepsUsing = new Int32Array(model.pools.length);
    for (const step of model.steps) if (step.pool >= 0) stepsUsing[step.pool]!++;
    this.steps = model.steps.map(
      (step) =>
        new StepCounters(
          step.pool >= 0 && stepsUsing[step.pool] === 1 ? this.pools[step.pool]!.queue : unbinned(),
        ),
    );
    this.classes = model.classes.map(() => new ClassCounters());
    this.system = this.classes.length === 1 ? this.classes[0]! : new ClassCounters();
    this.inSystem = unbinned();
    this.diverted = new Float64Array(model.diversions.length);
    this.diversionChecks = new Float64Array(model.diversions.length);
  }

  /** A customer (not background work) of this class arrived. */
  arrive(classIndex: number, now: number): void {
    const counters = this.classes[classIndex]!;
    counters.arrived++;
    if (this.system !== counters) this.system.arrived++;
    this.inSystem.change(now, 1);
  }

  /** A customer of this class was lost to a missed ticket (before they depart as abandoned). */
  missedLost(classIndex: number): void {
    const counters = this.classes[classIndex]!;
    counters.missedLost++;
    if (this.system !== counters) this.system.missedLost++;
  }

  /** A customer of this class balked at step `s` (before they depart as abandoned). */
  balk(s: number, classIndex: number): void {
    this.steps[s]!.balks++;
    const counters = this.classes[classIndex]!;
    counters.balked++;
    if (this.system !== counters) this.system.balked++;
  }

  /** A customer of this class reneged in step `s`'s queue (before they depart as abandoned). */
  renege(s: number, classIndex: number): void {
    this.steps[s]!.reneges++;
    const counters = this.classes[classIndex]!;
    counters.reneged++;
    if (this.system !== counters) this.system.reneged++;
  }

  /** Someone joined (+1) or left (−1) the queue of step `s` for `pool`. */
  queueChange(s: number, pool: number, now: number, delta: number): void {
    const stepQueue = this.steps[s]!.queue;
    stepQueue.change(now, delta);
    const poolQueue = this.pools[pool]!.queue;
    if (poolQueue !== stepQueue) poolQueue.change(now, delta);
  }

  /**
   * A customer (not background work) left at `now`. `exitOutcome`: for a served customer,
   * the index in OUTCOMES of how the visit ended.
   */
  /** Background work of this class used priced pools: its busy cost, apart from the visits'. */
  chargeBackground(classIndex: number, charged: number): void {
    const counters = this.classes[classIndex]!;
    counters.cost[BACKGROUND_COST]! += charged;
    if (this.system !== counters) this.system.cost[BACKGROUND_COST]! += charged;
  }

  depart(
    classIndex: number,
    outcome: Outcome,
    timeInSystem: number,
    waited: number,
    exitOutcome: number,
    now: number,
    /** The visit's busy cost on priced pools (0 when none has a price). */
    charged: number,
  ): void {
    const counters = this.classes[classIndex]!;
    this.allDepartures.add(timeInSystem);
    countDeparture(counters, outcome, timeInSystem, waited, exitOutcome);
    if (this.system !== counters)
      countDeparture(this.system, outcome, timeInSystem, waited, exitOutcome);
    if (charged !== 0) {
      const part = outcome === 'served' ? exitOutcome : ABANDONED_COST;
      counters.cost[part]! += charged;
      if (this.system !== counters) this.system.cost[part]! += charged;
    }
    this.inSystem.change(now, -1);
    this.lastCustomerLeft = now;
    const goal = this.model.classes[classIndex]!.target;
    if (!goal || outcome === 'stuck') return;
    const system = this.system !== counters ? this.system : null;
    counters.targeted++;
    if (system) system.targeted++;
    if (outcome === 'served' && (goal.measure === 'wait' ? waited : timeInSystem) <= goal.minutes) {
      counters.withinTarget++;
      if (system) system.withinTarget++;
    }
  }

  /** Forgets everything measured before `now` (the end of the warm-up). */
  restart(now: number): void {
    this.since = now;
    this.lastCustomerLeft = now;
    for (const step of this.steps) {
      step.visits = step.attempts = step.failures = step.balks = step.reneges = 0;
      step.stuck = step.deadlocked = 0;
      step.calls = step.missedCalls = step.recalled = step.missedLost = step.callMinutes = 0;
      step.batchItems = step.batchMinutes = 0;
      step.batchDoneAt = NaN;
      step.wait.clear();
      step.renegedWait.clear();
      step.queue.restart(now);
    }
    for (const pool of this.pools) {
      pool.busy.restart(now);
      pool.capacity.restart(now);
      pool.queue.restart(now);
      pool.lentBusy?.restart(now);
      pool.lentStarts = 0;
    }
    for (const counters of [...this.classes, this.system]) {
      counters.arrived =
        counters.served =
        counters.abandoned =
        counters.stuck =
        counters.balked =
        counters.reneged =
        counters.missedLost =
        counters.targeted =
        counters.withinTarget =
          0;
      counters.outcomes.fill(0);
      counters.cost.fill(0);
      counters.timeInSystem.clear();
      counters.wait.clear();
    }
    this.inSystem.restart(now);
    this.allDepartures.clear();
    this.diverted.fill(0);
    this.diversionChecks.fill(0);
  }
}
