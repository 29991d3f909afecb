/**
 * Starts a calibration in a worker of its own and ends the worker when the job is done or
 * cancelled: terminating stops the reading at once, whatever chunk it is in, so Cancel
 * never waits. A worker that fails to start or dies is reported as a failure.
 */
import { proxy, wrap } from 'comlink';
import type { Blueprint } from '../../model/index.ts';
import type {
  CalibrateWorkerApi,
  CalibrationJobOutcome,
  CalibrationRequest,
  ReadProgress,
} from './workerApi.ts';

export type CalibrationRunOutcome =
  CalibrationJobOutcome | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface CalibrationHandle {
  outcome: Promise<CalibrationRunOutcome>;
  cancel: () => void;
}

export function startCalibration(
  file: File,
  blueprint: Blueprint,
  request: CalibrationRequest,
  onProgress: (progress: ReadProgress) => void,
): CalibrationHandle {
  let settled = false;
  let resolveCancel: (outcome: CalibrationRunOutcome) => void = () => undefined;
  const cancelled = new Promise<CalibrationRunOutcome>((resolve) => (resolveCancel = resolve));
  let worker: Worker | undefined;

  const run = async (): Promise<CalibrationRunOutcome> => {
    worker = new Worker(new URL('./calibrate.worker.ts', import.meta.url), {
      type: 'module',
      name: 'calibrate',
    });
    const crashed = new Promise<never>((_, reject) =>
      worker!.addEventListener('error', (event) =>
        reject(new Error(event.message || 'the calibration worker stopped')),
      ),
    );
    const api = wrap<CalibrateWorkerApi>(worker);
    const job = api.calibrate(
      file,
      blueprint,
      request,
      proxy((progress: ReadProgress) => {
        if (!settled) onProgress(progress);
      }),
    );
    return await Promise.race([job, crashed]);
  };

  const outcome = Promise.race([
    run().catch((error: unknown): CalibrationRunOutcome => ({
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
