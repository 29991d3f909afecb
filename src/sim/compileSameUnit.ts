/**
 * The same unit for a whole case (`resource.sameUnitAs`), compiled: each step named by a
 * `sameUnitAs` gets a slot in every customer's memory of units, where the unit that
 * serves them there is written; each step asking for it reads that slot; the pools of
 * those steps have their units told apart. Nothing for a blueprint without the field.
 */
import type { Blueprint } from '../model/index.ts';
import { isProcessStep } from '../model/graph.ts';

export interface SameUnitTable {
  /** Per step: the memory slot it reads (`sameUnitAs`), or -1. */
  reads: Int32Array;
  /** Per step: the memory slot it writes (named by some `sameUnitAs`), or -1. */
  writes: Int32Array;
  /** Pools whose units are told apart, by id. */
  pools: Set<string>;
  slots: number;
}

export function compileSameUnit(blueprint: Blueprint): SameUnitTable {
  const steps = blueprint.steps;
  const index = new Map(steps.map((step, i) => [step.id, i]));
  const reads = new Int32Array(steps.length).fill(-1);
  const writes = new Int32Array(steps.length).fill(-1);
  const pools = new Set<string>();
  let slots = 0;
  steps.forEach((step, i) => {
    const resource = step.resource;
    if (resource?.sameUnitAs === undefined || !isProcessStep(step) || step.batch) return;
    const named = index.get(resource.sameUnitAs);
    // The checks refuse another pool's step; a blueprint run with errors ignores it.
    if (named === undefined || steps[named]!.resource?.pool !== resource.pool) return;
    if (writes[named] === -1) writes[named] = slots++;
    reads[i] = writes[named]!;
    pools.add(resource.pool);
  });
  return { reads, writes, pools, slots };
}
