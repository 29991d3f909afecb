/** The Web Worker that reads and fits a branch log, off the page's thread (calibrationJob.ts). */
import { expose } from 'comlink';
import { runCalibrationJob } from './calibrationJob.ts';
import type { CalibrateWorkerApi } from './workerApi.ts';

const api: CalibrateWorkerApi = {
  calibrate: (file, blueprint, request, report) =>
    runCalibrationJob(file, blueprint, request, report),
};

expose(api);
