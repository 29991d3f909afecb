/** New, the unsaved-work check and what an imported file leads to. */
import { describe, expect, it, vi } from 'vitest';
import { importFile, importOutcome } from '../../../src/app/files/importFile.ts';
import { createNewBlueprint, newDocument } from '../../../src/app/files/newBlueprint.ts';
import { hasUnsavedWork } from '../../../src/app/files/unsavedWork.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore } from '../../../src/app/store/blueprintStore.ts';
import {
  MAX_FILE_BYTES,
  loadBlueprintText,
  loadBlueprintValue,
  serializeBlueprint,
} from '../../../src/model/index.ts';
import { exampleFiles } from '../blueprints.ts';

const catalog = buildCatalog(exampleFiles());

function fakeFile(name: string, text: string, size = text.length) {
  return { name, size, text: vi.fn(() => Promise.resolve(text)) };
}

describe('a new blueprint', () => {
  it('is valid and has no problems', () => {
    const result = loadBlueprintValue(createNewBlueprint());
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(newDocument()).toMatchObject({
      origin: { kind: 'new' },
      fileName: 'new-blueprint.json',
    });
  });
});

describe('unsaved work', () => {
  it('appears with an edit and goes with a save or an undo', () => {
    const store = createBlueprintStore(catalog, 'counter-deposit');
    expect(hasUnsavedWork(store.getState())).toBe(false);
    store.getState().edit((draft) => {
      draft.name = 'Changed';
    });
    expect(hasUnsavedWork(store.getState())).toBe(true);
    store.getState().markSaved();
    expect(hasUnsavedWork(store.getState())).toBe(false);
    store.getState().edit((draft) => {
      draft.name = 'Again';
    });
    store.temporal.getState().undo();
    expect(hasUnsavedWork(store.getState())).toBe(false);
  });

  it('is none when nothing could be opened', () => {
    expect(hasUnsavedWork({ document: null, savedBlueprint: null })).toBe(false);
  });
});

describe('importing a file', () => {
  it('opens a readable file as a file document, with its findings', () => {
    const text = serializeBlueprint(createNewBlueprint());
    const outcome = importOutcome(loadBlueprintText(text), 'mine.json');
    expect(outcome).toMatchObject({
      kind: 'open',
      document: { origin: { kind: 'file', name: 'mine.json' }, fileName: 'mine.json' },
    });
  });

  it('opens a file with only semantic errors, listing them', async () => {
    const blueprint = {
      ...createNewBlueprint(),
      flows: [{ id: 'f1', from: 'nowhere', to: 'elsewhere' }],
    };
    const outcome = await importFile(fakeFile('semantic.json', JSON.stringify(blueprint)));
    expect(outcome.kind).toBe('open');
    if (outcome.kind === 'open') {
      expect(outcome.document.findings.some((finding) => finding.severity === 'error')).toBe(true);
    }
  });

  it('refuses text that is not JSON, saying where', async () => {
    const outcome = await importFile(fakeFile('notes.json', 'not json'));
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused') {
      expect(outcome.fileName).toBe('notes.json');
      expect(outcome.findings[0]!.code).toBe('json-syntax');
      expect(outcome.findings[0]!.line).toBe(1);
    }
  });

  it('refuses the wrong schema, naming the missing fields by path', async () => {
    const outcome = await importFile(
      fakeFile('partial.json', '{"format":"blueprint-lab","version":1}'),
    );
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused') {
      const text = outcome.findings.map((finding) => finding.path).join('\n');
      expect(text).toContain('$.id');
      expect(text).toContain('$.steps');
    }
  });

  it('reads through the loader it is given, whose result crosses to the page intact', async () => {
    // The app's loader runs in a worker: what it returns is structured-cloned back.
    const text = JSON.stringify({
      ...createNewBlueprint(),
      flows: [{ id: 'f1', from: 'nowhere', to: 'elsewhere' }],
    });
    const load = vi.fn((given: string) =>
      Promise.resolve(structuredClone(loadBlueprintText(given))),
    );
    const outcome = await importFile(fakeFile('cloned.json', text), load);
    expect(load).toHaveBeenCalledWith(text);
    expect(outcome).toEqual(await importFile(fakeFile('cloned.json', text)));
    expect(outcome.kind).toBe('open');
  });

  it('refuses binary content', async () => {
    const binary = String.fromCharCode(0, 159, 146, 150, 0, 255, 1, 2);
    const outcome = await importFile(fakeFile('picture.json', binary));
    expect(outcome.kind).toBe('refused');
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = fakeFile('huge.json', '{}', MAX_FILE_BYTES + 1);
    const outcome = await importFile(file);
    expect(file.text).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ kind: 'refused' });
    if (outcome.kind === 'refused')
      expect(outcome.findings[0]).toMatchObject({
        path: '$',
        code: 'too-large',
        params: { limit: 10 },
      });
  });

  it('keeps a script in a label as plain text', async () => {
    const label = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const blueprint = { ...createNewBlueprint(), name: label };
    const outcome = await importFile(fakeFile('hostile.json', JSON.stringify(blueprint)));
    expect(outcome.kind).toBe('open');
    if (outcome.kind === 'open') expect(outcome.document.blueprint?.name).toBe(label);
  });

  it('reports a file that cannot be read', async () => {
    const file = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('permission denied')),
    };
    const outcome = await importFile(file);
    expect(outcome).toMatchObject({ kind: 'refused' });
    if (outcome.kind === 'refused')
      expect(outcome.findings[0]).toMatchObject({
        code: 'unreadable-file',
        params: { error: 'permission denied' },
      });
  });
});
