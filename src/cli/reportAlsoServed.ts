/**
 * The report's table of pools that also serve other queues when idle (`alsoServes`): the
 * customers each took from them, their share of those served there and its time with them.
 */
import type { Blueprint } from '../model/index.ts';
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { interval, itemTable, number, percent } from './reportTable.ts';

export function alsoServedLines(
  blueprint: Blueprint,
  results: Results,
  per: string,
  words: ReportWords,
): string[] {
  const columns = words.alsoServedColumns;
  return itemTable(
    fill(words.alsoServed, { per }),
    [columns.pool, columns.queues, columns.customers, words.ci, columns.share, columns.time],
    Object.entries(results.resources).flatMap(([id, pool]) =>
      pool.alsoServed ? [{ id, served: pool.alsoServed }] : [],
    ),
    ({ id, served }) => [
      id,
      (blueprint.resources?.find((r) => r.id === id)?.alsoServes ?? []).join(', '),
      number(served.customers.mean),
      interval(served.customers.ci95),
      percent(served.share.mean),
      percent(served.utilization.mean),
    ],
  );
}
