/** The one run store the app uses: runs go to Web Workers (runClient.ts), a month day type by day type. */
import { runsMonth, startMonthRun } from './monthRun.ts';
import { withoutMonth } from './workerApi.ts';
import { startRun } from './runClient.ts';
import { createRunStore } from './runStore.ts';

export const useRunStore = createRunStore((blueprint, options, onProgress) =>
  runsMonth(blueprint, options)
    ? startMonthRun(blueprint, options, onProgress, startRun)
    : startRun(blueprint, withoutMonth(options), onProgress),
);
