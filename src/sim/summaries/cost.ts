/**
 * What a run costs, all pools together: the figure a manager weighs against the wait
 * ("the redesign with 3 tellers costs what the original does, with much shorter waits").
 * Each pool is charged for the unit-hours it has in its own hours and for the busy
 * unit-hours after them (overtime); the cost per visit served divides that by the visits
 * that ended at an exit, whatever their outcome, replication by replication.
 */
import type { CompiledModel } from '../model.ts';
import { type Estimate, estimate } from '../stats/confidence.ts';
import type { Replication } from '../stats/replication.ts';
import { type CostShares, costShares } from './costParts.ts';

/** All pools' cost, and (costParts.ts) who it was for: by outcome, unserved, background, idle. */
export interface CostResult extends CostShares {
  /** All pools' cost in their hours plus their overtime cost, per replication. */
  total: Estimate;
  /** `total` over the visits served (ended at an exit) in the same replication. */
  perServed: Estimate;
}

/** Some pool has a price: without one, a cost of 0 would read as free. */
export function priced(model: CompiledModel): boolean {
  return model.pools.some((pool) => pool.costPerHour > 0);
}

export function totalCost(replication: Replication): number {
  let total = 0;
  for (const pool of replication.pools) total += pool.cost + pool.overtimeCost;
  return total;
}

/** NaN when nobody was served: a cost per visit of nothing is not a figure. */
export function costPerServed(replication: Replication): number {
  const served = replication.system.served;
  return served > 0 ? totalCost(replication) / served : NaN;
}

export function costResult(
  model: CompiledModel,
  replications: Replication[],
  reported: readonly number[],
): CostResult | null {
  if (!priced(model)) return null;
  return {
    total: estimate(replications.map(totalCost)),
    perServed: estimate(replications.map(costPerServed)),
    ...costShares(replications, (r) => r.system, reported, true),
  };
}
