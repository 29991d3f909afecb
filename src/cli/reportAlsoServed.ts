/**
 * The report's table of pools that also serve other queues, when idle (`alsoServes`) or
 * before their own (`servesFirst`, marked): the customers each took from them, their
 * share of those served there and its time with them.
 */
import type { Blueprint } from '../model/index.ts';
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { interval, itemTable, number, percent } from './reportTable.ts';

function queuesServed(blueprint: Blueprint, id: string, words: ReportWords): string[] {
  const pool = blueprint.resources?.find((r) => r.id === id);
  return [
    ...(pool?.servesFirst ?? []).map((other) => fill(words.servedFirst, { pool: other })),
    ...(pool?.alsoServes ?? []),
  ];
}

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
      queuesServed(blueprint, id, words).join(', '),
      number(served.customers.mean),
      interval(served.customers.ci95),
      percent(served.share.mean),
      percent(served.utilization.mean),
    ],
  );
}
