/** The flows taken by a queue's length (the lobby manager's diversion) over replications. */
import type { CompiledModel } from '../model.ts';
import { type Estimate, SHARE, estimate } from '../stats/confidence.ts';
import type { Replication } from '../stats/replication.ts';

export interface DiversionResult {
  /** The step the flow leaves, the step it leads to, the step whose queue it reads. */
  from: string;
  to: string;
  queueAt: string;
  atLeast: number;
  /** Customers per replication who took the flow because the queue was long enough. */
  taken: Estimate;
  /** Customers per replication who left `from` with the rule open to them. */
  checked: Estimate;
  /** Per replication, taken / checked: the share sent on (replications with no one checked skipped). */
  share: Estimate;
  /** Taken, summed over all replications. */
  total: number;
}

/** Flow id → its counts; undefined when the blueprint has no such flow (results stay as they were). */
export function diversionResults(
  model: CompiledModel,
  replications: readonly Replication[],
): Record<string, DiversionResult> | undefined {
  if (model.diversions.length === 0) return undefined;
  const stepId = (index: number): string => model.steps[index]!.id;
  const results: Record<string, DiversionResult> = {};
  model.diversions.forEach((flow, i) => {
    const list = replications.map((r) => r.diversions[i]!);
    results[flow.flowId] = {
      from: stepId(flow.from),
      to: stepId(flow.to),
      queueAt: stepId(flow.queueAt),
      atLeast: flow.atLeast,
      taken: estimate(list.map((d) => d.taken)),
      checked: estimate(list.map((d) => d.checked)),
      share: estimate(
        list.map((d) => (d.checked > 0 ? d.taken / d.checked : NaN)),
        SHARE,
      ),
      total: list.reduce((sum, d) => sum + d.taken, 0),
    };
  });
  return results;
}
