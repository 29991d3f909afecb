/** The report's table of missed tickets (过号): per step that has them, what the calls came to. */
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { interval, itemTable, number, percent } from './reportTable.ts';

export function missedCallLines(results: Results, per: string, words: ReportWords): string[] {
  const columns = words.missedColumns;
  return itemTable(
    fill(words.missedCalls, { per }),
    [
      columns.step,
      columns.missed,
      words.ci,
      columns.ofCalls,
      columns.recalled,
      columns.lost,
      columns.callMinutes,
    ],
    Object.entries(results.steps).flatMap(([id, step]) =>
      step.missedCalls ? [{ id, missed: step.missedCalls }] : [],
    ),
    ({ id, missed }) => [
      id,
      number(missed.missed.mean),
      interval(missed.missed.ci95),
      percent(missed.share),
      number(missed.recalled.mean),
      number(missed.lost.mean),
      number(missed.callMinutes.mean),
    ],
  );
}
