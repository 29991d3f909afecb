/**
 * The headline figures of every replication, in compact arrays: what a comparison of two
 * runs needs to pair replication r of one with replication r of the other (common random
 * numbers: replication r draws from the same streams in both), or to compare them as
 * independent samples when they do not share a seed.
 */
import { type ExitOutcome, OUTCOMES } from '../model/constants.ts';
import type { CompiledModel } from './model.ts';
import type { ClassReplication, Replication } from './stats/replication.ts';
import { reportedOutcomes } from './summaries/classes.ts';
import { costPerServed, priced, totalCost } from './summaries/cost.ts';
import { classCost, idleCost } from './summaries/costParts.ts';
import { together } from './summaries/durations.ts';

/** Index r is replication r; null where the replication had no value (nobody served). */
export type PerReplicationValues = (number | null)[];

/** How many visits ended one way in each replication: as a count and per hour of the window. */
export interface OutcomeValues {
  count: PerReplicationValues;
  perHour: PerReplicationValues;
}

/** By outcome: the same outcomes as `outcomes` in the results (completed and every exit's). */
export type OutcomesPerReplication = Partial<Record<ExitOutcome, OutcomeValues>>;

export interface PerReplication {
  system: {
    served: PerReplicationValues;
    abandoned: PerReplicationValues;
    arrived: PerReplicationValues;
    /** Visits by how they ended (completed, rejected, …). */
    outcomes: OutcomesPerReplication;
    /** Mean total wait of the served customers. */
    waitMean: PerReplicationValues;
    /** 90th percentile of that wait, from the replication's own histogram. */
    waitP90: PerReplicationValues;
    timeInSystemMean: PerReplicationValues;
    /** 90th percentile of the served customers' time in system. */
    timeInSystemP90: PerReplicationValues;
    /** Share within target; absent when no class has a service target. */
    withinTarget?: PerReplicationValues;
    /** All pools' cost, overtime included; absent when no pool has a price. */
    totalCost?: PerReplicationValues;
    /** That cost over the visits served; absent when no pool has a price. */
    costPerServed?: PerReplicationValues;
    /** The cost of units paid for and idle (costParts.ts); absent when no pool has a price. */
    idleCost?: PerReplicationValues;
  };
  /** Per class: its visits by outcome, those who gave up, and its share within target. */
  classes: Record<
    string,
    {
      outcomes: OutcomesPerReplication;
      abandoned: PerReplicationValues;
      /** Absent when the class has no service target. */
      withinTarget?: PerReplicationValues;
      /** The class's cost (busy and idle share) and that per visit served; absent unpriced. */
      cost?: PerReplicationValues;
      costPerServed?: PerReplicationValues;
    }
  >;
  /** Per pool: utilization and cost in its hours, busy unit-hours after them and their cost. */
  resources: Record<
    string,
    {
      utilization: PerReplicationValues;
      cost: PerReplicationValues;
      overtimeHours: PerReplicationValues;
      overtimeCost: PerReplicationValues;
    }
  >;
  /**
   * Per step that queued in some replication: the mean wait of those served, and of all
   * who queued (those who gave up included, with their time in the queue).
   */
  steps: Record<string, { waitMean: PerReplicationValues; waitAllMean: PerReplicationValues }>;
}

function values(list: readonly Replication[], pick: (r: Replication) => number) {
  return list.map((r) => {
    const value = pick(r);
    return Number.isFinite(value) ? value : null;
  });
}

function outcomeValues(
  list: readonly Replication[],
  of: (r: Replication) => ClassReplication,
  reported: readonly number[],
): OutcomesPerReplication {
  const outcomes: OutcomesPerReplication = {};
  for (const index of reported) {
    outcomes[OUTCOMES[index]!] = {
      count: values(list, (r) => of(r).outcomes[index]!),
      perHour: values(list, (r) =>
        r.customerSpan > 0 ? (of(r).outcomes[index]! / r.customerSpan) * 60 : NaN,
      ),
    };
  }
  return outcomes;
}

function shareWithinTarget(counters: ClassReplication): number {
  return counters.targeted > 0 ? counters.withinTarget / counters.targeted : NaN;
}

export function perReplication(
  model: CompiledModel,
  replications: readonly Replication[],
): PerReplication {
  const reported = reportedOutcomes(model);
  const system: PerReplication['system'] = {
    served: values(replications, (r) => r.system.served),
    abandoned: values(replications, (r) => r.system.abandoned),
    arrived: values(replications, (r) => r.system.arrived),
    outcomes: outcomeValues(replications, (r) => r.system, reported),
    waitMean: values(replications, (r) => r.system.wait.mean),
    waitP90: values(replications, (r) => r.waitP90),
    timeInSystemMean: values(replications, (r) => r.system.timeInSystem.mean),
    timeInSystemP90: values(replications, (r) => r.timeInSystemP90),
  };
  if (model.classes.some((c) => c.target !== null)) {
    system.withinTarget = values(replications, (r) => shareWithinTarget(r.system));
  }
  if (priced(model)) {
    system.totalCost = values(replications, totalCost);
    system.costPerServed = values(replications, costPerServed);
    system.idleCost = values(replications, idleCost);
  }
  const classes: PerReplication['classes'] = {};
  model.classes.forEach((customerClass, i) => {
    classes[customerClass.id] = {
      outcomes: outcomeValues(replications, (r) => r.classes[i]!, reported),
      abandoned: values(replications, (r) => r.classes[i]!.abandoned),
      ...(customerClass.target !== null
        ? { withinTarget: values(replications, (r) => shareWithinTarget(r.classes[i]!)) }
        : {}),
      ...(priced(model)
        ? {
            cost: values(replications, (r) => classCost(r, r.classes[i]!)),
            costPerServed: values(replications, (r) =>
              r.classes[i]!.served > 0 ? classCost(r, r.classes[i]!) / r.classes[i]!.served : NaN,
            ),
          }
        : {}),
    };
  });
  const resources: PerReplication['resources'] = {};
  model.pools.forEach((pool, i) => {
    resources[pool.id] = {
      utilization: values(replications, (r) => r.pools[i]!.utilization),
      cost: values(replications, (r) => r.pools[i]!.cost),
      overtimeHours: values(replications, (r) => r.pools[i]!.overtimeHours),
      overtimeCost: values(replications, (r) => r.pools[i]!.overtimeCost),
    };
  });
  const steps: PerReplication['steps'] = {};
  model.steps.forEach((step, i) => {
    if (replications.some((r) => r.steps[i]!.wait.count > 0))
      steps[step.id] = {
        waitMean: values(replications, (r) => r.steps[i]!.wait.mean),
        // As `waitAll` in the results: served and reneged together, replication by replication.
        waitAllMean: values(replications, (r) => {
          const { wait, renegedWait } = r.steps[i]!;
          return together(wait, renegedWait).mean;
        }),
      };
  });
  return { system, classes, resources, steps };
}
