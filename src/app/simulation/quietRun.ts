/**
 * Runs for the staffing helper: in the workers like any run, but they leave the latest
 * results alone (a search makes many trial runs). Starting a trial cancels the one before,
 * so a cancelled search stops its workers at the next trial or when the panel closes.
 */
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { startRun, type RunHandle } from './runClient.ts';
import { type RunOptions, withoutMonth } from './workerApi.ts';

export interface QuietRunner {
  run: (variant: Blueprint) => Promise<Results>;
  stop: () => void;
}

export function quietRunner(options: () => RunOptions): QuietRunner {
  let current: RunHandle | null = null;
  return {
    run: async (variant) => {
      current?.cancel();
      const handle = startRun(variant, withoutMonth(options()), () => undefined);
      current = handle;
      const outcome = await handle.outcome;
      if (current === handle) current = null;
      if (outcome.kind === 'done') return outcome.results;
      throw new Error(outcome.kind === 'failed' ? outcome.message : 'cancelled');
    },
    stop: () => {
      current?.cancel();
      current = null;
    },
  };
}
