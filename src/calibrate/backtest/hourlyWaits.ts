/**
 * The back-test's measure of a branch's day, the same for a log and for the simulator:
 * tickets streamed in one by one are counted per time-of-day bin (60 min unless chosen)
 * and per day, giving per bin the tickets a day, the mean and the 90th percentile of the
 * wait until the call, and the share of tickets abandoned, each with a 95 % interval
 * from the day-to-day spread (docs/backtest.md, "How the figures are measured").
 *
 * Memory grows with days × bins (one small histogram each), never with tickets.
 */
import { tQuantile975 } from '../../sim/stats/confidence.ts';
import { WaitHistogram } from './waitHistogram.ts';

/** One ticket as the back-test sees it, whether read from a log or simulated. */
export interface WaitRecord {
  /** Which day: a log's day number, a simulated replication. */
  day: number;
  /** Minutes after the day's midnight when the ticket was taken (past 1440 after midnight). */
  ticketAt: number;
  /** Minutes from the ticket to the call (the start of service); absent when not known. */
  wait?: number;
  /** The customer left before being served (过号, gave up, balked). */
  abandoned: boolean;
}

/** A figure of one bin: the value over all days together and its 95 % interval. */
export interface Figure {
  /** null when the bin has nothing to measure it by (no waits, no tickets). */
  value: number | null;
  /** Standard error from the day-to-day spread; null with fewer than two days. */
  standardError: number | null;
  /** The days the standard error rests on (its degrees of freedom are one fewer). */
  days: number;
  ci95: [number, number] | null;
}

export interface BinSummary {
  /** Minutes after midnight: the bin is [from, to). */
  from: number;
  to: number;
  tickets: number;
  /** Tickets with a known wait. */
  called: number;
  abandoned: number;
  ticketsPerDay: Figure;
  meanWait: Figure;
  p90Wait: Figure;
  /** Abandoned tickets ÷ tickets, 0 to 1. */
  abandonment: Figure;
}

export interface HourlySummary {
  binMinutes: number;
  days: number;
  /** The bins where any day had a ticket, in time order. */
  bins: BinSummary[];
}

interface DayCell {
  tickets: number;
  abandoned: number;
  called: number;
  waitSum: number;
  histogram: WaitHistogram | null;
}

interface BinCells {
  days: Map<number, DayCell>;
  pooled: WaitHistogram;
}

export const DEFAULT_BIN_MINUTES = 60;
const UPPER_LIMIT: Record<'wait' | 'share', number> = { wait: Infinity, share: 1 };

function figure(
  value: number | null,
  standardError: number | null,
  days: number,
  kind: 'wait' | 'share',
): Figure {
  if (value === null || standardError === null || days < 2)
    return { value, standardError: null, days, ci95: null };
  const half = tQuantile975(days - 1) * standardError;
  return {
    value,
    standardError,
    days,
    ci95: [Math.max(0, value - half), Math.min(UPPER_LIMIT[kind], value + half)],
  };
}

/**
 * A ratio Σy/Σx over days and its standard error by the ratio estimator (Cochran,
 * Sampling Techniques, 6.3): days are the independent units, a day's tickets are not.
 * Days without a ticket in the bin count, with y = x = 0.
 */
function ratio(
  pairs: readonly (readonly [number, number])[],
  days: number,
  kind: 'wait' | 'share',
): Figure {
  const sumY = pairs.reduce((sum, [y]) => sum + y, 0);
  const sumX = pairs.reduce((sum, [, x]) => sum + x, 0);
  if (sumX === 0) return figure(null, null, days, kind);
  const value = sumY / sumX;
  if (days < 2) return figure(value, null, days, kind);
  const residuals = pairs.reduce((sum, [y, x]) => sum + (y - value * x) ** 2, 0);
  const meanX = sumX / days;
  const standardError = Math.sqrt(residuals / (days - 1) / days) / meanX;
  return figure(value, standardError, days, kind);
}

/**
 * The p90 of all days' waits together and its standard error by the leave-one-day-out
 * jackknife (Efron and Tibshirani, An Introduction to the Bootstrap, 11.2): the pooled
 * p90 recomputed without each day in turn. Deleting whole days of many waits each keeps
 * it sound for a quantile, where deleting single waits would not be; averaging each
 * day's own p90 instead would rest on a handful of waits a day in a quiet hour.
 */
function pooledP90(cells: BinCells): Figure {
  const { pooled } = cells;
  if (pooled.total === 0) return figure(null, null, 0, 'wait');
  const value = pooled.quantile(0.9);
  const withWaits = [...cells.days.values()].flatMap((cell) => (cell.histogram ? [cell] : []));
  const n = withWaits.length;
  if (n < 2) return figure(value, null, n, 'wait');
  const leftOut = withWaits.map((cell) =>
    cell.histogram!.total === pooled.total ? value : pooled.quantile(0.9, cell.histogram!),
  );
  const mean = leftOut.reduce((sum, v) => sum + v, 0) / n;
  const variance = ((n - 1) / n) * leftOut.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return figure(value, Math.sqrt(variance), n, 'wait');
}

function meanOf(values: readonly number[], kind: 'wait' | 'share'): Figure {
  const n = values.length;
  if (n === 0) return figure(null, null, 0, kind);
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return figure(mean, null, n, kind);
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return figure(mean, Math.sqrt(variance / n), n, kind);
}

export class HourlyWaits {
  readonly binMinutes: number;
  private readonly bins = new Map<number, BinCells>();
  private readonly days = new Set<number>();

  constructor(binMinutes = DEFAULT_BIN_MINUTES) {
    if (!(binMinutes > 0 && binMinutes <= 1440))
      throw new RangeError(`bin width must be above 0 and at most 1440 minutes: ${binMinutes}`);
    this.binMinutes = binMinutes;
  }

  /** A day with no ticket still counts as a day: a quiet day is part of the spread. */
  addDay(day: number): void {
    this.days.add(day);
  }

  add(record: WaitRecord): void {
    this.days.add(record.day);
    const bin = Math.floor(record.ticketAt / this.binMinutes);
    let cells = this.bins.get(bin);
    if (!cells) {
      cells = { days: new Map(), pooled: new WaitHistogram() };
      this.bins.set(bin, cells);
    }
    let cell = cells.days.get(record.day);
    if (!cell) {
      cell = { tickets: 0, abandoned: 0, called: 0, waitSum: 0, histogram: null };
      cells.days.set(record.day, cell);
    }
    cell.tickets++;
    if (record.abandoned) cell.abandoned++;
    else if (record.wait !== undefined && Number.isFinite(record.wait) && record.wait >= 0) {
      cell.called++;
      cell.waitSum += record.wait;
      (cell.histogram ??= new WaitHistogram()).add(record.wait);
      cells.pooled.add(record.wait);
    }
  }

  summary(): HourlySummary {
    const days = this.days.size;
    const bins = [...this.bins.entries()]
      .sort(([a], [b]) => a - b)
      .map(([bin, cells]) => this.binSummary(bin, cells, days));
    return { binMinutes: this.binMinutes, days, bins };
  }

  private binSummary(bin: number, cells: BinCells, days: number): BinSummary {
    const dayCells = [...cells.days.values()];
    const ticketsByDay = dayCells.map((cell) => cell.tickets);
    // Days without a ticket in this bin had none: zeros in the mean a day.
    while (ticketsByDay.length < days) ticketsByDay.push(0);
    return {
      from: bin * this.binMinutes,
      to: (bin + 1) * this.binMinutes,
      tickets: dayCells.reduce((sum, cell) => sum + cell.tickets, 0),
      called: dayCells.reduce((sum, cell) => sum + cell.called, 0),
      abandoned: dayCells.reduce((sum, cell) => sum + cell.abandoned, 0),
      ticketsPerDay: meanOf(ticketsByDay, 'wait'),
      meanWait: ratio(
        dayCells.map((cell) => [cell.waitSum, cell.called] as const),
        days,
        'wait',
      ),
      p90Wait: pooledP90(cells),
      abandonment: ratio(
        dayCells.map((cell) => [cell.abandoned, cell.tickets] as const),
        days,
        'share',
      ),
    };
  }
}
