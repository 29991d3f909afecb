/**
 * Compiles a checked blueprint into the engine's flat model, once per run. Every
 * default of the format is applied here (src/model/defaults.ts), so the engine never
 * looks at optional fields. The parts: steps (compileSteps.ts, their routes in
 * compileRoutes.ts), pools (compilePools.ts), classes and arrival streams
 * (compileArrivals.ts); the run window is here.
 */
import type { Blueprint } from '../model/index.ts';
// The zod-free modules of the model, not its index: workers that run the engine do not
// load the schema library (src/model/constants.ts).
import { minutesOfDay } from '../model/constants.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { DEFAULT_CLASS_ID, compileClasses, compileStreams } from './compileArrivals.ts';
import { compilePools } from './compilePools.ts';
import { bookedPools, bookedSteps } from './compileBooked.ts';
import { compileDiversions } from './compileRoutes.ts';
import { compileSameUnit } from './compileSameUnit.ts';
import { compileSteps } from './compileSteps.ts';
import type { CompiledModel, RunWindow } from './model.ts';

export { DEFAULT_CLASS_ID };

/** A blueprint the simulator cannot run, with a plain reason. */
export class SimulationError extends Error {}

/** Safety stop for day runs whose queues never empty (e.g. capacity 0 after closing). */
const DAY_OVERTIME_LIMIT = 24 * 60;

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
  const sameUnit = compileSameUnit(blueprint);
  const booked = bookedSteps(blueprint);
  const pools = compilePools(
    blueprint,
    declared.length
      ? declared.map((c) => ({ priority: c.priority ?? DEFAULTS.priority }))
      : [{ priority: 0 }],
    poolIndex,
    sameUnit,
    bookedPools(blueprint, booked),
  );
  return {
    steps: compileSteps(blueprint, classIds, { poolIndex, pools, booked }, diversions, sameUnit),
    pools,
    classes: compileClasses(blueprint),
    streams,
    window: compileWindow(blueprint),
    diversions: diversions.flows,
    anchors: sameUnit.slots,
  };
}
