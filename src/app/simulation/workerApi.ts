/**
 * What the simulation worker offers the app (through comlink): the engine's public API
 * wrapped in calls that take plain data and report progress through a callback.
 */
import type { Blueprint } from '../../model/index.ts';
import type { BudgetProblem, Results } from '../../sim/index.ts';

/** The run settings a user can override in the app. */
export interface RunOptions {
  replications?: number;
  seed?: number;
  /** One of the blueprint's day types, applied in the worker (none, or not the blueprint's: as drawn). */
  dayType?: string;
  /**
   * Every day type in turn, a month weighted by their days (monthRun.ts); `dayType` is then
   * not set. For runs of the open blueprint and its what-ifs (the month again with the
   * change); staffing trials run one day.
   */
  month?: boolean;
}

/** The options without the month: what a single day's run (or a staffing trial) takes. */
export function withoutMonth(options: RunOptions): RunOptions {
  const rest = { ...options };
  delete rest.month;
  return rest;
}

export interface PartProgress {
  /** Replications of this part finished. */
  done: number;
  /** The clock of the replication running now, minutes (after midnight on a business day). */
  clock: number | null;
}

export interface EventLogExport {
  csv: string;
  rows: number;
  /** True when the log was cut at its row limit. */
  truncated: boolean;
}

export interface SimulationWorkerApi {
  /**
   * Runs some replications and posts the part on `port`, straight to the combining
   * worker: a big run's per-replication data never passes through the page. Returns the
   * problem when the engine's run budget stopped the part (then nothing is posted).
   */
  runPartInto(
    blueprint: Blueprint,
    options: RunOptions & { first: number; count: number },
    report: (progress: PartProgress) => void,
    port: MessagePort,
  ): BudgetProblem | null;
  /** Waits for one part on each port and combines them. */
  combineFrom(blueprint: Blueprint, options: RunOptions, ports: MessagePort[]): Promise<Results>;
  /** The first replication's events as CSV, for process-mining tools. */
  eventLog(blueprint: Blueprint, options: RunOptions, maxRows: number): EventLogExport;
}
