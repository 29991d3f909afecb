/** Reads saved scenarios on start and writes them whenever they change. */
import { useEffect } from 'react';
import type { Scenario } from '../results/scenario.ts';
import { useRunStore } from './appRunStore.ts';
import {
  indexedDbScenarios,
  outdatedScenarios,
  scenariosFrom,
  type ScenarioStorage,
} from './scenarioStorage.ts';

export function useScenarioPersistence(storage: ScenarioStorage = defaultStorage()): void {
  useEffect(() => {
    let loaded = false;
    let cancelled = false;
    storage
      .read()
      .then((stored) => {
        if (cancelled) return;
        const saved = scenariosFrom(stored);
        const early = useRunStore.getState().scenarios;
        // Scenarios saved before the read finished come after the stored ones, and are kept.
        useRunStore.setState((state) => {
          state.scenarios = [...saved, ...state.scenarios] as typeof state.scenarios;
          state.outdatedScenarios = outdatedScenarios(stored);
        });
        if (early.length > 0)
          void storage.write(useRunStore.getState().scenarios as Scenario[]).catch(() => undefined);
      })
      .catch(() => undefined) // storage blocked: scenarios then last as long as the page
      .finally(() => (loaded = true));
    const unsubscribe = useRunStore.subscribe((state, before) => {
      if (!loaded || state.scenarios === before.scenarios) return;
      void storage.write(state.scenarios as Scenario[]).catch(() => undefined);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [storage]);
}

let shared: ScenarioStorage | undefined;
function defaultStorage(): ScenarioStorage {
  return (shared ??= indexedDbScenarios());
}
