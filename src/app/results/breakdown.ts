/** Rows of the pools' utilisation and the per-class breakdown, in the blueprint's order. */
import type { Blueprint } from '../../model/index.ts';
import type { ClassResult, Estimate, PoolResult, Results } from '../../sim/index.ts';

export interface PoolRow {
  poolId: string;
  utilization: Estimate;
  /** Time-average units available (a schedule makes it fractional). */
  capacity: number;
  busyUnits: number;
  queueMean: number;
  queueMax: number;
  /** Cost of the available unit-hours in the pool's hours; 0 without a cost per hour. */
  cost: number;
  /** Busy unit-hours after the pool's hours (a day that runs past closing) and their cost. */
  overtimeHours: number;
  overtimeCost: number;
  unstable: boolean;
  /**
   * A step done as one batch a day is the pool's (`batch`): its queue figures count the
   * pile's items with the customers, and are said to.
   */
  holdsBatch: boolean;
  /** Its work at other pools' queues when idle (`alsoServes`); absent for a pool that has none. */
  alsoServed?: NonNullable<PoolResult['alsoServed']>;
}

export interface ClassRow {
  classId: string;
  result: ClassResult;
}

/** Ids in the blueprint's order first, then any the results have that the blueprint lost. */
function ordered(idsInBlueprint: string[], idsInResults: string[]): string[] {
  const known = new Set(idsInResults);
  const first = idsInBlueprint.filter((id) => known.has(id));
  const listed = new Set(first);
  return [...first, ...idsInResults.filter((id) => !listed.has(id))];
}

function poolRow(poolId: string, pool: PoolResult, holdsBatch: boolean): PoolRow {
  return {
    poolId,
    utilization: pool.utilization,
    capacity: pool.capacity.mean,
    busyUnits: pool.busyUnits.mean,
    queueMean: pool.queueLength.mean.mean,
    queueMax: pool.queueLength.max,
    cost: pool.cost.mean,
    overtimeHours: pool.overtime.hours.mean,
    overtimeCost: pool.overtime.cost.mean,
    unstable: pool.unstable === true,
    holdsBatch,
    ...(pool.alsoServed ? { alsoServed: pool.alsoServed } : {}),
  };
}

export function poolRows(results: Results, blueprint: Blueprint): PoolRow[] {
  const ids = ordered(
    (blueprint.resources ?? []).map((pool) => pool.id),
    Object.keys(results.resources),
  );
  const batchPools = new Set(
    blueprint.steps.flatMap((step) => (step.batch && step.resource ? [step.resource.pool] : [])),
  );
  return ids.map((id) => poolRow(id, results.resources[id]!, batchPools.has(id)));
}

export function classRows(results: Results, blueprint: Blueprint): ClassRow[] {
  const ids = ordered(
    (blueprint.classes ?? []).map((c) => c.id),
    Object.keys(results.classes),
  );
  return ids.map((classId) => ({ classId, result: results.classes[classId]! }));
}
