/**
 * Steps done as one batch a day (`batch`), as the results show them instead of a wait:
 * nobody waits for the pile, so its queue is not a wait point (marks.ts); what matters is
 * how much there was, when it was done and what it cost the pool in overtime.
 */
import { type Blueprint, ownValue } from '../../model/index.ts';
import type { Estimate, Results } from '../../sim/index.ts';

export interface BatchRow {
  stepId: string;
  /** The pool that works the pile; null when the blueprint no longer names one. */
  poolId: string | null;
  /** Items left on the pile per replication. */
  items: Estimate;
  /** Unit-hours the pool worked on them per replication. */
  workHours: Estimate;
  /** The clock (minutes from midnight) when the day's last item was done; null in a steady run. */
  doneAt: Estimate | null;
  /** The pool's overtime after its hours, unit-hours per replication (all its work, not only the batch's). */
  poolOvertimeHours: Estimate | null;
}

/** One row per batch step the run measured, in the blueprint's order. */
export function batchRows(results: Results, blueprint: Blueprint): BatchRow[] {
  return blueprint.steps.flatMap((step) => {
    const batch = ownValue(results.steps, step.id)?.batch;
    if (!batch) return [];
    const poolId = step.resource?.pool ?? null;
    const pool = poolId === null ? undefined : ownValue(results.resources, poolId);
    const hours = (minutes: Estimate): Estimate => ({
      mean: minutes.mean / 60,
      ci95: minutes.ci95 ? [minutes.ci95[0] / 60, minutes.ci95[1] / 60] : null,
    });
    return [
      {
        stepId: step.id,
        poolId,
        items: batch.items,
        workHours: hours(batch.workMinutes),
        doneAt: batch.doneAt ?? null,
        poolOvertimeHours: pool?.overtime.hours ?? null,
      },
    ];
  });
}
