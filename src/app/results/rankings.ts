/**
 * Ranked wait points and fail points: the steps where customers wait longest and fail
 * most often, with the designer's marks beside the measurement.
 */
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { type MarkVerdict, markVerdict, measuredMarks, queueShownAt } from './marks.ts';

/** Rows shown by measurement; steps the designer marked follow even when below this. */
export const RANK_LIMIT = 5;

export interface WaitRow {
  stepId: string;
  /** Mean wait in minutes; null when the pool has no steady state (unstable). */
  meanMinutes: number | null;
  ci95: [number, number] | null;
  p90Minutes: number | null;
  /**
   * Mean wait of everyone who queued, those who gave up included (until they left); null
   * when nobody gave up in this queue (it would equal the mean) or there is no queue.
   */
  allQueuedMinutes: number | null;
  unstable: boolean;
  verdict: MarkVerdict;
}

export interface FailRow {
  stepId: string;
  /** Failed attempts over attempts, 0..1. */
  rate: number;
  /** Failures per replication (per day or per run), with its interval. */
  perRun: number;
  ci95: [number, number] | null;
  verdict: MarkVerdict;
}

/** The top rows by measurement, then the designer-marked steps that did not make it. */
function rankThenMarked<T extends { stepId: string }>(
  ranked: T[],
  all: T[],
  isMarked: (row: T) => boolean,
): T[] {
  const top = ranked.slice(0, RANK_LIMIT);
  const shown = new Set(top.map((row) => row.stepId));
  return [...top, ...all.filter((row) => isMarked(row) && !shown.has(row.stepId))];
}

export function waitRanking(results: Results, blueprint: Blueprint): WaitRow[] {
  const marks = measuredMarks(results, blueprint);
  const rows: WaitRow[] = Object.entries(marks).map(([stepId, mark]) => {
    const { wait, waitAll } = queueShownAt(results, stepId);
    const someoneGaveUp = wait && waitAll && waitAll.count > wait.count;
    return {
      stepId,
      meanMinutes: mark.waitMinutes,
      ci95: wait?.ci95 ?? null,
      p90Minutes: wait?.p90 ?? null,
      allQueuedMinutes: someoneGaveUp ? waitAll.mean : null,
      unstable: mark.unstable,
      verdict: markVerdict(mark.designerW, mark.measuredW),
    };
  });
  // An unstable queue grows without end: it outranks any finite wait.
  const key = (row: WaitRow): number => (row.unstable ? Infinity : (row.meanMinutes ?? 0));
  const ranked = rows.filter((row) => key(row) > 0).sort((a, b) => key(b) - key(a));
  return rankThenMarked(ranked, rows, (row) => row.verdict === 'markedButQuiet');
}

export function failRanking(results: Results, blueprint: Blueprint): FailRow[] {
  const marks = measuredMarks(results, blueprint);
  const rows: FailRow[] = Object.entries(marks).map(([stepId, mark]) => {
    const failures = results.steps[stepId]!.failures;
    return {
      stepId,
      rate: mark.failureRate,
      perRun: failures.count,
      ci95: failures.ci95,
      verdict: markVerdict(mark.designerF, mark.measuredF),
    };
  });
  const ranked = rows.filter((row) => row.rate > 0).sort((a, b) => b.rate - a.rate);
  return rankThenMarked(ranked, rows, (row) => row.verdict === 'markedButQuiet');
}
