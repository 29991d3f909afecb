/**
 * An edit made just before a reload survives it: the page going away hands the record
 * IndexedDB has not confirmed to localStorage, synchronously, and the next start-up takes
 * the newer of the two copies (lastGasp.ts, startAutosave's unload).
 */
import { describe, expect, it } from 'vitest';
import { startAutosave } from '../../../src/app/files/autosave.ts';
import { encodeAutosave, type AutosaveRecord } from '../../../src/app/files/autosaveRecord.ts';
import { memoryStorage, type AutosaveStorage } from '../../../src/app/files/autosaveStorage.ts';
import { LAST_GASP_KEY, withLastGasp, type SyncStore } from '../../../src/app/files/lastGasp.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore } from '../../../src/app/store/blueprintStore.ts';
import { exampleFiles } from '../blueprints.ts';

const catalog = buildCatalog(exampleFiles());

function mapStore(): SyncStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function record(name: string, at: string): AutosaveRecord {
  const store = createBlueprintStore(catalog, 'counter-deposit');
  store.getState().edit((draft) => {
    draft.name = name;
  });
  return encodeAutosave(store.getState().document, true, new Date(at))!;
}

const older = record('Older', '2026-03-01T09:00:00.000Z');
const newer = record('Newer', '2026-03-01T09:00:01.000Z');

describe('the copy kept as the page goes away', () => {
  it('wins at start-up when newer, and moves into IndexedDB before it goes', async () => {
    const main = memoryStorage(older);
    const local = mapStore();
    const storage = withLastGasp(main, local);
    storage.writeNow(newer);
    expect(await storage.read()).toEqual(newer);
    expect(main.value).toEqual(newer);
    expect(local.map.has(LAST_GASP_KEY)).toBe(false);
    // A second reload finds it in IndexedDB.
    expect(await withLastGasp(main, local).read()).toEqual(newer);
  });

  it('is dropped when IndexedDB has something newer, or when it is not a record', async () => {
    const local = mapStore();
    withLastGasp(memoryStorage(), local).writeNow(older);
    expect(await withLastGasp(memoryStorage(newer), local).read()).toEqual(newer);
    expect(local.map.size).toBe(0);
    local.setItem(LAST_GASP_KEY, '{not json');
    expect(await withLastGasp(memoryStorage(newer), local).read()).toEqual(newer);
  });

  it('goes once IndexedDB confirms the same or a newer record, and with a discard', async () => {
    const local = mapStore();
    const storage = withLastGasp(memoryStorage(), local);
    storage.writeNow(newer);
    await storage.write(older);
    expect(local.map.has(LAST_GASP_KEY)).toBe(true);
    await storage.write(newer);
    expect(local.map.has(LAST_GASP_KEY)).toBe(false);
    storage.writeNow(newer);
    await storage.clear();
    expect(local.map.size).toBe(0);
  });
});

describe('autosave as the page goes away', () => {
  /** IndexedDB as a page going away sees it: writes that never finish. */
  const neverWrites: AutosaveStorage = {
    read: () => Promise.resolve(undefined),
    write: () => new Promise<void>(() => {}),
    clear: () => Promise.resolve(),
  };

  it('hands over the edit made within the delay, which IndexedDB has not confirmed', () => {
    const store = createBlueprintStore(catalog, 'counter-deposit');
    const autosave = startAutosave(store, neverWrites, 10_000);
    store.getState().edit((draft) => {
      draft.name = 'Renamed just before the reload';
    });
    const kept: AutosaveRecord[] = [];
    autosave.unload((value) => kept.push(value));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.text).toContain('Renamed just before the reload');
    autosave.stop();
  });

  it('hands over nothing once storage has the last edit', async () => {
    const store = createBlueprintStore(catalog, 'counter-deposit');
    const autosave = startAutosave(store, memoryStorage(), 10_000);
    store.getState().edit((draft) => {
      draft.name = 'Stored';
    });
    await autosave.flush();
    const kept: AutosaveRecord[] = [];
    autosave.unload((value) => kept.push(value));
    expect(kept).toEqual([]);
    autosave.stop();
  });
});
