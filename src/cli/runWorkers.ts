/**
 * `simulate --jobs N`: the replications split into N contiguous ranges, each run by a
 * worker thread; the main thread only waits for messages, draws the combined progress
 * and, on Ctrl-C, stops the workers at once. The ranges' parts combine to exactly the
 * results of one run of them all (replication r draws from its own streams).
 */
import { Worker } from 'node:worker_threads';
import type { Blueprint } from '../model/index.ts';
import { RunBudgetError } from '../sim/budget.ts';
import type { RunPart } from '../sim/simulate.ts';
import type { LogOutcome, LogTarget } from './eventLog.ts';
import { Interrupted, OutputError } from './io.ts';
import type { Progress } from './progress.ts';
import type { ReplicationRange, RunSettings } from './runReplications.ts';
import type { WorkerInput, WorkerMessage } from './workerMessages.ts';

const ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/** `total` replications in `parts` contiguous ranges, as even as whole numbers allow. */
export function splitReplications(total: number, parts: number): ReplicationRange[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  let first = 0;
  return Array.from({ length: parts }, (_, i) => {
    const count = base + (i < extra ? 1 : 0);
    const range = { first, count };
    first += count;
    return range;
  });
}

export interface WorkersResult {
  parts: RunPart[];
  log?: LogOutcome;
}

/** A worker's error as the main thread's own, so it ends the command the same way. */
export function errorFromWorker(message: Extract<WorkerMessage, { type: 'failed' }>): Error {
  if (message.output) return new OutputError(message.message);
  if (message.budget) return new RunBudgetError(message.budget);
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}

export function runInWorkers(
  blueprint: Blueprint,
  settings: RunSettings,
  ranges: readonly ReplicationRange[],
  log: LogTarget | undefined,
  progress: Progress | undefined,
): Promise<WorkersResult> {
  const workers: Worker[] = [];
  let onInterrupt = () => {};
  const finished = new Promise<WorkersResult>((resolve, reject) => {
    const result: WorkersResult = { parts: [] };
    let running = ranges.length;
    let settled = false;
    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    onInterrupt = () => stop(new Interrupted('interrupted'));
    ranges.forEach((range, index) => {
      const input: WorkerInput = { blueprint, settings, range };
      if (log && range.first === 0) input.log = log;
      const worker = new Worker(ENTRY, { workerData: input });
      workers.push(worker);
      let answered = false;
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'done') progress?.replicationsDone(index, message.count);
        else if (message.type === 'clock') progress?.clock(index, message.minutes);
        else if (message.type === 'failed') stop(errorFromWorker(message));
        else {
          answered = true;
          result.parts.push(...message.parts);
          if (message.log) result.log = message.log;
          if (--running === 0) {
            settled = true;
            resolve(result);
          }
        }
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (!answered) stop(new Error(`a simulation worker stopped (exit code ${code})`));
      });
    });
  });
  process.once('SIGINT', onInterrupt);
  return finished.finally(() => process.off('SIGINT', onInterrupt));
}
