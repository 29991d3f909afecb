/**
 * The report's table of pools that also serve other queues when idle (`alsoServes`): the
 * customers each took from them, their share of those served there and its time with them.
 */
import type { Blueprint } from '../model/index.ts';
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { textTable } from './textTable.ts';

const number = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');
const percent = (value: number): string =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';

export function alsoServedLines(
  blueprint: Blueprint,
  results: Results,
  per: string,
  words: ReportWords,
): string[] {
  const pools = Object.entries(results.resources).filter(([, pool]) => pool.alsoServed);
  if (pools.length === 0) return [];
  const columns = words.alsoServedColumns;
  const rows = [
    [columns.pool, columns.queues, columns.customers, words.ci, columns.share, columns.time],
  ];
  for (const [id, pool] of pools) {
    const served = pool.alsoServed!;
    const ci = served.customers.ci95;
    const queues = blueprint.resources?.find((r) => r.id === id)?.alsoServes ?? [];
    rows.push([
      id,
      queues.join(', '),
      number(served.customers.mean),
      ci ? `${number(ci[0])}–${number(ci[1])}` : '',
      percent(served.share.mean),
      percent(served.utilization.mean),
    ]);
  }
  return ['', fill(words.alsoServed, { per }), ...textTable(rows)];
}
