/**
 * A back-test under way or done: started in the calibration worker (calibrationClient.ts)
 * with the blueprint it tests, its progress, Cancel, and the outcome with the blueprint
 * it was run on (so the dialog can say when the fits changed since). Closing the dialog
 * ends a back-test under way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Blueprint } from '../../../model/index.ts';
import {
  type BacktestHandle,
  type BacktestRunOutcome,
  startBacktest,
} from '../calibrationClient.ts';
import type { BacktestProgress, BacktestRequest } from '../workerApi.ts';

export interface BacktestRun {
  progress: BacktestProgress | null;
  outcome: BacktestRunOutcome | null;
  /** The blueprint the outcome is of. */
  ranOn: Blueprint | null;
  start: (file: File, blueprint: Blueprint, request: BacktestRequest) => void;
  cancel: () => void;
}

export function useBacktestRun(): BacktestRun {
  const [progress, setProgress] = useState<BacktestProgress | null>(null);
  const [outcome, setOutcome] = useState<BacktestRunOutcome | null>(null);
  const [ranOn, setRanOn] = useState<Blueprint | null>(null);
  const handle = useRef<BacktestHandle | null>(null);

  useEffect(() => () => handle.current?.cancel(), []);

  const start = useCallback((file: File, blueprint: Blueprint, request: BacktestRequest) => {
    handle.current?.cancel();
    setOutcome(null);
    setProgress({ phase: 'reading', done: 0, total: file.size });
    const started = startBacktest(file, blueprint, request, setProgress);
    handle.current = started;
    void started.outcome.then((result) => {
      if (handle.current !== started) return; // cancelled, or a newer run replaced this one
      handle.current = null;
      setProgress(null);
      setOutcome(result);
      setRanOn(blueprint);
    });
  }, []);

  const cancel = useCallback(() => {
    const current = handle.current;
    if (current === null) return;
    handle.current = null;
    current.cancel();
    setProgress(null);
    setOutcome({ kind: 'cancelled' });
    setRanOn(null);
  }, []);

  return { progress, outcome, ranOn, start, cancel };
}
