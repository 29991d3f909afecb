/**
 * Autosave's copy for a page that is going away. IndexedDB writes are asynchronous, and
 * one started as the page unloads (a reload within the autosave's delay of an edit) may
 * be dropped with the page: the edit was lost. localStorage writes at once, so the page's
 * last record goes there too when it hides; the next start-up takes whichever copy is the
 * newer and moves it into IndexedDB, where it stays until IndexedDB has a newer one.
 */
import { decodeAutosave } from './autosaveRecord.ts';
import type { AutosaveStorage } from './autosaveStorage.ts';

/** The part of `Storage` (window.localStorage) used here; tests pass a Map-backed one. */
export interface SyncStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const LAST_GASP_KEY = 'blueprint-lab.autosave-on-unload';

export interface LastGaspStorage extends AutosaveStorage {
  /** Keeps `value` synchronously, for a page that may be gone before a promise settles. */
  writeNow(value: unknown): void;
}

/** When the record was stored; -Infinity for anything that is not a record. */
function savedAtOf(value: unknown): number {
  const record = decodeAutosave(value);
  return record ? Date.parse(record.savedAt) : -Infinity;
}

export function withLastGasp(
  main: AutosaveStorage,
  local: SyncStore,
  key = LAST_GASP_KEY,
): LastGaspStorage {
  const readLocal = (): unknown => {
    try {
      const text = local.getItem(key);
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  };
  const forgetLocal = () => {
    try {
      local.removeItem(key);
    } catch {
      // Blocked storage: nothing was kept there either.
    }
  };
  return {
    async read() {
      const stored = await main.read();
      const kept = readLocal();
      if (kept === undefined) return stored;
      if (savedAtOf(kept) > savedAtOf(stored)) {
        // Into IndexedDB before the copy goes: a second reload must find it there.
        await main.write(kept);
        forgetLocal();
        return kept;
      }
      forgetLocal();
      return stored;
    },
    async write(value) {
      await main.write(value);
      if (savedAtOf(readLocal()) <= savedAtOf(value)) forgetLocal();
    },
    async clear() {
      forgetLocal();
      await main.clear();
    },
    writeNow(value) {
      try {
        local.setItem(key, JSON.stringify(value));
      } catch {
        // Full or blocked: the IndexedDB write under way may still land.
      }
    },
  };
}
