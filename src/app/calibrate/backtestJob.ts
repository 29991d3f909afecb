/**
 * The worker's back-test, apart from the worker so that tests run it directly: the log's
 * tickets streamed from a Blob into the observed hour-by-hour waits, then the blueprint
 * simulated for the chosen number of days and compared (src/calibrate/backtest, the code
 * `blueprint-lab backtest` runs). Progress in bytes while reading, in days while
 * simulating, at most every REPORT_EVERY_MS. Cancelling is the page's: it ends the worker.
 */
import {
  DEFAULT_BIN_MINUTES,
  HourlyWaits,
  runBacktest,
  waitRecordOf,
} from '../../calibrate/backtest/index.ts';
import { readLog, streamChunks } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';
import { RunBudgetError } from '../../sim/budget.ts';
import { SimulationError } from '../../sim/compile.ts';
import { FILE_READ_ERRORS, REPORT_EVERY_MS } from './calibrationJob.ts';
import type { BacktestJobOutcome, BacktestProgress, BacktestRequest } from './workerApi.ts';

export async function runBacktestJob(
  file: Blob,
  blueprint: Blueprint,
  request: BacktestRequest,
  report: (progress: BacktestProgress) => void,
  now: () => number = () => performance.now(),
): Promise<BacktestJobOutcome> {
  let last = -Infinity;
  const throttled = (progress: BacktestProgress) => {
    const at = now();
    if (at - last < REPORT_EVERY_MS && progress.done < progress.total) return;
    last = at;
    report(progress);
  };
  const observed = new HourlyWaits(DEFAULT_BIN_MINUTES);
  const { read: settings } = request;
  let read;
  try {
    read = await readLog(
      streamChunks(file.stream()),
      {
        ...(settings.map === undefined ? {} : { map: settings.map }),
        timeZone: settings.timeZone,
        ...(settings.dateOrder === undefined ? {} : { dateOrder: settings.dateOrder }),
        onProgress: (bytes) => throttled({ phase: 'reading', done: bytes, total: file.size }),
      },
      { onTicket: (record) => observed.add(waitRecordOf(record)) },
    );
  } catch (error) {
    if (error instanceof Error && FILE_READ_ERRORS.has(error.name))
      return { kind: 'unreadable', message: error.message };
    throw error;
  }
  if (!read.ok) return { kind: 'problem', problem: { code: 'not-mapped' } };
  const { summary } = read;
  if (summary.kind !== 'queue') return { kind: 'problem', problem: { code: 'event-log' } };
  if (summary.used === 0)
    return {
      kind: 'problem',
      problem: { code: 'no-tickets', params: { rows: summary.rows, skipped: summary.skipped } },
    };

  try {
    const backtest = runBacktest(blueprint, observed.summary(), {
      queueStep: request.queueStep,
      ticketAt: request.ticketAt,
      seed: request.seed,
      days: request.days,
      onProgress: (done, total) => throttled({ phase: 'simulating', done, total }),
    });
    return {
      kind: 'done',
      result: {
        comparison: backtest.comparison,
        unfinished: backtest.unfinished,
        queueStep: request.queueStep,
        ticketAt: request.ticketAt,
        seed: request.seed,
      },
    };
  } catch (error) {
    if (error instanceof SimulationError)
      return {
        kind: 'problem',
        problem: { code: 'cannot-simulate', params: { reason: error.message } },
      };
    if (error instanceof RunBudgetError)
      return {
        kind: 'problem',
        problem: { code: 'run-budget', params: { limit: error.problem.code } },
      };
    throw error;
  }
}
