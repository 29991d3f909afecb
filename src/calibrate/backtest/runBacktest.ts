/**
 * The back-test from the observed side's summary: the blueprint simulated for as many
 * business days as the log has, measured the same way, and compared (compare.ts).
 */
import type { Blueprint } from '../../model/schema/blueprint.ts';
import { type Comparison, compareHourly } from './compare.ts';
import { HourlyWaits, type HourlySummary } from './hourlyWaits.ts';
import { type TicketMoment, simulateTicketDays } from './simulatedTickets.ts';

export interface BacktestOptions {
  queueStep: string;
  /** When a simulated ticket is taken (default 'arrival', as in a queue-ticket log). */
  ticketAt?: TicketMoment;
  seed?: number;
  /** Simulated days (default: the log's days, at least 2 for an interval). */
  days?: number;
  onProgress?(done: number, total: number): void;
  shouldStop?(): boolean;
}

export interface Backtest {
  comparison: Comparison;
  simulated: HourlySummary;
  /** Simulated customers still waiting at the queue step when their day ended. */
  unfinished: number;
}

export function runBacktest(
  blueprint: Blueprint,
  observed: HourlySummary,
  options: BacktestOptions,
): Backtest {
  const waits = new HourlyWaits(observed.binMinutes);
  const run = simulateTicketDays(blueprint, {
    days: options.days ?? Math.max(2, observed.days),
    seed: options.seed,
    queueStep: options.queueStep,
    ticketAt: options.ticketAt,
    onTicket: (record) => waits.add(record),
    onProgress: options.onProgress,
    shouldStop: options.shouldStop,
  });
  for (let day = 0; day < run.days; day++) waits.addDay(day);
  const simulated = waits.summary();
  return { comparison: compareHourly(observed, simulated), simulated, unfinished: run.unfinished };
}
