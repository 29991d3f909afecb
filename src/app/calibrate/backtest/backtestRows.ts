/**
 * The back-test's comparison (src/calibrate/backtest) as the dialog shows it: the table's
 * rows with every figure formatted in its unit, the plot's points for one measure, the
 * missed hours as data to be worded, and the error figures. Pure: the components only lay
 * these out and word them.
 */
import {
  type BinComparison,
  type BinSummary,
  type Comparison,
  type Figure,
  MEASURES,
  type MeasureName,
  type Miss,
} from '../../../calibrate/backtest/index.ts';
import { clock } from '../format.ts';

/** A figure as shown: its value and its 95 % interval ("2.85", "2.40–3.31"), or a dash. */
export interface ShownFigure {
  value: string;
  interval: string | null;
}

export interface BacktestRow {
  /** "09:00–10:00" */
  hours: string;
  tickets: { log: string; model: string };
  figures: Record<MeasureName, { log: ShownFigure; model: ShownFigure }>;
  /** False: too few tickets on a side to call a miss. */
  judged: boolean;
  misses: MeasureName[];
}

export interface MissLine {
  hours: string;
  measure: MeasureName;
  /** Formatted in the measure's unit (minutes, or per cent). */
  log: string;
  model: string;
  direction: Miss['direction'];
}

export interface PlotPoint {
  hours: string;
  /** The log's value and the distances down and up to its interval's ends (for error bars). */
  log: number | null;
  logError: [number, number] | null;
  model: number | null;
  /** The model's 95 % band. */
  band: [number, number] | null;
  /** 1 where this measure misses, for the shaded column; else 0. */
  missed: number;
}

export const DASH = '—';

/** Minutes with two decimals, shares as per cent with one: fixed decimals line up in a column. */
export function formatMeasure(measure: MeasureName, value: number): string {
  return measure === 'abandonment' ? (value * 100).toFixed(1) : value.toFixed(2);
}

/** The value in the plot's unit: minutes, or per cent. */
function plotValue(measure: MeasureName, value: number): number {
  return measure === 'abandonment' ? value * 100 : value;
}

export function hoursOf(bin: { from: number; to: number }): string {
  return `${clock(bin.from)}–${clock(bin.to)}`;
}

function shown(measure: MeasureName, figure: Figure | undefined): ShownFigure {
  if (figure === undefined || figure.value === null) return { value: DASH, interval: null };
  const { ci95 } = figure;
  return {
    value: formatMeasure(measure, figure.value),
    interval:
      ci95 === null
        ? null
        : `${formatMeasure(measure, ci95[0])}–${formatMeasure(measure, ci95[1])}`,
  };
}

function tickets(summary: BinSummary | null): string {
  return summary === null || summary.ticketsPerDay.value === null
    ? DASH
    : summary.ticketsPerDay.value.toFixed(1);
}

function rowOf(bin: BinComparison): BacktestRow {
  const figures = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      {
        log: shown(measure, bin.observed?.[measure]),
        model: shown(measure, bin.simulated?.[measure]),
      },
    ]),
  ) as BacktestRow['figures'];
  return {
    hours: hoursOf(bin),
    tickets: { log: tickets(bin.observed), model: tickets(bin.simulated) },
    figures,
    judged: bin.judged,
    misses: bin.misses.map((miss) => miss.measure),
  };
}

export function backtestRows(comparison: Comparison): BacktestRow[] {
  return comparison.bins.map(rowOf);
}

/** Every miss, hour by hour, in the order of the measures. */
export function missLines(comparison: Comparison): MissLine[] {
  return comparison.bins.flatMap((bin) =>
    bin.misses.map((miss) => ({
      hours: hoursOf(bin),
      measure: miss.measure,
      log: formatMeasure(miss.measure, miss.observed),
      model: formatMeasure(miss.measure, miss.simulated),
      direction: miss.direction,
    })),
  );
}

export function plotPoints(comparison: Comparison, measure: MeasureName): PlotPoint[] {
  return comparison.bins.map((bin) => {
    const log = bin.observed?.[measure];
    const model = bin.simulated?.[measure];
    const logValue = log?.value == null ? null : plotValue(measure, log.value);
    const logCi = log?.ci95 ?? null;
    const modelCi = model?.ci95 ?? null;
    return {
      hours: hoursOf(bin).slice(0, 5),
      log: logValue,
      logError:
        logValue === null || logCi === null
          ? null
          : [logValue - plotValue(measure, logCi[0]), plotValue(measure, logCi[1]) - logValue],
      model: model?.value == null ? null : plotValue(measure, model.value),
      band:
        modelCi === null ? null : [plotValue(measure, modelCi[0]), plotValue(measure, modelCi[1])],
      missed: bin.misses.some((miss) => miss.measure === measure) ? 1 : 0,
    };
  });
}

/** The error summary's figures, formatted: minutes, minutes, percentage points. */
export function errorFigures(comparison: Comparison) {
  const { meanAbsoluteError: mae, overall, judgedBins } = comparison.errors;
  const or = (value: number | null, format: (value: number) => string) =>
    value === null ? DASH : format(value);
  const minutes = (value: number) => value.toFixed(2);
  const points = (value: number) => (value * 100).toFixed(1);
  return {
    judged: judgedBins,
    meanWait: or(mae.meanWait, minutes),
    p90Wait: or(mae.p90Wait, minutes),
    abandonment: or(mae.abandonment, points),
    logWait: or(overall.observed.meanWait, minutes),
    modelWait: or(overall.simulated.meanWait, minutes),
    logShare: or(overall.observed.abandonment, points),
    modelShare: or(overall.simulated.abandonment, points),
    logTickets: overall.observed.ticketsPerDay.toFixed(1),
    modelTickets: overall.simulated.ticketsPerDay.toFixed(1),
  };
}
