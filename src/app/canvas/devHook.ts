/**
 * A door for scripts and end-to-end tests, in development builds only: read the store
 * and open a generated blueprint (scripts/measure-drag.ts opens a 300-step one).
 * Production builds drop it, as `import.meta.env.DEV` is false there.
 */
import { loadBlueprintValue } from '../../model/index.ts';
import type { BlueprintState, BlueprintStore } from '../store/blueprintStore.ts';

export interface BlueprintLabDevHook {
  getState: () => BlueprintState;
  /** Opens a blueprint given as JSON text or a value; returns false when it cannot be read. */
  openBlueprint: (json: unknown) => boolean;
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
  };
}
