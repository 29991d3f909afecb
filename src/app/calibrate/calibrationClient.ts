/**
 * Starts a job of the calibration worker (a calibration, a back-test) in a worker of its
 * own and ends the worker when the job is done or cancelled: terminating stops the job at
 * once, whatever chunk or simulated day it is in, so Cancel never waits. A worker that
 * fails to start or dies is reported as a failure.
 */
import { type Remote, proxy, wrap } from 'comlink';
import type { Blueprint } from '../../model/index.ts';
import type {
  BacktestJobOutcome,
  BacktestProgress,
  BacktestRequest,
  CalibrateWorkerApi,
  CalibrationJobOutcome,
  CalibrationRequest,
  ReadProgress,
} from './workerApi.ts';

type Stopped = { kind: 'cancelled' } | { kind: 'failed'; message: string };

export type CalibrationRunOutcome = CalibrationJobOutcome | Stopped;
export type BacktestRunOutcome = BacktestJobOutcome | Stopped;

export interface WorkerJobHandle<T> {
  outcome: Promise<T | Stopped>;
  cancel: () => void;
}

export type CalibrationHandle = WorkerJobHandle<CalibrationJobOutcome>;
export type BacktestHandle = WorkerJobHandle<BacktestJobOutcome>;

/**
 * Runs `call` against a new calibration worker. `live()` is false once the job is settled
 * or cancelled: progress arriving after that is dropped.
 */
function startWorkerJob<T>(
  call: (api: Remote<CalibrateWorkerApi>, live: () => boolean) => Promise<T>,
): WorkerJobHandle<T> {
  let settled = false;
  let resolveCancel: (outcome: Stopped) => void = () => undefined;
  const cancelled = new Promise<Stopped>((resolve) => (resolveCancel = resolve));
  let worker: Worker | undefined;

  const run = async (): Promise<T> => {
    worker = new Worker(new URL('./calibrate.worker.ts', import.meta.url), {
      type: 'module',
      name: 'calibrate',
    });
    const crashed = new Promise<never>((_, reject) =>
      worker!.addEventListener('error', (event) =>
        reject(new Error(event.message || 'the calibration worker stopped')),
      ),
    );
    return await Promise.race([call(wrap<CalibrateWorkerApi>(worker), () => !settled), crashed]);
  };

  const outcome = Promise.race([
    run().catch((error: unknown): Stopped => ({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    })),
    cancelled,
  ]).then((result) => {
    settled = true;
    worker?.terminate();
    return result;
  });

  return {
    outcome,
    cancel: () => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      resolveCancel({ kind: 'cancelled' });
    },
  };
}

export function startCalibration(
  file: File,
  blueprint: Blueprint,
  request: CalibrationRequest,
  onProgress: (progress: ReadProgress) => void,
): CalibrationHandle {
  return startWorkerJob<CalibrationJobOutcome>((api, live) =>
    api.calibrate(
      file,
      blueprint,
      request,
      proxy((progress: ReadProgress) => {
        if (live()) onProgress(progress);
      }),
    ),
  );
}

export function startBacktest(
  file: File,
  blueprint: Blueprint,
  request: BacktestRequest,
  onProgress: (progress: BacktestProgress) => void,
): BacktestHandle {
  return startWorkerJob<BacktestJobOutcome>((api, live) =>
    api.backtest(
      file,
      blueprint,
      request,
      proxy((progress: BacktestProgress) => {
        if (live()) onProgress(progress);
      }),
    ),
  );
}
