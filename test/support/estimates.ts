/** Helpers of the pool-estimate tests: reading an example, picking a pool's estimate. */
import { readFileSync } from 'node:fs';
import type { Blueprint } from '../../src/model/index.ts';
import { type PoolEstimate, type PoolEstimates, estimatePools } from '../../src/sim/estimates.ts';

export const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

export function readExample(name: string): Blueprint {
  return JSON.parse(
    readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), 'utf8'),
  ) as Blueprint;
}

/** The estimates of every pool; throws with the reason when there is no estimate. */
export function pools(result: PoolEstimates): PoolEstimate[] {
  if (!result.ok) throw new Error(`expected an estimate, got: ${result.reason}`);
  return result.pools;
}

export function pool(blueprint: Blueprint, id: string): PoolEstimate {
  const found = pools(estimatePools(blueprint)).find((estimate) => estimate.id === id);
  if (!found) throw new Error(`no estimate for pool ${id}`);
  return found;
}
