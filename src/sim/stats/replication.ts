/**
 * One replication's measurements as plain numbers (plus histograms for pooling
 * percentiles): what a worker sends back and what results.ts combines.
 */
import type { Collector, ClassCounters } from './collector.ts';
import { scheduledArea } from '../capacity.ts';
import type { DeadlockSighting } from '../deadlock.ts';
import type { CompiledModel } from '../model.ts';
import type { Histogram } from './histogram.ts';

export interface Observations {
  count: number;
  mean: number;
  max: number;
  /** Null once merged into the first replication's (see poolHistograms). */
  histogram: Histogram | null;
}

export interface StepReplication {
  visits: number;
  attempts: number;
  failures: number;
  balks: number;
  reneges: number;
  stuck: number;
  /** Of `stuck`, those stopped in a deadlock while queueing here. */
  deadlocked: number;
  /** Missed tickets: calls from the queue, those of an absent customer, queued again, lost; unit-minutes calling. */
  calls: number;
  missedCalls: number;
  recalled: number;
  missedLost: number;
  callMinutes: number;
  /** A step done as one batch: items added, unit-minutes worked on them. */
  batchItems: number;
  batchMinutes: number;
  /** The clock when its last item was done; NaN when none was. */
  batchDoneAt: number;
  /** Waits of those who started service here. */
  wait: Observations;
  /** Time in the queue of those who reneged here. */
  renegedWait: Observations;
  queueMean: number;
  queueMax: number;
}

export interface PoolReplication {
  /** Busy over available unit-minutes in the pool's hours (poolHoursEnd). */
  utilization: number;
  /** Time-average busy and available units in the pool's hours. */
  busyMean: number;
  capacityMean: number;
  /** Over the whole statistics window, like the steps' queues. */
  queueMean: number;
  queueMax: number;
  /** Available unit-hours in the pool's hours × cost per hour. */
  cost: number;
  /** Busy unit-hours after the pool's hours (a business day that runs past closing). */
  overtimeHours: number;
  /** overtimeHours × cost per hour. */
  overtimeCost: number;
  utilizationSeries: number[];
  queueSeries: number[];
  /** A pool that also serves other pools' queues when idle (`alsoServes`): that work. */
  lent?: LentReplication;
}

export interface LentReplication {
  /** Customers it took from the other pools' queues. */
  customers: number;
  /** Services started at the steps of the pools it also serves, by anyone (the share's base). */
  started: number;
  /** Its unit-minutes busy with them over its available unit-minutes, in its hours. */
  utilization: number;
}

export interface ClassReplication {
  arrived: number;
  served: number;
  abandoned: number;
  stuck: number;
  /** Of `abandoned`, those who balked and those who reneged. */
  balked: number;
  reneged: number;
  /** Of `abandoned`, lost to a missed ticket. */
  missedLost: number;
  targeted: number;
  withinTarget: number;
  /** Served customers by outcome, in the order of OUTCOMES. */
  outcomes: number[];
  timeInSystem: Observations;
  wait: Observations;
  throughputPerHour: number;
  /** Busy cost on priced pools by part (collector.ts COST_PARTS): each outcome, unserved, background. */
  cost: number[];
}

/** One flow taken by a queue's length, in one replication. */
export interface DiversionReplication {
  /** Customers who took it. */
  taken: number;
  /** Customers who left its step with the rule open to them. */
  checked: number;
}

export interface Replication {
  /** Minutes over which the statistics were collected. */
  span: number;
  /**
   * Minutes over which customers are counted per hour (throughput, outcomes' `perHour`):
   * a business day's customer-facing hours, from opening to closing or to when the last
   * customer left if later, so that work going on without customers (a day's batch done
   * after closing) does not thin them out; `span` in a steady run.
   */
  customerSpan: number;
  steps: StepReplication[];
  pools: PoolReplication[];
  classes: ClassReplication[];
  system: ClassReplication;
  /** Little's law: time-average number present, arrival rate per minute, mean time in system. */
  little: { L: number; lambda: number; W: number };
  inSystemAtEnd: number;
  /** 90th percentile of the served customers' total wait in this replication. */
  waitP90: number;
  /** 90th percentile of the served customers' time in system in this replication. */
  timeInSystemP90: number;
  /** The deadlocks this replication saw (the whole run, warm-up included), or null. */
  deadlock: DeadlockSighting | null;
  /** Per flow taken by a queue's length (model.diversions). */
  diversions: DiversionReplication[];
}

function observations(tally: {
  count: number;
  mean: number;
  max: number;
  histogram: Histogram;
}): Observations {
  return { count: tally.count, mean: tally.mean, max: tally.max, histogram: tally.histogram };
}

function classReplication(counters: ClassCounters, span: number): ClassReplication {
  return {
    arrived: counters.arrived,
    served: counters.served,
    abandoned: counters.abandoned,
    stuck: counters.stuck,
    balked: counters.balked,
    reneged: counters.reneged,
    missedLost: counters.missedLost,
    targeted: counters.targeted,
    withinTarget: counters.withinTarget,
    outcomes: [...counters.outcomes],
    timeInSystem: observations(counters.timeInSystem),
    wait: observations(counters.wait),
    throughputPerHour: span > 0 ? (counters.served / span) * 60 : NaN,
    cost: [...counters.cost],
  };
}

/**
 * The whole system's figures. With one class the collector counts both in one place, so
 * the system's histograms are the class's own objects here; poolHistograms gives the
 * first replication copies of its own before anything is pooled into it.
 */
function systemReplication(stats: Collector, span: number): ClassReplication {
  return classReplication(stats.system, span);
}

function lentReplication(
  model: CompiledModel,
  stats: Collector,
  index: number,
  end: number,
  capacityArea: number,
): LentReplication {
  const pool = stats.pools[index]!;
  const lentBusy = pool.lentBusy!;
  lentBusy.advance(end);
  const { servesFirst, alsoServes } = model.pools[index]!;
  let started = 0;
  model.steps.forEach((step, s) => {
    if (servesFirst.includes(step.pool) || alsoServes.includes(step.pool))
      started += stats.steps[s]!.wait.count;
  });
  return {
    customers: pool.lentStarts,
    started,
    utilization: capacityArea > 0 ? lentBusy.areaBeforeCutoff / capacityArea : NaN,
  };
}

export function summarize(
  model: CompiledModel,
  stats: Collector,
  end: number,
  costPerHour: readonly number[],
  deadlock: DeadlockSighting | null = null,
): Replication {
  const span = end - stats.since;
  const { mode, arrivalsEnd } = model.window;
  const customerSpan =
    mode === 'day'
      ? Math.min(end, Math.max(arrivalsEnd, stats.lastCustomerLeft)) - stats.since
      : span;
  const { binMinutes } = stats.layout;
  return {
    span,
    customerSpan,
    steps: stats.steps.map((step) => ({
      visits: step.visits,
      attempts: step.attempts,
      failures: step.failures,
      balks: step.balks,
      reneges: step.reneges,
      stuck: step.stuck,
      deadlocked: step.deadlocked,
      calls: step.calls,
      missedCalls: step.missedCalls,
      recalled: step.recalled,
      missedLost: step.missedLost,
      callMinutes: step.callMinutes,
      batchItems: step.batchItems,
      batchMinutes: step.batchMinutes,
      batchDoneAt: step.batchDoneAt,
      wait: observations(step.wait),
      renegedWait: observations(step.renegedWait),
      queueMean: step.queue.average(end),
      queueMax: step.queue.max,
    })),
    pools: stats.pools.map((pool, index) => {
      pool.busy.advance(end);
      pool.capacity.advance(end);
      pool.queue.advance(end);
      const hoursEnd = pool.capacity.cutoff;
      const hours = (hoursEnd < Infinity ? hoursEnd : end) - stats.since;
      // A day that ended before a late shift did still pays the rest of the shift.
      const { baseCapacity, changes } = model.pools[index]!;
      const capacityArea =
        pool.capacity.areaBeforeCutoff +
        (end < hoursEnd && hoursEnd < Infinity
          ? scheduledArea(baseCapacity, changes, end, hoursEnd)
          : 0);
      const busyArea = pool.busy.areaBeforeCutoff;
      const overtimeHours = (pool.busy.area - busyArea) / 60;
      return {
        utilization: capacityArea > 0 ? busyArea / capacityArea : NaN,
        busyMean: hours > 0 ? busyArea / hours : pool.busy.value,
        capacityMean: hours > 0 ? capacityArea / hours : pool.capacity.value,
        queueMean: pool.queue.average(end),
        queueMax: pool.queue.max,
        cost: (capacityArea / 60) * costPerHour[index]!,
        overtimeHours,
        overtimeCost: overtimeHours * costPerHour[index]!,
        utilizationSeries: Array.from(pool.busy.bins, (busy, bin) => {
          const available = pool.capacity.bins[bin]!;
          return available > 0 ? busy / available : NaN;
        }),
        queueSeries: Array.from(pool.queue.bins, (area) => area / binMinutes),
        ...(pool.lentBusy ? { lent: lentReplication(model, stats, index, end, capacityArea) } : {}),
      };
    }),
    classes: stats.classes.map((counters) => classReplication(counters, customerSpan)),
    system: systemReplication(stats, customerSpan),
    little: {
      L: stats.inSystem.average(end),
      lambda: span > 0 ? stats.system.arrived / span : NaN,
      W: stats.allDepartures.mean,
    },
    inSystemAtEnd: stats.inSystem.value,
    waitP90: stats.system.wait.count > 0 ? stats.system.wait.histogram.quantile(0.9) : NaN,
    timeInSystemP90:
      stats.system.timeInSystem.count > 0 ? stats.system.timeInSystem.histogram.quantile(0.9) : NaN,
    deadlock,
    diversions: Array.from(stats.diverted, (taken, i) => ({
      taken,
      checked: stats.diversionChecks[i]!,
    })),
  };
}

/** Both replications' observations, in order: the same metric side by side. */
function pairs(first: Replication, later: Replication): [Observations, Observations][] {
  return [
    ...first.steps.flatMap((step, i): [Observations, Observations][] => [
      [step.wait, later.steps[i]!.wait],
      [step.renegedWait, later.steps[i]!.renegedWait],
    ]),
    ...first.classes.flatMap((c, i): [Observations, Observations][] => [
      [c.timeInSystem, later.classes[i]!.timeInSystem],
      [c.wait, later.classes[i]!.wait],
    ]),
    [first.system.timeInSystem, later.system.timeInSystem],
    [first.system.wait, later.system.wait],
  ];
}

/**
 * Merges a finished replication's histograms into the first one's and lets them go, so
 * that memory does not grow with the number of replications (percentiles are read from
 * the pooled histograms anyway).
 */
export function poolHistograms(first: Replication, later: Replication): void {
  ownSystemHistograms(first);
  for (const [into, from] of pairs(first, later)) {
    if (from.histogram) into.histogram?.merge(from.histogram);
    from.histogram = null;
  }
}

/**
 * With one class the system's observations share the class's histograms (summarize):
 * a replication that others are pooled into needs its own, or each would count twice.
 * Later replications need none: theirs are read, added to the first's, and let go.
 */
function ownSystemHistograms(first: Replication): void {
  for (const name of ['wait', 'timeInSystem'] as const) {
    const system = first.system[name];
    if (system.histogram && first.classes.some((c) => c[name].histogram === system.histogram))
      system.histogram = system.histogram.copy();
  }
}
