/**
 * The report's table of flows taken by a queue's length (the lobby manager's diversion,
 * `when`): how many each sent on, and what share of those it read the line for.
 */
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { interval, itemTable, number, percent } from './reportTable.ts';

export function diversionLines(results: Results, per: string, words: ReportWords): string[] {
  const columns = words.diversionColumns;
  return itemTable(
    fill(words.diversions, { per }),
    [columns.flow, columns.rule, columns.diverted, words.ci, columns.ofChecked],
    Object.entries(results.diversions ?? {}),
    ([id, diversion]) => [
      id,
      fill(words.queueRule, { step: diversion.queueAt, count: String(diversion.atLeast) }),
      number(diversion.taken.mean),
      interval(diversion.taken.ci95),
      percent(diversion.share.mean),
    ],
  );
}
