/**
 * Pools that also serve other pools' queues when idle (`alsoServes`): the rules the
 * checks, the simulator and the editor share. Zod-free, for the engine's worker.
 */
import type { Blueprint } from './schema/blueprint.ts';
import type { Step } from './schema/step.ts';

/**
 * Whether the step keeps its units to a later step (`keepUntil` naming another step). A
 * pool that serves others when idle lends a unit for one step only, so it leaves such a
 * step's customers to their own pool.
 */
export function keepsBeyondItself(step: Step): boolean {
  const keepUntil = step.resource?.keepUntil;
  return keepUntil !== undefined && keepUntil !== step.id;
}

/**
 * Per pool id, the other pools that serve its queue, before their own (`servesFirst`) or
 * when idle (`alsoServes`), in the order of the blueprint's resources (the first with a
 * free unit takes a newcomer). Unknown ids, a pool naming itself and repeats are left
 * out (the checks report them).
 */
export function helpersByPool(blueprint: Blueprint): Map<string, string[]> {
  const known = new Set((blueprint.resources ?? []).map((pool) => pool.id));
  const helpers = new Map<string, string[]>();
  for (const pool of blueprint.resources ?? []) {
    for (const other of new Set([...(pool.servesFirst ?? []), ...(pool.alsoServes ?? [])])) {
      if (other === pool.id || !known.has(other)) continue;
      const list = helpers.get(other) ?? [];
      list.push(pool.id);
      helpers.set(other, list);
    }
  }
  return helpers;
}
