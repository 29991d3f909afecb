/** The report's table of missed tickets (过号): per step that has them, what the calls came to. */
import type { Results } from '../sim/results.ts';
import { fill } from './fillText.ts';
import type { ReportWords } from './reportWords.ts';
import { textTable } from './textTable.ts';

const number = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');

export function missedCallLines(results: Results, per: string, words: ReportWords): string[] {
  const steps = Object.entries(results.steps).filter(([, step]) => step.missedCalls);
  if (steps.length === 0) return [];
  const columns = words.missedColumns;
  const rows = [
    [
      columns.step,
      columns.missed,
      words.ci,
      columns.ofCalls,
      columns.recalled,
      columns.lost,
      columns.callMinutes,
    ],
  ];
  for (const [id, step] of steps) {
    const missed = step.missedCalls!;
    const ci = missed.missed.ci95;
    rows.push([
      id,
      number(missed.missed.mean),
      ci ? `${number(ci[0])}–${number(ci[1])}` : '',
      `${(missed.share * 100).toFixed(1)} %`,
      number(missed.recalled.mean),
      number(missed.lost.mean),
      number(missed.callMinutes.mean),
    ]);
  }
  return ['', fill(words.missedCalls, { per }), ...textTable(rows)];
}
