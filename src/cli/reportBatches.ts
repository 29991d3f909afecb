/**
 * The report's table of steps done as one batch a day (`batch`): nobody waits for their
 * pile, so they leave the wait points and show here what they are, the items, the pool's
 * work on them, when the day's pile was done and the pool's overtime.
 */
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { textTable } from './textTable.ts';

const number = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '—';

/** What the table needs of the report: a step's name and pool, and a clock time. */
export interface BatchTableHost {
  label: (stepId: string) => string;
  poolOf: (stepId: string) => string | undefined;
  /** "HH:MM" of minutes from midnight. */
  clock: (minute: number) => string;
}

export function batchLines(
  results: Results,
  per: string,
  words: ReportWords,
  { label, poolOf, clock }: BatchTableHost,
): string[] {
  const steps = Object.entries(results.steps).filter(([, step]) => step.batch);
  if (steps.length === 0) return [];
  const columns = words.batchColumns;
  const rows = [
    [
      columns.step,
      '',
      columns.items,
      words.ci,
      columns.workHours,
      columns.doneAt,
      words.ci,
      columns.poolOvertime,
    ],
  ];
  for (const [id, step] of steps) {
    const batch = step.batch!;
    const items = batch.items.ci95;
    const done = batch.doneAt;
    const poolId = poolOf(id);
    const overtime = poolId === undefined ? undefined : results.resources[poolId]?.overtime;
    rows.push([
      id,
      label(id),
      number(batch.items.mean),
      items ? `${number(items[0])}–${number(items[1])}` : '',
      number(batch.workMinutes.mean / 60, 2),
      done ? clock(done.mean) : '',
      done?.ci95 ? `${clock(done.ci95[0])}–${clock(done.ci95[1])}` : '',
      overtime ? number(overtime.hours.mean, 2) : '',
    ]);
  }
  return ['', fill(words.batches, { per }), ...textTable(rows)];
}
