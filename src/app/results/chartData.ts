/**
 * Data for the charts, shaped outside React so it can be tested without a browser: the
 * histogram of time in system and each pool's queue and utilisation over the run.
 */
import type { Results } from '../../sim/index.ts';
import { clockTime } from './format.ts';
import { ownValue } from '../../model/index.ts';

export interface Binned {
  binMinutes: number;
  counts: number[];
}

export interface HistogramBar {
  /** Lower edge in minutes. */
  from: number;
  /** Upper edge in minutes; null for the last bin, which also holds everything above. */
  to: number | null;
  label: string;
  count: number;
  /** Share of all customers, 0..1. */
  share: number;
}

/** Rounds away binary noise (0.1 + 0.2) in the bin edges. */
function edge(value: number): number {
  return Number(value.toFixed(6));
}

export function histogramBars(histogram: Binned): HistogramBar[] {
  const total = histogram.counts.reduce((sum, count) => sum + count, 0);
  const last = histogram.counts.length - 1;
  return histogram.counts.map((count, k) => {
    const from = edge(k * histogram.binMinutes);
    const to = k === last ? null : edge((k + 1) * histogram.binMinutes);
    return {
      from,
      to,
      label: to === null ? `≥ ${from}` : `${from}–${to}`,
      count,
      share: total > 0 ? count / total : 0,
    };
  });
}

export interface HistogramSummary {
  total: number;
  /** The fullest bar, or null when there is no observation. */
  peak: HistogramBar | null;
}

export function histogramSummary(bars: HistogramBar[]): HistogramSummary {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const peak = bars.reduce<HistogramBar | null>(
    (best, bar) => (bar.count > 0 && (best === null || bar.count > best.count) ? bar : best),
    null,
  );
  return { total, peak };
}

export interface SeriesPoint {
  /** Minutes on the run's clock at the start of the bin. */
  minute: number;
  /** HH:MM in a business day; minutes in a steady-state run (its clock is not a time of day). */
  label: string;
  /** Busy units over capacity in percent; null where the bin has no value. */
  utilizationPercent: number | null;
  queueLength: number | null;
}

export function timeAxisLabel(minute: number, mode: Results['run']['mode']): string {
  return mode === 'day' ? clockTime(minute) : String(Math.round(minute));
}

export function poolSeries(results: Results, poolId: string): SeriesPoint[] {
  const { start, binMinutes } = results.series;
  const series = ownValue(results.series.resources, poolId);
  if (!series) return [];
  const length = Math.max(series.utilization.length, series.queueLength.length);
  return Array.from({ length }, (_, k) => {
    const minute = start + k * binMinutes;
    const utilization = series.utilization[k] ?? null;
    return {
      minute,
      label: timeAxisLabel(minute, results.run.mode),
      utilizationPercent: utilization === null ? null : utilization * 100,
      queueLength: series.queueLength[k] ?? null,
    };
  });
}

export interface SeriesSummary {
  /** The bin with the highest utilisation and the one with the longest queue; null without data. */
  busiest: SeriesPoint | null;
  longestQueue: SeriesPoint | null;
}

function highest(
  points: SeriesPoint[],
  value: (point: SeriesPoint) => number | null,
): SeriesPoint | null {
  return points.reduce<SeriesPoint | null>((best, point) => {
    const v = value(point);
    if (v === null) return best;
    return best === null || v > value(best)! ? point : best;
  }, null);
}

export function seriesSummary(points: SeriesPoint[]): SeriesSummary {
  return {
    busiest: highest(points, (point) => point.utilizationPercent),
    longestQueue: highest(points, (point) => point.queueLength),
  };
}
