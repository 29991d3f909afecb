/**
 * A worker thread of `simulate --jobs N`: runs its range of replications and sends
 * progress (throttled) and then its parts back. Errors go back as messages; an output
 * that cannot be written is told apart, so the main thread can exit 4.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RunBudgetError } from '../sim/budget.ts';
import { OutputError } from './io.ts';
import { type RangeReport, runReplications } from './runReplications.ts';
import type { WorkerInput, WorkerMessage } from './workerMessages.ts';

/** Progress messages at most this often; the bar redraws at most this often anyway. */
const REPORT_EVERY_MS = 100;

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const input = workerData as WorkerInput;

let lastClock = -Infinity;
const report: RangeReport = {
  done: (count) => post({ type: 'done', count }),
  clock: (minutes) => {
    const now = performance.now();
    if (now - lastClock < REPORT_EVERY_MS) return;
    lastClock = now;
    post({ type: 'clock', minutes });
  },
};

try {
  const result = runReplications(input.blueprint, input.settings, input.range, input.log, report);
  post({ type: 'result', ...result });
} catch (error) {
  post({
    type: 'failed',
    output: error instanceof OutputError,
    ...(error instanceof RunBudgetError ? { budget: error.problem } : {}),
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
}
