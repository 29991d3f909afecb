/**
 * A customer class (or the whole system) over replications: arrivals, visits by outcome,
 * time in system, waits and the share within target.
 */
import { type ExitOutcome, OUTCOMES } from '../../model/constants.ts';
import type { CompiledModel } from '../model.ts';
import { type Estimate, SHARE, estimate } from '../stats/confidence.ts';
import type { ClassReplication } from '../stats/replication.ts';
import type { CostShares } from './costParts.ts';
import { type DurationStats, durationStats } from './durations.ts';

/** How many visits ended one way (an exit's outcome). */
export interface OutcomeResult {
  /** Customers per replication (per day, or per run in a steady state). */
  count: Estimate;
  /** The same per hour of the statistics window. */
  perHour: Estimate;
  /** Share of the customers who left in the replication (served or abandoned), 0..1. */
  share: Estimate;
}

/**
 * By outcome, in the order of OUTCOMES: `completed` always, and every outcome an exit of
 * the blueprint has. The counts add up to `served`.
 */
export type Outcomes = Partial<Record<ExitOutcome, OutcomeResult>>;

export interface ClassResult {
  arrived: Estimate;
  /** Customers whose visit ended at an exit (or a dead end), whatever the outcome. */
  served: Estimate;
  abandoned: Estimate;
  /**
   * Of `abandoned`: those who balked (found a queue too long and left at once) and those
   * who reneged (left a queue when their patience ran out). The rest of `abandoned` left
   * after a failure or were lost to a missed ticket.
   */
  balked: Estimate;
  reneged: Estimate;
  outcomes: Outcomes;
  timeInSystem: DurationStats;
  wait: DurationStats;
  /**
   * Share of the customers who left (served or abandoned) that were served within their
   * class's target; only classes with a target count. Null when no class has one.
   */
  withinTarget: Estimate | null;
  /** Customers stopped in a loop (MAX_MOVES), over all replications. */
  stuck: number;
  throughputPerHour: Estimate;
  /** Of `abandoned`, those lost to a missed ticket; present when a step has `missedCall`. */
  missedLost?: Estimate;
  /** The class's share of all pools' cost (costParts.ts); null when no pool has a price. */
  cost: ClassCost | null;
}

/** A class's cost: its visits' busy cost and its share of the idle cost, and per visit served. */
export interface ClassCost extends CostShares {
  /** Busy cost plus idle share, per replication: the classes add up to `system.cost.total`. */
  total: Estimate;
  /** `total` over the class's visits served, replications without one skipped. */
  perServed: Estimate;
}

function outcomeResults(
  list: ClassReplication[],
  spans: readonly number[],
  reported: readonly number[],
): Outcomes {
  const outcomes: Outcomes = {};
  for (const index of reported) {
    const counts = list.map((r) => r.outcomes[index]!);
    outcomes[OUTCOMES[index]!] = {
      count: estimate(counts),
      perHour: estimate(counts.map((count, i) => (spans[i]! > 0 ? (count / spans[i]!) * 60 : NaN))),
      share: estimate(
        counts.map((count, i) => {
          const left = list[i]!.served + list[i]!.abandoned;
          return left > 0 ? count / left : NaN;
        }),
        SHARE,
      ),
    };
  }
  return outcomes;
}

/** Outcome indices the results report: completed (a dead end ends so) and every exit's. */
export function reportedOutcomes(model: CompiledModel): number[] {
  const used = new Set([OUTCOMES.indexOf('completed')]);
  for (const step of model.steps) if (step.exit) used.add(step.outcome);
  return [...used].sort((a, b) => a - b);
}

export function classResult(
  list: ClassReplication[],
  hasTarget: boolean,
  spans: readonly number[],
  reported: readonly number[],
  missedCalls = false,
): Omit<ClassResult, 'cost'> {
  return {
    arrived: estimate(list.map((r) => r.arrived)),
    served: estimate(list.map((r) => r.served)),
    abandoned: estimate(list.map((r) => r.abandoned)),
    balked: estimate(list.map((r) => r.balked)),
    reneged: estimate(list.map((r) => r.reneged)),
    outcomes: outcomeResults(list, spans, reported),
    timeInSystem: durationStats(list.map((r) => r.timeInSystem)),
    wait: durationStats(list.map((r) => r.wait)),
    withinTarget: hasTarget
      ? estimate(
          list.map((r) => (r.targeted > 0 ? r.withinTarget / r.targeted : NaN)),
          SHARE,
        )
      : null,
    stuck: list.reduce((sum, r) => sum + r.stuck, 0),
    throughputPerHour: estimate(list.map((r) => r.throughputPerHour)),
    ...(missedCalls ? { missedLost: estimate(list.map((r) => r.missedLost)) } : {}),
  };
}
