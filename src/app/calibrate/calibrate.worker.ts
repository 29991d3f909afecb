/** The Web Worker that reads and fits a branch log, or back-tests against it, off the page's thread (calibrationJob.ts, backtestJob.ts). */
import { expose } from 'comlink';
import { runBacktestJob } from './backtestJob.ts';
import { runCalibrationJob } from './calibrationJob.ts';
import type { CalibrateWorkerApi } from './workerApi.ts';

const api: CalibrateWorkerApi = {
  calibrate: (file, blueprint, request, report) =>
    runCalibrationJob(file, blueprint, request, report),
  backtest: (file, blueprint, request, report) => runBacktestJob(file, blueprint, request, report),
};

expose(api);
