/**
 * Observed against simulated, bin by bin, and the bins where the model misses
 * (docs/backtest.md, "When an hour is a miss"). A figure misses when both hold:
 *
 * - the difference is significant: the 95 % interval of observed − simulated (Welch:
 *   each side's standard error from its own days, Welch–Satterthwaite degrees of
 *   freedom) leaves out 0. Both sides are samples of days; asking only whether the
 *   observed value lies outside the simulated interval would ignore the observed side's
 *   own noise and call about one correct hour in six a miss;
 * - the difference is material: for a wait at least 1 min and at least 20 % of the
 *   simulated value (a 0.3 against 0.1 min is significant on many days but nobody
 *   staffs for it; 31 against 30 min is within what a model can promise); for the
 *   abandonment share at least 2 percentage points and at least 20 % of the simulated
 *   share.
 *
 * A bin with fewer than MIN_TICKETS tickets on either side, or fewer than two days, gets
 * no verdict (it is listed, not judged).
 */
import { tQuantile975 } from '../../sim/stats/confidence.ts';
import type { BinSummary, Figure, HourlySummary } from './hourlyWaits.ts';

export type MeasureName = 'meanWait' | 'p90Wait' | 'abandonment';
export const MEASURES: readonly MeasureName[] = ['meanWait', 'p90Wait', 'abandonment'];

export const MISS_RULE = {
  /** Minutes. */
  waitAbsolute: 1,
  /** Share of the simulated value. */
  waitRelative: 0.2,
  /** Share of tickets (percentage points ÷ 100). */
  abandonmentAbsolute: 0.02,
  abandonmentRelative: 0.2,
  minTickets: 10,
  /** Days a side needs in a bin for the bin to be judged. */
  minDays: 2,
} as const;

export interface Difference {
  /** observed − simulated. */
  value: number;
  ci95: [number, number] | null;
}

export interface Miss {
  measure: MeasureName;
  observed: number;
  simulated: number;
  difference: number;
  /** 'over': the log's figure is above the model's (the model under-reads). */
  direction: 'over' | 'under';
}

export interface BinComparison {
  from: number;
  to: number;
  observed: BinSummary | null;
  simulated: BinSummary | null;
  differences: Record<MeasureName, Difference | null>;
  /** False when the bin has too little data on a side to be judged. */
  judged: boolean;
  misses: Miss[];
}

export interface ErrorFigures {
  /** Mean over the judged bins of |observed − simulated|: minutes, minutes, share. */
  meanAbsoluteError: Record<MeasureName, number | null>;
  /** All tickets of the day together. */
  overall: {
    observed: { meanWait: number | null; abandonment: number | null; ticketsPerDay: number };
    simulated: { meanWait: number | null; abandonment: number | null; ticketsPerDay: number };
  };
  judgedBins: number;
  missedBins: number;
}

export interface Comparison {
  binMinutes: number;
  observedDays: number;
  simulatedDays: number;
  rule: typeof MISS_RULE;
  bins: BinComparison[];
  errors: ErrorFigures;
}

function difference(observed: Figure, simulated: Figure): Difference | null {
  if (observed.value === null || simulated.value === null) return null;
  const value = observed.value - simulated.value;
  const so = observed.standardError;
  const ss = simulated.standardError;
  if (so === null || ss === null) return { value, ci95: null };
  const variance = so * so + ss * ss;
  if (variance === 0) return { value, ci95: [value, value] };
  const degrees =
    (variance * variance) /
    ((so ** 4 || 0) / Math.max(1, observed.days - 1) +
      (ss ** 4 || 0) / Math.max(1, simulated.days - 1));
  const half = tQuantile975(Math.max(1, Math.floor(degrees))) * Math.sqrt(variance);
  return { value, ci95: [value - half, value + half] };
}

function isMaterial(measure: MeasureName, diff: number, simulated: number): boolean {
  const size = Math.abs(diff);
  const relative =
    size >=
    Math.abs(simulated) *
      (measure === 'abandonment' ? MISS_RULE.abandonmentRelative : MISS_RULE.waitRelative);
  const absolute =
    measure === 'abandonment'
      ? size >= MISS_RULE.abandonmentAbsolute
      : size >= MISS_RULE.waitAbsolute;
  return absolute && relative;
}

function enoughData(summary: BinSummary | null): summary is BinSummary {
  return (
    summary !== null &&
    summary.tickets >= MISS_RULE.minTickets &&
    summary.ticketsPerDay.days >= MISS_RULE.minDays
  );
}

function compareBin(
  from: number,
  to: number,
  observed: BinSummary | null,
  simulated: BinSummary | null,
): BinComparison {
  const differences = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      observed && simulated ? difference(observed[measure], simulated[measure]) : null,
    ]),
  ) as Record<MeasureName, Difference | null>;
  const judged = enoughData(observed) && enoughData(simulated);
  const misses: Miss[] = [];
  if (judged) {
    for (const measure of MEASURES) {
      const diff = differences[measure];
      const simulatedValue = simulated[measure].value;
      if (!diff?.ci95 || simulatedValue === null) continue;
      const significant = diff.ci95[0] > 0 || diff.ci95[1] < 0;
      if (significant && isMaterial(measure, diff.value, simulatedValue))
        misses.push({
          measure,
          observed: observed[measure].value!,
          simulated: simulatedValue,
          difference: diff.value,
          direction: diff.value > 0 ? 'over' : 'under',
        });
    }
  }
  return { from, to, observed, simulated, differences, judged, misses };
}

function overallOf(summary: HourlySummary): ErrorFigures['overall']['observed'] {
  let tickets = 0;
  let called = 0;
  let abandoned = 0;
  let waitSum = 0;
  for (const bin of summary.bins) {
    tickets += bin.tickets;
    called += bin.called;
    abandoned += bin.abandoned;
    waitSum += (bin.meanWait.value ?? 0) * bin.called;
  }
  return {
    meanWait: called > 0 ? waitSum / called : null,
    abandonment: tickets > 0 ? abandoned / tickets : null,
    ticketsPerDay: summary.days > 0 ? tickets / summary.days : 0,
  };
}

/** The two summaries must share the bin width. */
export function compareHourly(observed: HourlySummary, simulated: HourlySummary): Comparison {
  if (observed.binMinutes !== simulated.binMinutes)
    throw new RangeError('observed and simulated summaries have different bin widths');
  const width = observed.binMinutes;
  const byStart = (summary: HourlySummary) => new Map(summary.bins.map((bin) => [bin.from, bin]));
  const seen = byStart(observed);
  const modelled = byStart(simulated);
  const starts = [...new Set([...seen.keys(), ...modelled.keys()])].sort((a, b) => a - b);
  const bins = starts.map((from) =>
    compareBin(from, from + width, seen.get(from) ?? null, modelled.get(from) ?? null),
  );
  const judged = bins.filter((bin) => bin.judged);
  const meanAbsoluteError = Object.fromEntries(
    MEASURES.map((measure) => {
      const errors = judged.flatMap((bin) => {
        const diff = bin.differences[measure];
        return diff ? [Math.abs(diff.value)] : [];
      });
      return [measure, errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : null];
    }),
  ) as Record<MeasureName, number | null>;
  return {
    binMinutes: width,
    observedDays: observed.days,
    simulatedDays: simulated.days,
    rule: MISS_RULE,
    bins,
    errors: {
      meanAbsoluteError,
      overall: { observed: overallOf(observed), simulated: overallOf(simulated) },
      judgedBins: judged.length,
      missedBins: judged.filter((bin) => bin.misses.length > 0).length,
    },
  };
}
