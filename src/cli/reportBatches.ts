/**
 * The report's table of steps done as one batch a day (`batch`): nobody waits for their
 * pile, so they leave the wait points and show here what they are, the items, the pool's
 * work on them, when the day's pile was done and the pool's overtime.
 */
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { interval, itemTable, number } from './reportTable.ts';

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
  const columns = words.batchColumns;
  return itemTable(
    fill(words.batches, { per }),
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
    Object.entries(results.steps).flatMap(([id, step]) =>
      step.batch ? [{ id, batch: step.batch }] : [],
    ),
    ({ id, batch }) => {
      const done = batch.doneAt;
      const poolId = poolOf(id);
      const overtime = poolId === undefined ? undefined : results.resources[poolId]?.overtime;
      return [
        id,
        label(id),
        number(batch.items.mean),
        interval(batch.items.ci95),
        number(batch.workMinutes.mean / 60, 2),
        done ? clock(done.mean) : '',
        interval(done?.ci95, clock),
        overtime ? number(overtime.hours.mean, 2) : '',
      ];
    },
  );
}
