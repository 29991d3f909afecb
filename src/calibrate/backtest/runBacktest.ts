/**
 * The back-test from the observed side's summary: the blueprint simulated for as many
 * business days as the log has, measured the same way, and compared (compare.ts).
 */
import type { Blueprint } from '../../model/schema/blueprint.ts';
import { type Comparison, compareHourly } from './compare.ts';
import { HourlyWaits, type HourlySummary } from './hourlyWaits.ts';
import { TicketDays, type TicketMoment } from './simulatedTickets.ts';

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

/**
 * A back-test run a few days at a time (`simulate`), for a shell that takes its turn
 * between them; `result` compares what has been simulated. The same figures as one run.
 */
export class BacktestRun {
  /** The days to simulate. */
  readonly days: number;
  private readonly waits: HourlyWaits;
  private readonly tickets: TicketDays;

  constructor(
    blueprint: Blueprint,
    private readonly observed: HourlySummary,
    options: BacktestOptions,
  ) {
    this.days = options.days ?? Math.max(2, observed.days);
    const waits = new HourlyWaits(observed.binMinutes);
    this.waits = waits;
    this.tickets = new TicketDays(blueprint, {
      days: this.days,
      seed: options.seed,
      queueStep: options.queueStep,
      ticketAt: options.ticketAt,
      onTicket: (record) => waits.add(record),
      onProgress: options.onProgress,
      shouldStop: options.shouldStop,
    });
  }

  /** Days simulated so far. */
  get done(): number {
    return this.tickets.daysDone;
  }

  /** Simulates up to `count` more days (all that remain by default). */
  simulate(count = Infinity): void {
    this.tickets.run(count);
  }

  /** The comparison of the days simulated with the log. Call once, after the last `simulate`. */
  result(): Backtest {
    const run = this.tickets.finish();
    for (let day = 0; day < run.days; day++) this.waits.addDay(day);
    const simulated = this.waits.summary();
    return {
      comparison: compareHourly(this.observed, simulated),
      simulated,
      unfinished: run.unfinished,
    };
  }
}

export function runBacktest(
  blueprint: Blueprint,
  observed: HourlySummary,
  options: BacktestOptions,
): Backtest {
  const run = new BacktestRun(blueprint, observed, options);
  run.simulate();
  return run.result();
}
