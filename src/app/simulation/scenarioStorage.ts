/**
 * Saved scenarios outlive the page: they are kept in IndexedDB (their own database, so
 * autosave's is never touched) and read back on start. What comes back is checked: a
 * scenario whose blueprint no longer loads, or whose results are of another format
 * version, is left out rather than shown wrong.
 */
import { createStore, get, set } from 'idb-keyval';
import { loadBlueprintValue } from '../../model/index.ts';
import { MONTH_FORMAT, MONTH_VERSION, type Month } from '../../analysis/month.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type Results } from '../../sim/index.ts';
import type { Scenario } from '../results/scenario.ts';

export interface ScenarioStorage {
  read(): Promise<unknown>;
  write(scenarios: readonly Scenario[]): Promise<void>;
}

export function indexedDbScenarios(): ScenarioStorage {
  const store = createStore('blueprint-lab-scenarios', 'scenarios');
  return {
    read: () => get('all', store),
    write: (scenarios) => set('all', scenarios, store),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isResults(value: unknown): value is Results {
  return isRecord(value) && value.format === RESULTS_FORMAT && value.version === RESULTS_VERSION;
}

/** A month kept with a scenario: of this format version, and every day's results current. */
function isMonth(value: unknown): value is Month {
  return (
    isRecord(value) &&
    value.format === MONTH_FORMAT &&
    value.version === MONTH_VERSION &&
    Array.isArray(value.dayTypes) &&
    value.dayTypes.every((day: unknown) => isRecord(day) && isResults(day.results))
  );
}

/**
 * How many stored scenarios hold results of an older format version (version 1 counted
 * every exit as served and cannot say which visits were rejected): they are left out, and
 * the scenarios view says so rather than dropping them silently.
 */
export function outdatedScenarios(stored: unknown): number {
  if (!Array.isArray(stored)) return 0;
  return stored.filter((item) => {
    if (!isRecord(item) || !isRecord(item.results)) return false;
    const { format, version } = item.results;
    return format === RESULTS_FORMAT && typeof version === 'number' && version < RESULTS_VERSION;
  }).length;
}

/** The stored scenarios that still make sense, in order. */
export function scenariosFrom(stored: unknown): Scenario[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item): Scenario[] => {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string') return [];
    const loaded = loadBlueprintValue(item.blueprint);
    if (!loaded.ok || !isResults(item.results)) return [];
    const createdAt = typeof item.createdAt === 'string' ? item.createdAt : '';
    return [
      {
        id: item.id,
        name: item.name,
        createdAt,
        blueprint: loaded.blueprint,
        results: item.results,
        // A month that no longer reads is left out, keeping the day that was shown.
        ...(isMonth(item.month) ? { month: item.month } : {}),
        ...(typeof item.variant === 'string' && item.variant ? { variant: item.variant } : {}),
      },
    ];
  });
}
