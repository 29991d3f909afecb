/** The one run store the app uses: runs go to Web Workers (runClient.ts). */
import { startRun } from './runClient.ts';
import { createRunStore } from './runStore.ts';

export const useRunStore = createRunStore(startRun);
