/**
 * Measured wait (W) and fail (F) marks beside the designer's, and one heat value per
 * step: shared by the results panel and the canvas overlay, so both tell the same story.
 */
import { type Blueprint, PROCESS_STEP_KINDS, ownValue } from '../../model/index.ts';
import type { Results, StepResult } from '../../sim/index.ts';

/**
 * A step is a measured wait point when customers wait there 2 minutes or more on
 * average: around two minutes is where waiting starts to feel like waiting (shorter
 * waits pass as part of the service), and it is the resolution at which a designer
 * would act on a bank counter process.
 */
export const WAIT_POINT_MINUTES = 2;
/**
 * A step also stands out when its wait is at least this share of the worst step's: in a
 * fast process (a worst wait of 1.5 min) the main queue must still show. The floor below
 * keeps a process whose waits are all tiny from being covered in marks.
 */
export const WAIT_POINT_SHARE_OF_WORST = 0.25;
export const WAIT_POINT_FLOOR_MINUTES = 0.5;

/**
 * A step is a measured fail point when 2 attempts in 100 or more fail: at a counter's
 * few hundred customers a day that is several a day, something staff see every day.
 */
export const FAIL_POINT_RATE = 0.02;
/** The same relative rule as for waits: a quarter of the worst, above a floor of 0.5 %. */
export const FAIL_POINT_SHARE_OF_WORST = 0.25;
export const FAIL_POINT_FLOOR_RATE = 0.005;

/**
 * The heat scale is absolute, not relative to the run's worst step, so the same colour
 * means the same wait in two scenarios being compared. Full heat at 10 minutes of mean
 * wait or 10 % of attempts failing; the thresholds above sit at the same heat (0.2) on
 * both, so a wait point and a fail point that just qualify look alike.
 */
export const HEAT_FULL_WAIT_MINUTES = 10;
export const HEAT_FULL_FAILURE_RATE = 0.1;

export interface StepMarks {
  /**
   * Mean wait for the step's pool in minutes (a waiting step: for the pool of the step it
   * leads to); null when the step has no queue (or no steady state).
   */
  waitMinutes: number | null;
  /** Failed attempts over all attempts, 0..1. */
  failureRate: number;
  /** The step's pool has no steady state: its queue grows without limit (a wait point at full heat). */
  unstable: boolean;
  measuredW: boolean;
  measuredF: boolean;
  designerW: boolean;
  designerF: boolean;
  /** 0..1 on one scale for waits and failures: the larger of the two. */
  heat: number;
}

/**
 * The queue measured at a step, as the designer drew it: a waiting step (`queueOf`,
 * src/model/waitingSteps.ts) shows the queue of the pool step it leads to, and that pool
 * step then shows none, so the wait is judged once, where the designer put it. A step
 * done as one batch (`batch`) shows none: its queue is the day's pile of items, which no
 * customer waits for (the day's voucher filing would otherwise top the wait points).
 */
export function queueShownAt(
  results: Results,
  stepId: string,
): Pick<StepResult, 'wait' | 'waitAll' | 'unstable'> {
  const step = ownValue(results.steps, stepId);
  if (!step || step.batch) return { wait: null, waitAll: null };
  if (step.queueOf !== undefined) {
    const queue = ownValue(results.steps, step.queueOf);
    if (queue?.batch) return { wait: null, waitAll: null };
    return {
      wait: queue?.wait ?? null,
      waitAll: queue?.waitAll ?? null,
      unstable: queue?.unstable,
    };
  }
  const drawnElsewhere = Object.values(results.steps).some((other) => other.queueOf === stepId);
  return drawnElsewhere
    ? { wait: null, waitAll: null }
    : { wait: step.wait, waitAll: step.waitAll, unstable: step.unstable };
}

function worst(values: number[]): number {
  return values.reduce((max, value) => Math.max(max, value), 0);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Marks of every process step (actions and decisions: evidence and notes are not
 * simulated) that is in both the blueprint and the results; steps added after the run
 * have no measurement and are left out.
 */
export function measuredMarks(results: Results, blueprint: Blueprint): Record<string, StepMarks> {
  const measured = blueprint.steps.filter(
    (step) =>
      PROCESS_STEP_KINDS.includes(step.kind) && ownValue(results.steps, step.id) !== undefined,
  );
  const queues = measured.map((step) => queueShownAt(results, step.id));
  const waits = queues.map((queue) => queue.wait?.mean ?? 0);
  const rates = measured.map((step) => results.steps[step.id]!.failures.rate);
  const worstWait = worst(waits.filter((wait) => Number.isFinite(wait)));
  const worstRate = worst(rates);
  const marks = Object.create(null) as Record<string, StepMarks>;
  measured.forEach((step, i) => {
    const queue = queues[i]!;
    const unstable = queue.unstable === true;
    const wait = queue.wait && Number.isFinite(queue.wait.mean) ? queue.wait.mean : null;
    const rate = rates[i]!;
    const measuredW =
      unstable ||
      (wait !== null &&
        (wait >= WAIT_POINT_MINUTES ||
          (wait >= WAIT_POINT_FLOOR_MINUTES && wait >= WAIT_POINT_SHARE_OF_WORST * worstWait)));
    const measuredF =
      rate >= FAIL_POINT_RATE ||
      (rate >= FAIL_POINT_FLOOR_RATE && rate >= FAIL_POINT_SHARE_OF_WORST * worstRate);
    const waitHeat = unstable ? 1 : clamp01((wait ?? 0) / HEAT_FULL_WAIT_MINUTES);
    marks[step.id] = {
      waitMinutes: wait,
      failureRate: rate,
      unstable,
      measuredW,
      measuredF,
      designerW: step.waitPoint !== undefined,
      designerF: step.failPoint !== undefined,
      heat: Math.max(waitHeat, clamp01(rate / HEAT_FULL_FAILURE_RATE)),
    };
  });
  return marks;
}

/** How the designer's mark and the measurement agree, for a flag beside the row. */
export type MarkVerdict = 'confirmed' | 'markedButQuiet' | 'unmarkedButHigh' | 'none';

export function markVerdict(designer: boolean, measured: boolean): MarkVerdict {
  if (designer && measured) return 'confirmed';
  if (designer) return 'markedButQuiet';
  if (measured) return 'unmarkedButHigh';
  return 'none';
}
