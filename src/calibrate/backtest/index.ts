/**
 * The back-test (docs/backtest.md): a blueprint simulated over a log's business days and
 * measured the same way as the log, hour by hour, with the hours where the model misses.
 * Pure TypeScript: no DOM, no Node.
 */
export { HourlyWaits, DEFAULT_BIN_MINUTES } from './hourlyWaits.ts';
export type { BinSummary, Figure, HourlySummary, WaitRecord } from './hourlyWaits.ts';
export { WaitHistogram } from './waitHistogram.ts';
export { chooseQueueStep } from './queueStep.ts';
export type { QueueStepChoice, QueueStepProblem } from './queueStep.ts';
export { TicketDays, TicketsFromEvents, simulateTicketDays } from './simulatedTickets.ts';
export type { SimulatedDays, SimulatedDaysOptions, TicketMoment } from './simulatedTickets.ts';
export { MEASURES, MISS_RULE, compareHourly } from './compare.ts';
export type {
  BinComparison,
  Comparison,
  Difference,
  ErrorFigures,
  MeasureName,
  Miss,
} from './compare.ts';
export { BacktestRun, runBacktest } from './runBacktest.ts';
export type { Backtest, BacktestOptions } from './runBacktest.ts';
export { waitRecordOf } from './observedTickets.ts';
