/**
 * The report's cost by class and outcome (src/sim/summaries/costParts.ts): per class and
 * for all, the cost with its idle share, per transaction, and per visit of each outcome.
 */
import type { ExitOutcome } from '../model/index.ts';
import type { CostShares, Results } from '../sim/results.ts';
import type { Estimate } from '../sim/stats/confidence.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import type { Money } from './reportTable.ts';
import { textTable } from './textTable.ts';

export function costLines(
  results: Results,
  per: string,
  words: ReportWords,
  inCurrency: Money,
): string[] {
  const all = results.system.cost;
  if (!all) return [];
  const money = (value: Estimate | undefined): string => (value ? inCurrency(value.mean, 2) : '—');
  const columns = words.costColumns;
  const outcomes = Object.keys(results.system.outcomes) as ExitOutcome[];
  const rows = [
    [
      columns.who,
      columns.cost,
      columns.perServed,
      columns.busy,
      columns.idle,
      columns.background,
      ...outcomes.map((outcome) => fill(columns.perOutcome, { outcome: words.outcome[outcome] })),
      columns.perAbandoned,
    ],
  ];
  const row = (who: string, cost: CostShares & { total: Estimate; perServed: Estimate }) => [
    who,
    money(cost.total),
    money(cost.perServed),
    money(cost.busy),
    money(cost.idle),
    money(cost.background),
    ...outcomes.map((outcome) => money(cost.outcomes[outcome]?.perVisit)),
    money(cost.abandoned.perVisit),
  ];
  const classes = Object.entries(results.classes);
  if (classes.length > 1)
    for (const [id, result] of classes) if (result.cost) rows.push(row(id, result.cost));
  rows.push(row(columns.all, all));
  return ['', fill(words.costByClass, { per }), ...textTable(rows), `  ${words.costNote}`];
}
