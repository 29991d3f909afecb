/**
 * The steps of a checked blueprint compiled for the engine: durations as samplers, the
 * pool, units and line level each takes, failures and what follows them, missed tickets,
 * batches, exits, routes per class (compileRoutes.ts), background work and the pools that
 * lend units.
 */
import type { Blueprint } from '../model/index.ts';
// The zod-free modules of the model, not its index (see compile.ts).
import { OUTCOMES, minutesOfDay } from '../model/constants.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { durationFor, failureChanceFor, missedCallChanceFor } from '../model/classService.ts';
import { helpersByPool, keepsBeyondItself } from '../model/alsoServes.ts';
import { outgoingFlows } from '../model/graph.ts';
import { flowChance, flowIsOpenTo } from '../model/routing.ts';
import { type DiversionTable, compileRoute } from './compileRoutes.ts';
import type { SameUnitTable } from './compileSameUnit.ts';
import { Sampler, optionalSampler as sampler } from './distributions.ts';
import {
  type BackgroundStart,
  type CompiledMissedCall,
  type CompiledPool,
  type CompiledStep,
  OnFailure,
} from './model.ts';

/** A visit that ends without an exit (a dead end) ends as it did before outcomes: completed. */
const COMPLETED = OUTCOMES.indexOf('completed');

/** The compiled pools the steps need, by id, and which steps are booked (compileBooked.ts). */
export interface StepPools {
  poolIndex: Map<string, number>;
  pools: CompiledPool[];
  booked: boolean[];
}

export function compileSteps(
  blueprint: Blueprint,
  classIds: (string | undefined)[],
  { poolIndex, pools, booked }: StepPools,
  diversions: DiversionTable,
  sameUnit: SameUnitTable,
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
    const pool = step.resource ? (poolIndex.get(step.resource.pool) ?? -1) : -1;
    const walkIn = pool >= 0 ? pools[pool]!.levelOfClass : new Int32Array(0);
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
      pool,
      units: step.resource?.units ?? DEFAULTS.units,
      keepUntil:
        step.resource?.keepUntil === undefined ? -1 : (index.get(step.resource.keepUntil) ?? -1),
      sameUnit: sameUnit.reads[i]!,
      anchor: sameUnit.writes[i]!,
      failProbability: failure?.probability ?? 0,
      classFailProbability: failure?.classProbability
        ? Float64Array.from(classIds, (classId) => failureChanceFor(step, classId))
        : null,
      patienceExempt: step.customerPresent === false || booked[i]!,
      // A booked customer waits at the level just ahead of their class's (compilePools.ts).
      levelOfClass: booked[i] ? walkIn.map((level) => level - 1) : walkIn,
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
      batchMinute: step.batch && step.resource ? batchMinuteOf(step.batch.at, blueprint) : null,
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
      // A step asking for the customer's own unit waits for it: no other pool lends one.
      lenders:
        step.resource &&
        helpers.has(step.resource.pool) &&
        !keepsBeyondItself(step) &&
        sameUnit.reads[i] === -1
          ? Int32Array.from(helpers.get(step.resource.pool)!, (id) => poolIndex.get(id)!)
          : null,
    };
  });
}

/** The minute of day a batch is worked: its time, or the run's close (midnight in a steady run). */
function batchMinuteOf(at: string, blueprint: Blueprint): number {
  if (at !== 'closing') return minutesOfDay(at);
  const run = blueprint.run;
  return run?.mode === 'steady' ? 1440 : minutesOfDay(run?.close ?? DEFAULTS.close);
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
