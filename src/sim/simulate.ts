/**
 * Runs a blueprint: compile once, run the replications, combine the results. Pure: no
 * console, no timers; progress and cancellation come in as callbacks, so the same code
 * serves the command line, a Web Worker and the tests.
 */
import type { Blueprint } from '../model/index.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { waitingSteps } from '../model/waitingSteps.ts';
import { DEFAULT_BUDGET, type RunBudget } from './budget.ts';
import { compile } from './compile.ts';
import { Simulation, moveLimit } from './engine.ts';
import type { CompiledModel } from './model.ts';
import { batchHoursLoad, splitBatchLoad } from './batchOverload.ts';
import { averageCapacity, offeredLoad, offeredLoadByClass } from './offeredLoad.ts';
import { type Results, combine } from './results.ts';
import type { RunWarning } from './warnings.ts';
import { seriesLayout } from './stats/collector.ts';
import { Histogram } from './stats/histogram.ts';
import { type Replication, poolHistograms, summarize } from './stats/replication.ts';

export interface EventRow {
  caseId: number;
  classId: string;
  stepId: string;
  event: string;
  /** Background work started by this case, not the customer. */
  background: boolean;
  /** Minutes on the run's clock (a business day's clock reads minutes after midnight). */
  time: number;
  replication: number;
}

export interface SimulateOptions {
  replications?: number;
  seed?: number;
  /** Run a steady state of this many minutes (after the warm-up) instead of the blueprint's run. */
  horizon?: number;
  warmup?: number;
  onProgress?: (done: number, total: number) => void;
  /** Polled during the run; true stops it (the replications done so far are combined). */
  shouldStop?: () => boolean;
  /** Every event of every replication, for an event log. */
  onEvent?: (row: EventRow) => void;
  /**
   * Limits per replication (default DEFAULT_BUDGET); reaching one ends the run with a
   * RunBudgetError.
   */
  budget?: Partial<RunBudget>;
}

/** The blueprint's run settings with the options' overrides. */
export function withRunOptions(blueprint: Blueprint, options: SimulateOptions): Blueprint {
  const run = blueprint.run;
  const common = {
    replications: options.replications ?? run?.replications ?? DEFAULTS.replications,
    seed: options.seed ?? run?.seed ?? DEFAULTS.seed,
  };
  if (options.horizon !== undefined || (options.warmup !== undefined && run?.mode === 'steady')) {
    const horizon = options.horizon ?? (run?.mode === 'steady' ? run.horizon : 10_000);
    const warmup =
      options.warmup ?? (run?.mode === 'steady' ? run.warmup : undefined) ?? DEFAULTS.warmup;
    return { ...blueprint, run: { mode: 'steady', horizon, warmup, ...common } };
  }
  return {
    ...blueprint,
    run: run
      ? { ...run, ...common }
      : { mode: 'day', open: DEFAULTS.open, close: DEFAULTS.close, ...common },
  };
}

/**
 * Whether the flows taken by a queue's length (`when`) keep this pool's line finite: with
 * its line long, they send on everyone they read it for, and what still comes is less
 * than the pool can serve.
 */
function divertedEnough(model: CompiledModel, pool: number, capacity: number): boolean {
  if (!model.diversions.length) return false;
  if (!model.steps.some((step) => step.routes.some((route) => route.divert?.pool === pool)))
    return false;
  return offeredLoad(model, pool)[pool]! < capacity;
}

/**
 * Pools whose line the pools that serve it keep finite. A pool that serves others first
 * (`servesFirst`) gives each what it lacks from all its capacity, in its order, and
 * takes that on as load of its own (returned in `load`, which is changed); one that
 * serves others when idle (`alsoServes`) has its capacity less its own load to spare
 * (its own queue goes first), given to the pools it serves in its order, each taking
 * what it lacks. A pool whose load is under its capacity plus what it is given keeps
 * up. Returns, per such pool, the ids of the pools that help it.
 */
function helpedEnough(
  model: CompiledModel,
  load: number[],
  capacity: ArrayLike<number>,
): Map<number, string[]> {
  // What each pool lacks to keep up alone; negative once it keeps up.
  const lacking = model.pools.map((_, i) => load[i]! - capacity[i]!);
  const helpers = new Map<number, string[]>();
  const give = (h: number, queues: Int32Array, spare: number): number => {
    for (const other of queues) {
      if (spare <= 0) break;
      if (lacking[other]! < 0) continue;
      helpers.set(other, [...(helpers.get(other) ?? []), model.pools[h]!.id]);
      const given = Math.min(spare, lacking[other]!);
      // Given more than it lacks, it keeps up, and the rest goes on to the next pool.
      lacking[other] = spare > lacking[other]! ? -1 : lacking[other]! - given;
      spare -= given;
    }
    return spare;
  };
  model.pools.forEach((helper, h) => {
    if (helper.servesFirst.length === 0) return;
    const spare = give(h, helper.servesFirst, capacity[h]!);
    load[h]! += capacity[h]! - spare;
    lacking[h]! += capacity[h]! - spare;
  });
  model.pools.forEach((helper, h) => {
    if (helper.alsoServes.length > 0) give(h, helper.alsoServes, capacity[h]! - load[h]!);
  });
  for (const other of [...helpers.keys()]) if (lacking[other]! >= 0) helpers.delete(other);
  return helpers;
}

/**
 * Pools that cannot keep up, with the warnings to show. In a steady-state run such a pool
 * has no steady state and its waits are not reported, unless impatient customers (who
 * balk or renege) keep its queue finite. In a business day, overload is a warning only.
 */
function stability(model: CompiledModel): { unstable: Set<number>; warnings: RunWarning[] } {
  const unstable = new Set<number>();
  const warnings: RunWarning[] = [];
  const byClass = offeredLoadByClass(model);
  const steady = model.window.mode === 'steady';
  // A business day judges batch work in the hours it is done (batchOverload.ts).
  const split = steady ? null : splitBatchLoad(model);
  // Work a pool takes first from others' queues is added to its own (helpedEnough).
  const load = Array.from(split ? split.customers : offeredLoad(model));
  // Impatience bounds a queue only if everyone who brings work to the pool can give up,
  // which a file waiting without its customer, or a booked customer, cannot.
  const impatient = (pool: number): boolean =>
    !model.steps.some((step) => step.pool === pool && step.patienceExempt) &&
    model.classes.every(
      (c, i) => byClass[i]![pool] === 0 || c.patience !== null || Number.isFinite(c.balkAt),
    );
  const capacities = model.pools.map((_, i) =>
    steady
      ? averageCapacity(model, i)
      : averageCapacity(model, i, model.window.start, model.window.arrivalsEnd),
  );
  const helped = helpedEnough(model, load, capacities);
  model.pools.forEach((pool, i) => {
    const batch =
      split && split.batches[i]! > 0 && batchHoursLoad(model, i, load[i]!, split.batches[i]!);
    if (batch && (batch.utilization === null || batch.utilization >= 1))
      warnings.push({ code: 'pool-overloaded-batch', params: batch });
    if (load[i] === 0) return;
    const capacity = capacities[i]!;
    const utilization = capacity > 0 ? load[i]! / capacity : Infinity;
    if (utilization < 1) return;
    const params = {
      pool: pool.id,
      load: load[i]!,
      capacity,
      utilization: Number.isFinite(utilization) ? utilization : null,
    };
    const helpers = helped.get(i);
    if (helpers) warnings.push({ code: 'pool-overloaded-helped', params: { ...params, helpers } });
    else if (!steady) warnings.push({ code: 'pool-overloaded-day', params });
    else if (impatient(i)) warnings.push({ code: 'pool-overloaded-impatient', params });
    else if (divertedEnough(model, i, capacity))
      warnings.push({ code: 'pool-overloaded-diverted', params });
    else {
      unstable.add(i);
      warnings.push({ code: 'pool-unstable', params });
    }
  });
  return { unstable, warnings };
}

/** The replications' deadlocks together: the earliest, all pools and queues, how many stopped. */
function deadlockWarning(
  model: CompiledModel,
  replications: readonly Replication[],
  count: number,
): RunWarning | null {
  const sightings = replications.flatMap((r) => (r.deadlock ? [r.deadlock] : []));
  if (sightings.length === 0) return null;
  const ids = (indices: number[], names: { id: string }[]): string[] =>
    [...new Set(indices)].sort((a, b) => a - b).map((index) => names[index]!.id);
  return {
    code: 'deadlock',
    params: {
      pools: ids(
        sightings.flatMap((s) => s.pools),
        model.pools,
      ),
      steps: ids(
        sightings.flatMap((s) => s.steps),
        model.steps,
      ),
      after: Math.min(...sightings.map((s) => s.minute)) - model.window.start,
      count,
      replications: sightings.length,
    },
  };
}

/**
 * Some of a run's replications, as a worker sends them back: plain data (histograms lose
 * their class on the way and are revived by combineParts). Replication r always draws
 * from the same random streams, so parts run anywhere combine to the same results as
 * one run of them all.
 */
export interface RunPart {
  first: number;
  /** In order from `first`; the histograms are pooled into the first of them. */
  replications: Replication[];
}

export interface PartOptions extends SimulateOptions {
  /** The first replication of this part (default 0). */
  first?: number;
  /** How many replications (default: all from `first` to the run's count). */
  count?: number;
  /** Called every few thousand events with the replication and its clock, for progress. */
  onClock?: (replication: number, clock: number) => void;
}

/** Runs replications first … first+count−1; stops early when `shouldStop` says so. */
export function runPart(blueprint: Blueprint, options: PartOptions = {}): RunPart {
  const model = compile(withRunOptions(blueprint, options));
  const first = options.first ?? 0;
  const end = Math.min(model.window.replications, first + (options.count ?? Infinity));
  const replications: Replication[] = [];
  const costs = (blueprint.resources ?? []).map((pool) => pool.costPerHour ?? 0);
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  for (let r = first; r < end; r++) {
    const simulation = new Simulation(model, r, model.window.seed, budget);
    const onEvent = options.onEvent;
    if (onEvent) {
      simulation.listener = (caseId, classIndex, stepIndex, event, time, background) =>
        onEvent({
          caseId,
          classId: model.classes[classIndex]!.id,
          stepId: model.steps[stepIndex]!.id,
          event,
          background,
          time,
          replication: r,
        });
    }
    const { onClock, shouldStop } = options;
    const poll =
      onClock || shouldStop
        ? () => {
            onClock?.(r, simulation.now);
            return shouldStop?.() ?? false;
          }
        : undefined;
    simulation.runToEnd(poll);
    if (!simulation.isFinished) break; // stopped
    const replication = summarize(
      model,
      simulation.stats,
      simulation.now,
      costs,
      simulation.deadlocks.sighting,
    );
    if (replications.length > 0) poolHistograms(replications[0]!, replication);
    replications.push(replication);
    options.onProgress?.(r + 1 - first, end - first);
  }
  return { first, replications };
}

/** Histograms are class instances; after a structured clone they are plain objects again. */
function reviveHistograms(replication: Replication): void {
  const all = [
    ...replication.steps.flatMap((step) => [step.wait, step.renegedWait]),
    ...replication.classes.flatMap((c) => [c.timeInSystem, c.wait]),
    replication.system.timeInSystem,
    replication.system.wait,
  ];
  for (const observations of all)
    if (observations.histogram && !(observations.histogram instanceof Histogram))
      observations.histogram = Histogram.revive(observations.histogram);
}

/** The results of the parts' replications together, with the run's warnings. */
export function combineParts(
  blueprint: Blueprint,
  options: SimulateOptions,
  parts: readonly RunPart[],
): Results {
  const model = compile(withRunOptions(blueprint, options));
  const { unstable, warnings } = stability(model);
  const replications = [...parts]
    .sort((a, b) => a.first - b.first)
    .flatMap((part) => part.replications);
  replications.forEach(reviveHistograms);
  for (const later of replications.slice(1)) poolHistograms(replications[0]!, later);
  const total = (count: (step: Replication['steps'][number]) => number): number =>
    replications.reduce((sum, r) => sum + r.steps.reduce((s, step) => s + count(step), 0), 0);
  const deadlocked = total((step) => step.deadlocked);
  const stuck = total((step) => step.stuck) - deadlocked; // stopped by the loop guard
  if (stuck > 0)
    warnings.push({ code: 'customers-stuck', params: { count: stuck, steps: moveLimit(model) } });
  const deadlock = deadlockWarning(model, replications, deadlocked);
  if (deadlock) warnings.push(deadlock);
  const leftInside = replications.reduce((sum, r) => sum + r.inSystemAtEnd, 0);
  if (model.window.mode === 'day' && leftInside > 0)
    warnings.push({ code: 'left-inside', params: { count: leftInside } });
  // A steady run measured from an empty, idle start under-reads every wait and queue.
  if (model.window.mode === 'steady' && model.window.statsStart <= model.window.start)
    warnings.push({ code: 'no-warmup', params: {} });
  const results = combine(model, blueprint, replications, seriesLayout(model), unstable, warnings);
  // Where the designer drew a queue as a step of its own, that step names it.
  for (const [waiting, poolStep] of waitingSteps(blueprint)) {
    const step = results.steps[waiting];
    if (step) step.queueOf = poolStep;
  }
  return results;
}

export function simulate(blueprint: Blueprint, options: SimulateOptions = {}): Results {
  return combineParts(blueprint, options, [runPart(blueprint, options)]);
}
