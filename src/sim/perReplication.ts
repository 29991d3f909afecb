/**
 * The headline figures of every replication, in compact arrays: what a comparison of two
 * runs needs to pair replication r of one with replication r of the other (common random
 * numbers: replication r draws from the same streams in both), or to compare them as
 * independent samples when they do not share a seed.
 */
import type { CompiledModel } from './model.ts';
import type { Replication } from './stats/replication.ts';

/** Index r is replication r; null where the replication had no value (nobody served). */
export type PerReplicationValues = (number | null)[];

export interface PerReplication {
  system: {
    served: PerReplicationValues;
    abandoned: PerReplicationValues;
    arrived: PerReplicationValues;
    /** Mean total wait of the served customers. */
    waitMean: PerReplicationValues;
    /** 90th percentile of that wait, from the replication's own histogram. */
    waitP90: PerReplicationValues;
    timeInSystemMean: PerReplicationValues;
    /** 90th percentile of the served customers' time in system. */
    timeInSystemP90: PerReplicationValues;
    /** Share within target; absent when no class has a service target. */
    withinTarget?: PerReplicationValues;
  };
  /** Per pool: utilization and cost in its hours. */
  resources: Record<string, { utilization: PerReplicationValues; cost: PerReplicationValues }>;
  /** Per step that queued in some replication: the mean wait of those served. */
  steps: Record<string, { waitMean: PerReplicationValues }>;
}

function values(list: readonly Replication[], pick: (r: Replication) => number) {
  return list.map((r) => {
    const value = pick(r);
    return Number.isFinite(value) ? value : null;
  });
}

export function perReplication(
  model: CompiledModel,
  replications: readonly Replication[],
): PerReplication {
  const system: PerReplication['system'] = {
    served: values(replications, (r) => r.system.served),
    abandoned: values(replications, (r) => r.system.abandoned),
    arrived: values(replications, (r) => r.system.arrived),
    waitMean: values(replications, (r) => r.system.wait.mean),
    waitP90: values(replications, (r) => r.waitP90),
    timeInSystemMean: values(replications, (r) => r.system.timeInSystem.mean),
    timeInSystemP90: values(replications, (r) => r.timeInSystemP90),
  };
  if (model.classes.some((c) => c.target !== null)) {
    system.withinTarget = values(replications, (r) =>
      r.system.targeted > 0 ? r.system.withinTarget / r.system.targeted : NaN,
    );
  }
  const resources: PerReplication['resources'] = {};
  model.pools.forEach((pool, i) => {
    resources[pool.id] = {
      utilization: values(replications, (r) => r.pools[i]!.utilization),
      cost: values(replications, (r) => r.pools[i]!.cost),
    };
  });
  const steps: PerReplication['steps'] = {};
  model.steps.forEach((step, i) => {
    if (replications.some((r) => r.steps[i]!.wait.count > 0))
      steps[step.id] = { waitMean: values(replications, (r) => r.steps[i]!.wait.mean) };
  });
  return { system, resources, steps };
}
