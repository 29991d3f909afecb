/**
 * What the calibration worker offers the page (through comlink): two jobs, a log read and
 * fitted against a blueprint (progress in bytes), and a back-test of a blueprint against
 * the log (progress in bytes, then in simulated days). Only plain data crosses: the File
 * itself (browsers clone it by reference, not by content), the blueprint, the settings,
 * and the outcome.
 */
import type { Comparison, TicketMoment } from '../../calibrate/backtest/index.ts';
import type { CalibrateLogOutcome } from '../../calibrate/index.ts';
import type { DateOrder, LogMap } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';

/** What the user chose in the dialog; everything else is read from the file. */
export interface CalibrationRequest {
  /** The confirmed map; absent on the first read, which uses the header's suggestion. */
  map?: LogMap;
  binMinutes: number;
  timeZone: string;
  dateOrder?: DateOrder;
}

export interface ReadProgress {
  bytes: number;
  size: number;
}

export type CalibrationJobOutcome =
  | { kind: 'read'; outcome: CalibrateLogOutcome }
  /** The file could not be read at all (it went away, the browser refused): the reason as given. */
  | { kind: 'unreadable'; message: string };

export interface BacktestRequest {
  /** How to read the log: the dialog's map, time zone and date order (its bins are not used: the back-test goes hour by hour). */
  read: CalibrationRequest;
  /** The step whose queue the tickets stand for (chooseQueueStep). */
  queueStep: string;
  ticketAt: TicketMoment;
  /** Simulated business days, one replication each. */
  days: number;
  seed: number;
}

export type BacktestProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'simulating'; done: number; total: number };

/** Why a back-test could not be made, as codes the dialog words. */
export type BacktestProblem =
  | { code: 'event-log' }
  | { code: 'not-mapped' }
  | { code: 'no-tickets'; params: { rows: number; skipped: number } }
  | { code: 'cannot-simulate'; params: { reason: string } }
  | { code: 'run-budget'; params: { limit: string } };

export interface BacktestResult {
  comparison: Comparison;
  /** Simulated customers still waiting for the call when their day ended (not measured). */
  unfinished: number;
  queueStep: string;
  ticketAt: TicketMoment;
  seed: number;
}

export type BacktestJobOutcome =
  | { kind: 'done'; result: BacktestResult }
  | { kind: 'problem'; problem: BacktestProblem }
  | { kind: 'unreadable'; message: string };

export interface CalibrateWorkerApi {
  calibrate(
    file: Blob,
    blueprint: Blueprint,
    request: CalibrationRequest,
    report: (progress: ReadProgress) => void,
  ): Promise<CalibrationJobOutcome>;
  backtest(
    file: Blob,
    blueprint: Blueprint,
    request: BacktestRequest,
    report: (progress: BacktestProgress) => void,
  ): Promise<BacktestJobOutcome>;
}
