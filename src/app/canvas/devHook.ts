/**
 * A door for scripts and end-to-end tests, in development builds only: read the store
 * and open a generated blueprint (scripts/measure-drag.ts opens a 300-step one), and run
 * one in the app's workers, or make one area of the page fail (to test its error boundary).
 * Production builds drop it, as `import.meta.env.DEV` is false there.
 */
import { type Blueprint, loadBlueprintValue } from '../../model/index.ts';
import { type AppArea, useInjectedFault } from '../errors/AreaErrorBoundary.tsx';
import { startRun, type RunOutcome, type RunProgress } from '../simulation/runClient.ts';
import type { RunOptions } from '../simulation/workerApi.ts';
import type { BlueprintState, BlueprintStore } from '../store/blueprintStore.ts';

export interface BlueprintLabDevHook {
  getState: () => BlueprintState;
  /** Opens a blueprint given as JSON text or a value; returns false when it cannot be read. */
  openBlueprint: (json: unknown) => boolean;
  /** Runs a blueprint (JSON text) in the app's workers; resolves with the outcome and the progress seen. */
  runInWorkers: (
    json: string,
    options: RunOptions,
  ) => Promise<{ outcome: RunOutcome; progress: RunProgress[] }>;
  /** Makes the area throw on its next render (null: no more faults). */
  injectFault: (area: AppArea | null) => void;
}

declare global {
  interface Window {
    __blueprintLab?: BlueprintLabDevHook;
  }
}

export function installDevHook(store: BlueprintStore): void {
  if (!import.meta.env.DEV) return;
  window.__blueprintLab = {
    getState: () => store.getState(),
    openBlueprint: (json) => {
      const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
      const result = loadBlueprintValue(value);
      if (!result.ok) return false;
      store.getState().openDocument({
        origin: { kind: 'new' },
        blueprint: result.blueprint,
        findings: result.findings,
        fileName: 'generated.json',
      });
      return true;
    },
    runInWorkers: async (json, options) => {
      const progress: RunProgress[] = [];
      const handle = startRun(JSON.parse(json) as Blueprint, options, (p) => progress.push(p));
      return { outcome: await handle.outcome, progress };
    },
    injectFault: (area) => useInjectedFault.setState({ area }),
  };
}
