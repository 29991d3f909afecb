/**
 * Everything measured in one replication, in streaming accumulators: per step, per pool,
 * per class and for the whole system. `restart` forgets the warm-up.
 */
import { OUTCOMES } from '../../model/constants.ts';
import type { CompiledModel } from '../model.ts';
import { Tally } from './tally.ts';
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
  /** Waits of those who started service here (0 for those who found a unit free). */
  readonly wait = new Tally();
  /** Time in the queue of those who gave up waiting here (reneged). */
  readonly renegedWait = new Tally();
  constructor(readonly queue: TimeWeighted) {}
}

export class PoolCounters {
  constructor(
    readonly busy: TimeWeighted,
    readonly capacity: TimeWeighted,
    readonly queue: TimeWeighted,
  ) {}

  /** The end of the pool's hours; busy time after it is overtime (see poolHoursEnd). */
  set hoursEnd(time: number) {
    this.busy.cutoff = time;
    this.capacity.cutoff = time;
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
  /** Customers of classes with a service target who left (served or not): the share's base. */
  targeted = 0;
  withinTarget = 0;
  /** Served customers by how their visit ended: one count per entry of OUTCOMES. */
  readonly outcomes: number[] = OUTCOMES.map(() => 0);
  /** Time in system of served customers. */
  readonly timeInSystem = new Tally();
  /** Total queueing time of served customers. */
  readonly wait = new Tally();
}

export class Collector {
  readonly steps: StepCounters[];
  readonly pools: PoolCounters[];
  readonly classes: ClassCounters[];
  readonly system = new ClassCounters();
  /** Customers present (not background work), for Little's law. */
  readonly inSystem: TimeWeighted;
  /** Time in system of everyone who left, however they left (Little's law's W). */
  readonly allDepartures = new Tally();
  since: number;
  readonly layout: SeriesLayout;

  constructor(
    private readonly model: CompiledModel,
    start: number,
  ) {
    this.since = start;
    const layout = seriesLayout(model);
    this.layout = layout;
    const series = (): TimeWeighted =>
      new TimeWeighted(start, layout.start, layout.binMinutes, layout.bins);
    this.steps = model.steps.map(() => new StepCounters(series()));
    this.pools = model.pools.map((_, index) => {
      const counters = new PoolCounters(series(), series(), series());
      counters.hoursEnd = poolHoursEnd(model, index);
      return counters;
    });
    this.classes = model.classes.map(() => new ClassCounters());
    this.inSystem = series();
  }

  /** `exitOutcome`: for a served customer, the index in OUTCOMES of how the visit ended. */
  depart(
    classIndex: number,
    outcome: Outcome,
    timeInSystem: number,
    waited: number,
    exitOutcome: number,
  ): void {
    const counters = this.classes[classIndex]!;
    this.allDepartures.add(timeInSystem);
    for (const target of [counters, this.system]) {
      if (outcome === 'served') {
        target.served++;
        target.outcomes[exitOutcome]!++;
        target.timeInSystem.add(timeInSystem);
        target.wait.add(waited);
      } else if (outcome === 'abandoned') target.abandoned++;
      else target.stuck++;
    }
    const goal = this.model.classes[classIndex]!.target;
    if (!goal || outcome === 'stuck') return;
    counters.targeted++;
    this.system.targeted++;
    if (outcome === 'served' && (goal.measure === 'wait' ? waited : timeInSystem) <= goal.minutes) {
      counters.withinTarget++;
      this.system.withinTarget++;
    }
  }

  /** Forgets everything measured before `now` (the end of the warm-up). */
  restart(now: number): void {
    this.since = now;
    for (const step of this.steps) {
      step.visits = step.attempts = step.failures = step.balks = step.reneges = 0;
      step.stuck = step.deadlocked = 0;
      step.wait.clear();
      step.renegedWait.clear();
      step.queue.restart(now);
    }
    for (const pool of this.pools) {
      pool.busy.restart(now);
      pool.capacity.restart(now);
      pool.queue.restart(now);
    }
    for (const counters of [...this.classes, this.system]) {
      counters.arrived =
        counters.served =
        counters.abandoned =
        counters.stuck =
        counters.targeted =
        counters.withinTarget =
          0;
      counters.outcomes.fill(0);
      counters.timeInSystem.clear();
      counters.wait.clear();
    }
    this.inSystem.restart(now);
    this.allDepartures.clear();
  }
}
