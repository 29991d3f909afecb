/**
 * Re-estimating while the user edits: wait until the edits pause (a debounce), send only
 * the latest blueprint, and drop any answer that an edit made since has outdated (latest
 * wins), so the list never flickers back to an older state.
 */
import type { Blueprint } from '../../model/index.ts';
import type { PoolEstimates } from '../../sim/index.ts';

export const ESTIMATE_DELAY_MS = 150;

export interface EstimateScheduler {
  /** Ask for an estimate of this blueprint (null: none; clears any pending request). */
  schedule(blueprint: Blueprint | null): void;
  /** Stop: pending timers are cleared and late answers ignored. */
  dispose(): void;
}

export interface EstimateSchedulerOptions {
  estimate: (blueprint: Blueprint) => Promise<PoolEstimates>;
  onResult: (result: PoolEstimates | null) => void;
  onError: (message: string) => void;
  /** Called when a request is waiting or under way (true) and when it is settled (false). */
  onPending?: (pending: boolean) => void;
  delayMs?: number;
}

export function createEstimateScheduler(options: EstimateSchedulerOptions): EstimateScheduler {
  const delay = options.delayMs ?? ESTIMATE_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Every schedule() call takes a new number; only the answer to the latest one is shown.
  let latest = 0;
  let disposed = false;

  const settle = (request: number, apply: () => void) => {
    if (disposed || request !== latest) return;
    options.onPending?.(false);
    apply();
  };

  return {
    schedule(blueprint) {
      if (disposed) return;
      const request = ++latest;
      clearTimeout(timer);
      if (blueprint === null) {
        options.onPending?.(false);
        options.onResult(null);
        return;
      }
      options.onPending?.(true);
      timer = setTimeout(() => {
        options.estimate(blueprint).then(
          (result) => settle(request, () => options.onResult(result)),
          (error: unknown) =>
            settle(request, () =>
              options.onError(error instanceof Error ? error.message : String(error)),
            ),
        );
      }, delay);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
