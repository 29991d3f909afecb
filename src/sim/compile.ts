/**
 * Compiles a checked blueprint into the engine's flat model, once per run. Every
 * default of the format is applied here (src/model/defaults.ts), so the engine never
 * looks at optional fields.
 */
import type { Arrivals, Blueprint, Distribution, Flow } from '../model/index.ts';
// The zod-free modules of the model, not its index: workers that run the engine do not
// load the schema library (src/model/constants.ts).
import { OUTCOMES, minutesOfDay } from '../model/constants.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { durationFor, failureChanceFor, missedCallChanceFor } from '../model/classService.ts';
import { helpersByPool, keepsBeyondItself } from '../model/alsoServes.ts';
import { outgoingFlows } from '../model/graph.ts';
import { conditionQueueStep, flowChance, flowIsOpenTo, isConditional } from '../model/routing.ts';
import { Sampler } from './distributions.ts';
import {
  type BackgroundStart,
  type CompiledClass,
  type CompiledMissedCall,
  type CompiledModel,
  type CompiledPool,
  type CompiledStep,
  type CompiledStream,
  type Diversion,
  type DiversionFlow,
  OnFailure,
  type Route,
  type RunWindow,
  type StreamShape,
} from './model.ts';

/** A blueprint the simulator cannot run, with a plain reason. */
export class SimulationError extends Error {}

/** Safety stop for day runs whose queues never empty (e.g. capacity 0 after closing). */
const DAY_OVERTIME_LIMIT = 24 * 60;

/** The class a blueprint without classes simulates. */
export const DEFAULT_CLASS_ID = 'customer';

/** A visit that ends without an exit (a dead end) ends as it did before outcomes: completed. */
const COMPLETED = OUTCOMES.indexOf('completed');

function sampler(distribution: Distribution | undefined): Sampler | null {
  return distribution ? Sampler.of(distribution) : null;
}

/** Where the compiled steps find the flows taken by a queue's length. */
interface DiversionTable {
  flows: DiversionFlow[];
  /** Flow id → its counter and the pool its condition reads. */
  byFlow: Map<string, { counter: number; pool: number }>;
}

function compileDiversions(
  blueprint: Blueprint,
  index: Map<string, number>,
  poolIndex: Map<string, number>,
): DiversionTable {
  const table: DiversionTable = { flows: [], byFlow: new Map() };
  for (const flow of blueprint.flows) {
    if (!flow.when || flow.background) continue;
    const queueStep = conditionQueueStep(blueprint, flow.when.queueAt);
    const pool = queueStep?.resource ? poolIndex.get(queueStep.resource.pool) : undefined;
    if (pool === undefined) continue; // the checks report it; compile runs only without errors
    table.byFlow.set(flow.id, { counter: table.flows.length, pool });
    table.flows.push({
      flowId: flow.id,
      from: index.get(flow.from)!,
      to: index.get(flow.to)!,
      queueAt: index.get(flow.when.queueAt)!,
      atLeast: flow.when.atLeast,
    });
  }
  return table;
}

function diversionOf(
  conditional: Flow | undefined,
  index: Map<string, number>,
  diversions: DiversionTable,
): Diversion | null {
  const compiled = conditional && diversions.byFlow.get(conditional.id);
  if (!conditional || !compiled) return null;
  return {
    target: index.get(conditional.to)!,
    pool: compiled.pool,
    atLeast: conditional.when!.atLeast,
    failing: conditional.failing === true,
    counter: compiled.counter,
  };
}

function compileRoute(
  flowsOut: readonly Flow[],
  classId: string | undefined,
  index: Map<string, number>,
  diversions: DiversionTable,
): Route {
  const openToClass = flowsOut.filter((flow) => !flow.background && flowIsOpenTo(flow, classId));
  // One flow per step and class may be taken by a queue's length (the checks see to it);
  // the chances are among the others.
  const divert = diversionOf(openToClass.find(isConditional), index, diversions);
  const open = openToClass.filter((flow) => !isConditional(flow));
  const chances = open.map((flow) => flowChance(flow, classId));
  const equal = chances.every((chance) => chance === undefined);
  const targets = Int32Array.from(open.map((flow) => index.get(flow.to)!));
  const cumulative = new Float64Array(open.length);
  let running = 0;
  chances.forEach((chance, i) => {
    running += equal ? 1 / open.length : (chance ?? 0);
    cumulative[i] = running;
  });
  if (open.length > 0) cumulative[open.length - 1] = 1; // rounding must not leave a gap
  const failing = open.some((flow) => flow.failing === true)
    ? Uint8Array.from(open, (flow) => (flow.failing === true ? 1 : 0))
    : null;
  return { targets, cumulative, failing, divert };
}

function compileSteps(
  blueprint: Blueprint,
  classIds: (string | undefined)[],
  poolIndex: Map<string, number>,
  diversions: DiversionTable,
): CompiledStep[] {
  const index = new Map(blueprint.steps.map((step, i) => [step.id, i]));
  // Grouped once: filtering every flow for every step was quadratic in a long blueprint.
  const flowsFrom = outgoingFlows(blueprint);
  const helpers = helpersByPool(blueprint);
  return blueprint.steps.map((step, i): CompiledStep => {
    const failure = step.failure;
    const then = failure?.then;
    const flowsOut = flowsFrom.get(step.id) ?? [];
    // One sampler for every class that takes the step's own duration.
    const base = sampler(step.duration);
    const background: BackgroundStart[] = flowsOut
      .filter((flow) => flow.background)
      .map((flow) => ({
        target: index.get(flow.to)!,
        chance: Float64Array.from(classIds, (classId) =>
          flowIsOpenTo(flow, classId)
            ? (flowChance(flow, classId) ?? DEFAULTS.backgroundProbability)
            : 0,
        ),
      }));
    return {
      index: i,
      id: step.id,
      duration: base,
      classDuration: step.classDuration
        ? classIds.map((classId) => {
            const own = durationFor(step, classId);
            return own === step.duration ? base : sampler(own);
          })
        : null,
      pool: step.resource ? (poolIndex.get(step.resource.pool) ?? -1) : -1,
      units: step.resource?.units ?? DEFAULTS.units,
      keepUntil:
        step.resource?.keepUntil === undefined ? -1 : (index.get(step.resource.keepUntil) ?? -1),
      failProbability: failure?.probability ?? 0,
      classFailProbability: failure?.classProbability
        ? Float64Array.from(classIds, (classId) => failureChanceFor(step, classId))
        : null,
      customerAbsent: step.customerPresent === false,
      onFailure:
        then === undefined
          ? OnFailure.None
          : then.action === 'retry'
            ? OnFailure.Retry
            : then.action === 'goto'
              ? OnFailure.Goto
              : OnFailure.Leave,
      failTarget: then?.action === 'goto' ? (index.get(then.step) ?? -1) : -1,
      rejoinFront: then?.action === 'goto' && then.rejoin === 'front',
      maxRetries: then?.action === 'retry' ? (then.maxRetries ?? Infinity) : Infinity,
      missedCall: compileMissedCall(step, classIds),
      exit: step.exit !== undefined,
      outcome: step.exit ? OUTCOMES.indexOf(step.exit.outcome) : COMPLETED,
      routes: step.exit
        ? classIds.map(() => ({
            targets: new Int32Array(0),
            cumulative: new Float64Array(0),
            failing: null,
            divert: null,
          }))
        : classIds.map((classId) => compileRoute(flowsOut, classId, index, diversions)),
      background,
      lenders:
        step.resource && helpers.has(step.resource.pool) && !keepsBeyondItself(step)
          ? Int32Array.from(helpers.get(step.resource.pool)!, (id) => poolIndex.get(id)!)
          : null,
    };
  });
}

function compileMissedCall(
  step: Blueprint['steps'][number],
  classIds: (string | undefined)[],
): CompiledMissedCall | null {
  const missed = step.missedCall;
  if (!missed || !step.resource) return null;
  const then = missed.then;
  return {
    chance: Float64Array.from(classIds, (classId) => missedCallChanceFor(step, classId)),
    callTime: Sampler.of(missed.callTime),
    after:
      then.action === 'recall' ? (then.after ?? DEFAULTS.recallAfter) : Number.POSITIVE_INFINITY,
    returnChance:
      then.action === 'gone' ? 0 : (then.returnProbability ?? DEFAULTS.returnProbability),
  };
}

function compilePools(
  blueprint: Blueprint,
  classes: { priority: number }[],
  poolIndex: Map<string, number>,
): CompiledPool[] {
  return (blueprint.resources ?? []).map((pool, index) => {
    const changes: { minute: number; capacity: number }[] = [];
    for (const period of [...(pool.schedule ?? [])].sort(
      (a, b) => minutesOfDay(a.from) - minutesOfDay(b.from),
    )) {
      changes.push({ minute: minutesOfDay(period.from), capacity: period.capacity });
      changes.push({ minute: minutesOfDay(period.to), capacity: pool.capacity });
    }
    // Back-to-back periods: the later start wins over the earlier end at the same minute.
    const merged = changes.filter((change, i) => changes[i + 1]?.minute !== change.minute);
    const byPriority = (pool.discipline ?? DEFAULTS.discipline) === 'priority';
    const levels = byPriority
      ? [...new Set(classes.map((c) => c.priority))].sort((a, b) => b - a)
      : [0];
    return {
      index,
      id: pool.id,
      baseCapacity: pool.capacity,
      changes: merged,
      levelOfClass: Int32Array.from(
        classes.map((c) => (byPriority ? levels.indexOf(c.priority) : 0)),
      ),
      levelCount: levels.length,
      costPerHour: pool.costPerHour ?? 0,
      lastShiftEnd: Math.max(
        0,
        ...(pool.schedule ?? []).filter((p) => p.capacity > 0).map((p) => minutesOfDay(p.to)),
      ),
      alsoServes: Int32Array.from(new Set(pool.alsoServes ?? []), (id) => poolIndex.get(id)!),
    };
  });
}

function compileClasses(blueprint: Blueprint): CompiledClass[] {
  const classes = blueprint.classes ?? [];
  if (classes.length === 0)
    return [{ index: 0, id: DEFAULT_CLASS_ID, patience: null, balkAt: Infinity, target: null }];
  return classes.map((customerClass, index) => ({
    index,
    id: customerClass.id,
    patience: sampler(customerClass.patience),
    balkAt: customerClass.balkAt ?? Infinity,
    target: customerClass.serviceTarget
      ? {
          minutes: customerClass.serviceTarget.minutes,
          measure: customerClass.serviceTarget.measure,
          share: customerClass.serviceTarget.share ?? null,
        }
      : null,
  }));
}

function shapeOf(arrivals: Arrivals, scale: number): StreamShape {
  switch (arrivals.type) {
    case 'poisson':
      return {
        kind: 'rate',
        constant: true,
        periods: [{ from: 0, to: 1440, perMinute: (arrivals.perHour * scale) / 60 }],
      };
    case 'profile':
      return {
        kind: 'rate',
        constant: false,
        periods: arrivals.periods
          .map((period) => ({
            from: minutesOfDay(period.from),
            to: minutesOfDay(period.to),
            perMinute: (period.perHour * scale) / 60,
          }))
          .sort((a, b) => a.from - b.from),
      };
    case 'appointments':
      return {
        kind: 'appointments',
        bookings: arrivals.slots
          .flatMap((slot) =>
            Array<number>(slot.count ?? DEFAULTS.slotCount).fill(minutesOfDay(slot.at)),
          )
          .sort((a, b) => a - b),
        noShow: arrivals.noShow ?? DEFAULTS.noShow,
        lateness: sampler(arrivals.lateness),
      };
  }
}

function compileStreams(blueprint: Blueprint, stepIndex: Map<string, number>): CompiledStream[] {
  const streams: CompiledStream[] = [];
  const classes = blueprint.classes ?? [];
  const shares = Float64Array.from(classes.length ? classes.map((c) => c.share ?? 0) : [1]);
  const shared = blueprint.arrivals;
  if (shared) {
    const entry = stepIndex.get(shared.entry)!;
    if (shared.type === 'appointments') {
      // One booking list; each booked customer's class is drawn by the shares.
      const cumulative = new Float64Array(shares.length);
      shares.reduce((sum, share, i) => (cumulative[i] = sum + share), 0);
      streams.push({
        name: 'arrivals:shared',
        entry,
        classIndex: classes.length ? -1 : 0,
        shares: cumulative,
        shape: shapeOf(shared, 1),
      });
    } else {
      // Poisson splitting: a class's share of a Poisson stream is a Poisson stream of its own.
      shares.forEach((share, classIndex) => {
        if (share <= 0) return;
        const name = `class:${classes[classIndex]?.id ?? DEFAULT_CLASS_ID}:arrivals:shared`;
        streams.push({ name, entry, classIndex, shares, shape: shapeOf(shared, share) });
      });
    }
  }
  classes.forEach((customerClass, classIndex) => {
    if (!customerClass.arrivals) return;
    const entry = stepIndex.get(customerClass.arrivals.entry)!;
    streams.push({
      name: `class:${customerClass.id}:arrivals:own`,
      entry,
      classIndex,
      shares,
      shape: shapeOf(customerClass.arrivals, 1),
    });
  });
  return streams;
}

function compileWindow(blueprint: Blueprint): RunWindow {
  const run = blueprint.run;
  const replications = run?.replications ?? DEFAULTS.replications;
  const seed = run?.seed ?? DEFAULTS.seed;
  if (run?.mode === 'steady') {
    const warmup = run.warmup ?? DEFAULTS.warmup;
    const end = warmup + run.horizon;
    return {
      mode: 'steady',
      start: 0,
      arrivalsEnd: end,
      statsStart: warmup,
      hardEnd: end,
      replications,
      seed,
    };
  }
  const open = minutesOfDay(run?.open ?? DEFAULTS.open);
  const close = minutesOfDay(run?.close ?? DEFAULTS.close);
  return {
    mode: 'day',
    start: open,
    arrivalsEnd: close,
    statsStart: open,
    hardEnd: close + DAY_OVERTIME_LIMIT,
    replications,
    seed,
  };
}

/** Compiles a blueprint that passed the checks without errors. */
export function compile(blueprint: Blueprint): CompiledModel {
  const stepIndex = new Map(blueprint.steps.map((step, i) => [step.id, i]));
  const poolIndex = new Map((blueprint.resources ?? []).map((pool, i) => [pool.id, i]));
  const declared = blueprint.classes ?? [];
  const classIds = declared.length ? declared.map((c) => c.id) : [undefined];
  const streams = compileStreams(blueprint, stepIndex);
  if (streams.length === 0) {
    throw new SimulationError(
      'nothing arrives: give the blueprint "arrivals" (or a class its own) to simulate it',
    );
  }
  const diversions = compileDiversions(blueprint, stepIndex, poolIndex);
  return {
    steps: compileSteps(blueprint, classIds, poolIndex, diversions),
    pools: compilePools(
      blueprint,
      declared.length
        ? declared.map((c) => ({ priority: c.priority ?? DEFAULTS.priority }))
        : [{ priority: 0 }],
      poolIndex,
    ),
    classes: compileClasses(blueprint),
    streams,
    window: compileWindow(blueprint),
    diversions: diversions.flows,
  };
}
