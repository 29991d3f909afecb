/**
 * The back-test as text for the terminal: the hour-by-hour table (log against model,
 * with 95 % intervals and units), the missed hours named, the error figures. Columns are
 * aligned by display width, so Chinese headers (two columns a character) line up too.
 */
import {
  type BinComparison,
  type BinSummary,
  type Comparison,
  type Figure,
  type MeasureName,
  type Miss,
  MISS_RULE,
} from '../calibrate/backtest/index.ts';
import type { BacktestWords } from './backtestWords.ts';
import { fill } from './fillText.ts';
import { displayWidth } from './textTable.ts';

export function clock(minute: number): string {
  const m = Math.round(minute);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const minutes = (value: number): string => value.toFixed(2);
const percent = (value: number): string => (value * 100).toFixed(1);

function figureText(figure: Figure | undefined, format: (value: number) => string): string {
  if (!figure || figure.value === null) return '—';
  const ci = figure.ci95 ? ` (${format(figure.ci95[0])}–${format(figure.ci95[1])})` : '';
  return `${format(figure.value)}${ci}`;
}

const FORMAT: Record<MeasureName, (value: number) => string> = {
  meanWait: minutes,
  p90Wait: minutes,
  abandonment: percent,
};

function side(summary: BinSummary | null, measure: MeasureName): string {
  return figureText(summary?.[measure], FORMAT[measure]);
}

function missCell(bin: BinComparison, words: BacktestWords): string {
  if (!bin.judged) return `(${words.notJudged})`;
  return bin.misses.map((miss) => words.measure[miss.measure]).join(', ');
}

function missText(bin: BinComparison, miss: Miss, words: BacktestWords): string {
  const format = FORMAT[miss.measure];
  const withUnit = (value: number) =>
    miss.measure === 'abandonment'
      ? `${format(value)} %`
      : fill(words.minutes, { value: format(value) });
  return `  ${fill(words.missLine, {
    hours: `${clock(bin.from)}–${clock(bin.to)}`,
    measure: words.measure[miss.measure],
    log: withUnit(miss.observed),
    model: withUnit(miss.simulated),
    direction: miss.direction === 'over' ? words.over : words.under,
  })}`;
}

export function comparisonTable(comparison: Comparison, words: BacktestWords): string {
  const { columns } = words;
  const header = [
    columns.hours,
    `${columns.tickets}`,
    '',
    columns.meanWait,
    '',
    columns.p90Wait,
    '',
    columns.abandonment,
    '',
    columns.miss,
  ];
  const sides = [
    '',
    columns.log,
    columns.model,
    columns.log,
    columns.model,
    columns.log,
    columns.model,
    columns.log,
    columns.model,
    '',
  ];
  const rows = comparison.bins.map((bin) => [
    `${clock(bin.from)}–${clock(bin.to)}`,
    bin.observed?.ticketsPerDay.value?.toFixed(1) ?? '—',
    bin.simulated?.ticketsPerDay.value?.toFixed(1) ?? '—',
    side(bin.observed, 'meanWait'),
    side(bin.simulated, 'meanWait'),
    side(bin.observed, 'p90Wait'),
    side(bin.simulated, 'p90Wait'),
    side(bin.observed, 'abandonment'),
    side(bin.simulated, 'abandonment'),
    missCell(bin, words),
  ]);
  // A group header spans its two columns: put it over the first and let the second widen.
  const widths = sides.map((_, column) =>
    Math.max(...[sides, ...rows].map((row) => displayWidth(row[column]!))),
  );
  for (let column = 1; column < header.length - 1; column += 2) {
    const span = widths[column]! + 2 + widths[column + 1]!;
    const extra = displayWidth(header[column]!) - span;
    if (extra > 0) widths[column + 1]! += extra;
  }
  const padded = (row: string[]) =>
    row.map((cell, i) => cell + ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell))));
  const groupLine = header.reduce((line, cell, column) => {
    if (column === 0) return cell + ' '.repeat(widths[0]! - displayWidth(cell));
    if (column % 2 === 1 && column < header.length - 1) {
      const span = widths[column]! + 2 + widths[column + 1]!;
      return `${line}  ${cell}${' '.repeat(Math.max(0, span - displayWidth(cell)))}`;
    }
    return column === header.length - 1 ? `${line}  ${cell}` : line;
  }, '');
  return [
    `  ${groupLine}`.trimEnd(),
    ...[sides, ...rows].map((row) => `  ${padded(row).join('  ')}`.trimEnd()),
  ].join('\n');
}

export interface ReportHeading {
  blueprint: string;
  log: string;
  first: string;
  last: string;
  days: number;
  used: number;
  skipped: number;
  step: string;
  label: string;
  chosenBy: 'user' | 'wait-point';
  simulatedDays: number;
  seed: number;
  unfinished: number;
}

export function formatBacktest(
  comparison: Comparison,
  heading: ReportHeading,
  words: BacktestWords,
): string {
  const lines = [
    fill(words.title, heading as unknown as Record<string, string | number>),
    fill(words.queueStep, {
      step: heading.step,
      label: heading.label,
      how: words.chosenBy[heading.chosenBy],
      days: heading.simulatedDays,
      seed: heading.seed,
    }),
    '',
    comparisonTable(comparison, words),
    '',
  ];
  const missed = comparison.bins.flatMap((bin) =>
    bin.misses.map((miss) => missText(bin, miss, words)),
  );
  if (comparison.errors.judgedBins === 0)
    lines.push(fill(words.noneJudged, { tickets: MISS_RULE.minTickets, days: MISS_RULE.minDays }));
  else if (missed.length === 0) lines.push(words.noMisses);
  else lines.push(words.missesTitle, ...missed);
  const { errors } = comparison;
  const { observed, simulated } = errors.overall;
  const number = (value: number | null, format: (v: number) => string) =>
    value === null ? '—' : format(value);
  lines.push('', words.errors);
  // Over no judged hour there is no error to average.
  if (errors.judgedBins > 0)
    lines.push(
      `  ${fill(words.maeLine, {
        judged: errors.judgedBins,
        meanWait: number(errors.meanAbsoluteError.meanWait, minutes),
        p90Wait: number(errors.meanAbsoluteError.p90Wait, minutes),
        abandonment: number(errors.meanAbsoluteError.abandonment, percent),
      })}`,
    );
  lines.push(
    `  ${fill(words.overallLine, {
      logWait: number(observed.meanWait, minutes),
      modelWait: number(simulated.meanWait, minutes),
      logShare: `${number(observed.abandonment, percent)} %`,
      modelShare: `${number(simulated.abandonment, percent)} %`,
      logTickets: observed.ticketsPerDay.toFixed(1),
      modelTickets: simulated.ticketsPerDay.toFixed(1),
    })}`,
  );
  if (heading.unfinished > 0)
    lines.push(`  ${fill(words.unfinished, { count: heading.unfinished })}`);
  lines.push('', words.rule, '');
  return lines.join('\n');
}
