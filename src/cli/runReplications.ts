/**
 * Runs a range of a run's replications in the current thread, the same way in the main
 * thread (`--jobs 1`) and in a worker: replication 1 alone first when it is in the range
 * and an event log is wanted (so the listener costs nothing in the others), then the
 * rest. Replication r always draws from its own random streams, so splitting a range
 * changes nothing in the results.
 */
import type { Blueprint } from '../model/index.ts';
import { type RunPart, type SimulateOptions, runPart } from '../sim/simulate.ts';
import { type LogOutcome, type LogTarget, createLogWriter } from './eventLog.ts';

export interface ReplicationRange {
  first: number;
  count: number;
}

/** The run's options that are plain data (callbacks are added per thread). */
export type RunSettings = Pick<SimulateOptions, 'replications' | 'seed' | 'horizon' | 'warmup'>;

export interface RangeReport {
  /** Replications of the range finished so far. */
  done(count: number): void;
  /** The clock of the replication under way. */
  clock(minutes: number): void;
}

export interface RangeResult {
  parts: RunPart[];
  log?: LogOutcome;
}

export function runReplications(
  blueprint: Blueprint,
  settings: RunSettings,
  range: ReplicationRange,
  log: LogTarget | undefined,
  report: RangeReport | undefined,
): RangeResult {
  const onClock = report ? (_: number, clock: number) => report.clock(clock) : undefined;
  const result: RangeResult = { parts: [] };
  let before = 0;
  if (log && range.first === 0 && range.count > 0) {
    const eventLog = createLogWriter(log, blueprint);
    result.parts.push(
      runPart(blueprint, {
        ...settings,
        first: 0,
        count: 1,
        onEvent: (row) => eventLog.add(row),
        onClock,
        onProgress: () => report?.done(1),
      }),
    );
    result.log = eventLog.finish();
    before = 1;
  }
  if (range.count > before) {
    result.parts.push(
      runPart(blueprint, {
        ...settings,
        first: range.first + before,
        count: range.count - before,
        onClock,
        onProgress: (done) => report?.done(before + done),
      }),
    );
  }
  return result;
}
