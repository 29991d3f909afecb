/**
 * Where a customer goes after a step, compiled once per run: per step and class the
 * flows open to the class with their cumulative chances, and the one flow a queue's
 * length may take instead (a lobby manager's rule).
 */
import type { Blueprint, Flow } from '../model/index.ts';
// The zod-free modules of the model, not its index (see compile.ts).
import { conditionQueueStep, flowChance, flowIsOpenTo, isConditional } from '../model/routing.ts';
import type { Diversion, DiversionFlow, Route } from './model.ts';

/** Where the compiled steps find the flows taken by a queue's length. */
export interface DiversionTable {
  flows: DiversionFlow[];
  /** Flow id → its counter and the pool its condition reads. */
  byFlow: Map<string, { counter: number; pool: number }>;
}

export function compileDiversions(
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

export function compileRoute(
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
