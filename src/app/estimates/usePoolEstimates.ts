/**
 * Live instant estimates for the blueprint being edited, computed in a Web Worker so the
 * main thread never waits: re-estimated ~150 ms after the edits pause, latest wins.
 */
import { type Remote, releaseProxy, wrap } from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { Blueprint } from '../../model/index.ts';
import type { PoolEstimates } from '../../sim/index.ts';
import type { EstimatesApi } from './estimates.worker.ts';
import { type EstimateScheduler, createEstimateScheduler } from './estimateScheduler.ts';

export interface PoolEstimatesState {
  /** The latest estimate; null before the first one or with no blueprint. */
  result: PoolEstimates | null;
  /** A newer estimate is on its way. */
  pending: boolean;
  /** The worker failed (the app keeps working without estimates). */
  error: string | null;
}

/** Starts the estimates worker; one per mounted hook, ended when it unmounts. */
function startWorker(): { estimate: (b: Blueprint) => Promise<PoolEstimates>; stop: () => void } {
  const worker = new Worker(new URL('./estimates.worker.ts', import.meta.url), { type: 'module' });
  const remote: Remote<EstimatesApi> = wrap<EstimatesApi>(worker);
  return {
    estimate: (blueprint) => remote.estimate(blueprint),
    stop: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

export function usePoolEstimates(blueprint: Blueprint | null): PoolEstimatesState {
  const [state, setState] = useState<PoolEstimatesState>({
    result: null,
    pending: false,
    error: null,
  });
  const scheduler = useRef<EstimateScheduler | null>(null);

  useEffect(() => {
    let worker: ReturnType<typeof startWorker>;
    try {
      worker = startWorker();
    } catch (error) {
      // No workers here (an old or locked-down browser): every estimate reports why.
      worker = { estimate: () => Promise.reject(error), stop: () => undefined };
    }
    const created = createEstimateScheduler({
      estimate: worker.estimate,
      onResult: (result) => setState({ result, pending: false, error: null }),
      onError: (message) =>
        setState((previous) => ({ ...previous, pending: false, error: message })),
      onPending: (pending) => setState((previous) => ({ ...previous, pending })),
    });
    scheduler.current = created;
    return () => {
      created.dispose();
      worker.stop();
      scheduler.current = null;
    };
  }, []);

  useEffect(() => {
    scheduler.current?.schedule(blueprint);
  }, [blueprint]);

  return state;
}
