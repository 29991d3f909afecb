/**
 * Where autosave keeps its one record. A tiny interface so that tests use a fake in
 * memory; the browser's is IndexedDB (through idb-keyval), which unlike localStorage
 * is not limited to a few megabytes and does not block the page while writing.
 */
import { createStore, del, get, set } from 'idb-keyval';

export interface AutosaveStorage {
  /** The stored value, or undefined when there is none. */
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  clear(): Promise<void>;
}

export const AUTOSAVE_DB_NAME = 'blueprint-lab';
export const AUTOSAVE_STORE_NAME = 'autosave';
export const AUTOSAVE_KEY = 'current';
/** Work put aside when the address asked for another blueprint (autosave never writes it). */
export const ASIDE_KEY = 'set-aside';

export function indexedDbStorage(key = AUTOSAVE_KEY): AutosaveStorage {
  const store = createStore(AUTOSAVE_DB_NAME, AUTOSAVE_STORE_NAME);
  return {
    read: () => get(key, store),
    write: (value) => set(key, value, store),
    clear: () => del(key, store),
  };
}

/** For tests, and for browsers where IndexedDB is blocked: keeps the record in memory. */
export function memoryStorage(initial?: unknown): AutosaveStorage & { value: unknown } {
  const storage = {
    value: initial,
    read: () => Promise.resolve(storage.value),
    write: (value: unknown) => {
      storage.value = value;
      return Promise.resolve();
    },
    clear: () => {
      storage.value = undefined;
      return Promise.resolve();
    },
  };
  return storage;
}
