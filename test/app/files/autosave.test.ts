/** Autosave: the stored record, the start-up decision and the debounced writer. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  recoverStoredWork,
  startAutosave,
  useRecoveryNotice,
} from '../../../src/app/files/autosave.ts';
import {
  AUTOSAVE_RECORD_VERSION,
  decodeAutosave,
  encodeAutosave,
  planRecovery,
} from '../../../src/app/files/autosaveRecord.ts';
import { memoryStorage } from '../../../src/app/files/autosaveStorage.ts';
import { newDocument } from '../../../src/app/files/newBlueprint.ts';
import { FIELD_DRAFT_DELAY_MS } from '../../../src/app/inspector/fieldEditGroups.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore } from '../../../src/app/store/blueprintStore.ts';
import { serializeBlueprint } from '../../../src/model/index.ts';
import { exampleFiles } from '../blueprints.ts';

const catalog = buildCatalog(exampleFiles());
const newStore = () => createBlueprintStore(catalog, 'counter-deposit');
const NOW = new Date('2026-03-01T09:30:00.000Z');

function renameTo(store: ReturnType<typeof newStore>, name: string): void {
  store.getState().edit((draft) => {
    draft.name = name;
  });
}

describe('the autosave record', () => {
  it('round-trips through decode', () => {
    const document = newStore().getState().document;
    const record = encodeAutosave(document, true, NOW)!;
    expect(record).toMatchObject({
      recordVersion: AUTOSAVE_RECORD_VERSION,
      origin: { kind: 'example', exampleId: 'counter-deposit' },
      savedAt: NOW.toISOString(),
      unsaved: true,
    });
    expect(record.text).toBe(serializeBlueprint(document!.blueprint!));
    expect(decodeAutosave(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('has nothing to keep without a blueprint', () => {
    expect(encodeAutosave(null, false, NOW)).toBeNull();
  });

  it('rejects values it did not write', () => {
    const good = encodeAutosave(newDocument(), false, NOW)!;
    for (const bad of [
      null,
      'text',
      [],
      { ...good, recordVersion: 99 },
      { ...good, text: 42 },
      { ...good, origin: { kind: 'elsewhere' } },
      { ...good, origin: { kind: 'file' } },
      { ...good, savedAt: 'yesterday' },
      { ...good, unsaved: 'yes' },
    ]) {
      expect(decodeAutosave(bad)).toBeNull();
    }
  });
});

describe('what start-up does with stored work', () => {
  const current = newStore().getState().document;

  it('keeps the current document when nothing is stored', () => {
    expect(planRecovery(undefined, current)).toEqual({ kind: 'keep-current', forget: false });
  });

  it('forgets a stored value that is not a record, or not a blueprint any more', () => {
    expect(planRecovery({ junk: true }, current)).toEqual({ kind: 'keep-current', forget: true });
    const broken = { ...encodeAutosave(newDocument(), true, NOW)!, text: 'not json' };
    expect(planRecovery(broken, current)).toEqual({ kind: 'keep-current', forget: true });
  });

  it('does not recover an untouched example or the document already open', () => {
    const otherExample = catalog.find((entry) => entry.id !== 'counter-deposit')!;
    const example = encodeAutosave(
      { ...current!, origin: { kind: 'example', exampleId: otherExample.id } },
      false,
      NOW,
    );
    expect(planRecovery(example, current).kind).toBe('keep-current');
    const same = encodeAutosave({ ...current!, origin: { kind: 'new' } }, true, NOW);
    expect(planRecovery(same, current).kind).toBe('keep-current');
  });

  it('recovers other work as "recovered", saying whether it was unsaved', () => {
    const plan = planRecovery(encodeAutosave(newDocument(), true, NOW), current);
    expect(plan).toMatchObject({
      kind: 'recover',
      unsaved: true,
      savedAt: NOW.toISOString(),
      document: { origin: { kind: 'recovered' }, fileName: 'new-blueprint.json' },
    });
    if (plan.kind === 'recover') expect(plan.document.blueprint?.id).toBe('new-blueprint');
  });
});

describe('the autosave writer and recovery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    useRecoveryNotice.setState({ savedAt: null, discard: null });
  });

  it('writes once, 300 ms after the last of several edits', async () => {
    const store = newStore();
    const storage = memoryStorage();
    const write = vi.spyOn(storage, 'write');
    const autosave = startAutosave(store, storage);
    renameTo(store, 'One');
    await vi.advanceTimersByTimeAsync(200);
    renameTo(store, 'Two');
    await vi.advanceTimersByTimeAsync(200);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(write).toHaveBeenCalledTimes(1);
    expect(decodeAutosave(storage.value)).toMatchObject({ unsaved: true });
    expect(decodeAutosave(storage.value)!.text).toContain('"name": "Two"');
    autosave.stop();
  });

  it('writes at once when flushed (the page is closing)', () => {
    const store = newStore();
    const storage = memoryStorage();
    const autosave = startAutosave(store, storage);
    renameTo(store, 'Closing');
    autosave.flush();
    expect(decodeAutosave(storage.value)!.text).toContain('Closing');
    autosave.stop();
  });

  it('flush resolves only once storage has the write (a reload waits for it)', async () => {
    const store = newStore();
    let finishWrite: () => void = () => undefined;
    const written: unknown[] = [];
    const slowStorage = {
      ...memoryStorage(),
      write: (value: unknown) =>
        new Promise<void>((resolve) => {
          finishWrite = () => {
            written.push(value);
            resolve();
          };
        }),
    };
    const autosave = startAutosave(store, slowStorage);
    renameTo(store, 'Before reload');
    let flushed = false;
    const flushing = autosave.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    finishWrite();
    await flushing;
    expect(written).toHaveLength(1);
    // Nothing pending: a second flush resolves at once without writing again.
    await autosave.flush();
    expect(written).toHaveLength(1);
    autosave.stop();
  });

  it('stores text committed while a field is typed, and recovers it', async () => {
    const store = newStore();
    const storage = memoryStorage();
    const autosave = startAutosave(store, storage);
    // What an inspector field does at each pause in typing: commit into its edit group.
    for (const text of ['Half', 'Half-finished']) {
      store.getState().editInGroup('name-field#0', () => renameTo(store, text));
      await vi.advanceTimersByTimeAsync(FIELD_DRAFT_DELAY_MS);
    }
    expect(decodeAutosave(storage.value)!.text).toContain('"name": "Half-finished"');
    autosave.stop();

    // The browser dies before the field is left; the next start has the text back.
    const restarted = newStore();
    expect(await recoverStoredWork(restarted, storage)).toBe(true);
    expect(restarted.getState().document!.blueprint!.name).toBe('Half-finished');
  });

  it('restores stored work, still unsaved, and can discard it', async () => {
    const store = newStore();
    const example = store.getState().document!;
    const edited = newStore();
    renameTo(edited, 'Half-finished');
    const storage = memoryStorage(encodeAutosave(edited.getState().document, true, NOW));

    expect(await recoverStoredWork(store, storage)).toBe(true);
    const state = store.getState();
    expect(state.document!.origin).toEqual({ kind: 'recovered' });
    expect(state.document!.blueprint!.name).toBe('Half-finished');
    expect(state.savedBlueprint).not.toBe(state.document!.blueprint);
    expect(useRecoveryNotice.getState().savedAt).toBe(NOW.toISOString());

    useRecoveryNotice.getState().discard!();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().document).toBe(example);
    expect(storage.value).toBeUndefined();
    expect(useRecoveryNotice.getState().savedAt).toBeNull();
  });

  it('keeps other work aside when the address asks for an example, and opens it on request', async () => {
    // A designer's unsaved new blueprint is stored; the trainer's demo link names the deposit.
    const own = newDocument();
    const stored = encodeAutosave(own, true, NOW);
    const storage = memoryStorage(stored);
    const aside = memoryStorage();
    const store = newStore();
    const example = store.getState().document;

    const options = { requestedExample: 'counter-deposit', aside };
    expect(await recoverStoredWork(store, storage, options)).toBe(false);
    expect(store.getState().document).toBe(example);
    expect(aside.value).toEqual(stored);
    expect(storage.value).toBeUndefined();
    const notice = useRecoveryNotice.getState();
    expect(notice.savedAt).toBe(NOW.toISOString());

    notice.openAside!();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().document!.blueprint!.name).toEqual(own.blueprint!.name);
    expect(store.getState().document!.origin).toEqual({ kind: 'recovered' });
    expect(aside.value).toBeUndefined();
    expect(useRecoveryNotice.getState().savedAt).toBeNull();
  });

  it('recovers edits to the very example the address names', async () => {
    const edited = newStore();
    renameTo(edited, 'Deposit, edited');
    const storage = memoryStorage(encodeAutosave(edited.getState().document, true, NOW));
    const aside = memoryStorage();
    const store = newStore();
    const options = { requestedExample: 'counter-deposit', aside };
    expect(await recoverStoredWork(store, storage, options)).toBe(true);
    expect(store.getState().document!.blueprint!.name).toBe('Deposit, edited');
    expect(aside.value).toBeUndefined();
    expect(useRecoveryNotice.getState().openAside).toBeNull();
  });

  it('offers work kept aside at a later start, and can discard it', async () => {
    const aside = memoryStorage(encodeAutosave(newDocument(), true, NOW));
    const store = newStore();
    const example = store.getState().document;
    expect(await recoverStoredWork(store, memoryStorage(), { aside })).toBe(false);
    expect(store.getState().document).toBe(example);
    expect(useRecoveryNotice.getState().openAside).not.toBeNull();
    useRecoveryNotice.getState().discard!();
    await vi.advanceTimersByTimeAsync(0);
    expect(aside.value).toBeUndefined();
    expect(store.getState().document).toBe(example);
  });

  it('leaves a fresh start alone', async () => {
    const store = newStore();
    const before = store.getState().document;
    expect(await recoverStoredWork(store, memoryStorage())).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().documentSerial).toBe(0);
  });
});
