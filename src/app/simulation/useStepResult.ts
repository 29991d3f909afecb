/**
 * What the canvas overlay shows for one step: its measured marks (results/marks.ts, the
 * same rule as the results panel) and its pool's utilisation. Marks are computed once per
 * run and shared by every step's subscription.
 */
import type { Results } from '../../sim/index.ts';
import { measuredMarks, type StepMarks } from '../results/marks.ts';
import { useRunStore } from './appRunStore.ts';
import type { RunRecord } from './runStore.ts';

export interface StepResult {
  marks: StepMarks;
  /** The step's pool and its mean utilisation (0..1), when it needs one. */
  pool: { id: string; utilization: number } | null;
}

const marksByRun = new WeakMap<RunRecord, Record<string, StepMarks>>();

function marksOf(record: RunRecord): Record<string, StepMarks> {
  let marks = marksByRun.get(record);
  if (!marks) {
    marks = measuredMarks(record.results, record.blueprint);
    marksByRun.set(record, marks);
  }
  return marks;
}

function poolOf(record: RunRecord, stepId: string, results: Results): StepResult['pool'] {
  const poolId = record.blueprint.steps.find((step) => step.id === stepId)?.resource?.pool;
  const utilization = poolId ? results.resources[poolId]?.utilization.mean : undefined;
  return poolId && utilization !== undefined && Number.isFinite(utilization)
    ? { id: poolId, utilization }
    : null;
}

/** The step's results when the overlay is on and the latest run measured the step. */
export function useStepResult(stepId: string): StepResult | null {
  const record = useRunStore((state) => (state.overlay ? state.latest : null));
  if (!record) return null;
  const marks = marksOf(record)[stepId];
  if (!marks) return null;
  return { marks, pool: poolOf(record, stepId, record.results) };
}
