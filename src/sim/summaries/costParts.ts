/**
 * Who the cost was for: activity-based costing of the pools' cost. Each visit is charged
 * the busy unit-time it used on priced pools (units × minutes × the pool's price, from
 * taking the units to giving them back, units kept through `keepUntil` included); the
 * rest of the cost, units paid for but idle, is spread over the visits in proportion to
 * their busy cost and also reported on its own. So in every replication a class's cost
 * is its visits' busy cost plus its share of the idle cost, and the classes add up to
 * all pools' cost. Background work (a voucher filed after the customer left) is charged
 * to the class of the customer who started it, apart from the outcomes: the work goes on
 * whatever the visit's outcome turns out to be.
 */
import { type ExitOutcome, OUTCOMES } from '../../model/constants.ts';
import { type Estimate, estimate } from '../stats/confidence.ts';
import { ABANDONED_COST, BACKGROUND_COST } from '../stats/collector.ts';
import type { ClassReplication, Replication } from '../stats/replication.ts';
import type { ClassCost } from './classes.ts';
import { totalCost } from './cost.ts';

/** The cost of the visits that ended one way. */
export interface CostPart {
  /** Their busy cost and their share of the idle cost, per replication. */
  cost: Estimate;
  /** That over the number of such visits, replications without one skipped. */
  perVisit: Estimate;
}

/** A class's (or all classes') share of the cost, by where it went. */
export interface CostShares {
  /** Busy cost charged to the visits and background work. */
  busy: Estimate;
  /** Their share of the idle cost (in proportion to busy cost); for all classes, the idle cost. */
  idle: Estimate;
  /** Visits that ended at an exit, by outcome (the same outcomes as `outcomes`). */
  outcomes: Partial<Record<ExitOutcome, CostPart>>;
  /** Visits that left unserved (gave up, or stuck): per visit is per customer who left so. */
  abandoned: CostPart;
  /** Background work started by the class's customers (busy and idle share). */
  background: Estimate;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** All busy cost charged in the replication, every class and background work. */
export function busyCost(replication: Replication): number {
  return sum(replication.system.cost);
}

/** The cost of units paid for and not used: all pools' cost less the busy cost. */
export function idleCost(replication: Replication): number {
  return totalCost(replication) - busyCost(replication);
}

/**
 * A part's busy cost with its share of the idle cost, in proportion to busy cost. A
 * replication in which nothing was charged has no proportion to spread by: the part
 * keeps its busy cost (0) and the idle cost stays unattributed.
 */
export function withIdleShare(replication: Replication, busy: number): number {
  const all = busyCost(replication);
  return all > 0 ? busy + (idleCost(replication) * busy) / all : busy;
}

/** A class's cost in one replication: all its parts with their idle share. */
export function classCost(replication: Replication, counters: ClassReplication): number {
  return withIdleShare(replication, sum(counters.cost));
}

function part(
  replications: readonly Replication[],
  of: (r: Replication) => ClassReplication,
  index: number,
  visits: (counters: ClassReplication) => number,
): CostPart {
  const costs = replications.map((r) => withIdleShare(r, of(r).cost[index]!));
  return {
    cost: estimate(costs),
    perVisit: estimate(
      replications.map((r, i) => {
        const count = visits(of(r));
        return count > 0 ? costs[i]! / count : NaN;
      }),
    ),
  };
}

/** A class's cost: its parts, its total and its cost per visit served (for a priced run). */
export function classCostResult(
  replications: readonly Replication[],
  classIndex: number,
  reported: readonly number[],
): ClassCost {
  const of = (r: Replication) => r.classes[classIndex]!;
  const totals = replications.map((r) => classCost(r, of(r)));
  return {
    total: estimate(totals),
    perServed: estimate(
      replications.map((r, i) => (of(r).served > 0 ? totals[i]! / of(r).served : NaN)),
    ),
    ...costShares(replications, of, reported, false),
  };
}

/**
 * Idle cost is negative only where a schedule took busy units away (over 100 %): a run
 * in which no replication went below 0 is of a quantity that cannot, and its interval
 * is cut at 0 like every other cost's.
 */
function idleEstimate(values: readonly number[]): Estimate {
  const lowest = Math.min(...values);
  return estimate(values, lowest >= 0 ? [0, Infinity] : [-Infinity, Infinity]);
}

export function costShares(
  replications: readonly Replication[],
  of: (r: Replication) => ClassReplication,
  reported: readonly number[],
  whole: boolean,
): CostShares {
  const outcomes: CostShares['outcomes'] = {};
  for (const index of reported)
    outcomes[OUTCOMES[index]!] = part(replications, of, index, (c) => c.outcomes[index]!);
  return {
    busy: estimate(replications.map((r) => sum(of(r).cost))),
    idle: idleEstimate(
      replications.map((r) =>
        whole ? idleCost(r) : withIdleShare(r, sum(of(r).cost)) - sum(of(r).cost),
      ),
    ),
    outcomes,
    abandoned: part(replications, of, ABANDONED_COST, (c) => c.abandoned + c.stuck),
    background: estimate(replications.map((r) => withIdleShare(r, of(r).cost[BACKGROUND_COST]!))),
  };
}
