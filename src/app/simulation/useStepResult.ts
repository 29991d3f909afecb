/**
 * What the canvas overlay shows for one step: its measured marks (results/marks.ts, the
 * same rule as the results panel) and its pool's utilisation. Marks are computed once per
 * run and shared by every step's subscription.
 */
import { measuredMarks, type StepMarks } from '../results/marks.ts';
import { useRunStore } from './appRunStore.ts';
import type { RunRecord } from './runStore.ts';
import { ownValue } from '../../model/index.ts';

export interface StepResult {
  marks: StepMarks;
  /** The step's pool and its mean utilisation (0..1), when it needs one. */
  pool: { id: string; utilization: number } | null;
  /**
   * A step done as one batch: the mean items a day and the clock when the day's pile was
   * done (null in a steady run); shown instead of a wait, as nobody waits there.
   */
  batch: { items: number; doneAt: number | null } | null;
}

/** What the overlay shows per step for one run, worked out once and shared by every step. */
const resultsByRun = new WeakMap<RunRecord, Map<string, StepResult>>();

function stepResultsOf(record: RunRecord): Map<string, StepResult> {
  let byStep = resultsByRun.get(record);
  if (!byStep) {
    const marks = measuredMarks(record.results, record.blueprint);
    byStep = new Map();
    for (const step of record.blueprint.steps) {
      const stepMarks = ownValue(marks, step.id);
      if (!stepMarks) continue;
      const poolId = step.resource?.pool;
      const utilization = poolId
        ? ownValue(record.results.resources, poolId)?.utilization.mean
        : undefined;
      const batch = ownValue(record.results.steps, step.id)?.batch;
      byStep.set(step.id, {
        marks: stepMarks,
        batch: batch ? { items: batch.items.mean, doneAt: batch.doneAt?.mean ?? null } : null,
        pool:
          poolId && utilization !== undefined && Number.isFinite(utilization)
            ? { id: poolId, utilization }
            : null,
      });
    }
    resultsByRun.set(record, byStep);
  }
  return byStep;
}

/** The step's results when the overlay is on and the latest run measured the step. */
export function useStepResult(stepId: string): StepResult | null {
  const record = useRunStore((state) => (state.overlay ? state.latest : null));
  return record ? (stepResultsOf(record).get(stepId) ?? null) : null;
}
