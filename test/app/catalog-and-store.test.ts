import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXAMPLE_ID,
  buildCatalog,
  exampleName,
  exampleTags,
  findExample,
} from '../../src/app/examples/catalog.ts';
import { createBlueprintStore } from '../../src/app/store/blueprintStore.ts';
import { exampleFiles } from './blueprints.ts';

const catalog = buildCatalog(exampleFiles());

describe('the example catalogue', () => {
  it('lists every blueprints/*.json, the default first', () => {
    expect(catalog.length).toBe(Object.keys(exampleFiles()).length);
    expect(catalog[0]!.id).toBe(DEFAULT_EXAMPLE_ID);
  });

  it('loads the bundled examples without errors', () => {
    for (const entry of catalog) {
      expect(entry.result.ok, entry.fileName).toBe(true);
      expect(entry.result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
  });

  it('keeps a file that cannot be read, named by its file name, with its findings', () => {
    const [entry] = buildCatalog({ '../../blueprints/broken.json': '{ "format": ' });
    expect(entry!.id).toBe('broken');
    expect(entry!.result.ok).toBe(false);
    expect(entry!.result.findings.length).toBeGreaterThan(0);
    expect(exampleName(entry!)).toBe('broken.json');
    expect(exampleTags(entry!)).toEqual([]);
  });

  it('finds an example by file name or by the id inside it', () => {
    expect(findExample(catalog, DEFAULT_EXAMPLE_ID)?.id).toBe(DEFAULT_EXAMPLE_ID);
    expect(findExample(catalog, 'no-such-example')).toBeUndefined();
  });
});

describe('the blueprint store', () => {
  it('opens the default example when none is asked for, or an unknown one', () => {
    for (const asked of [undefined, 'no-such-example']) {
      const store = createBlueprintStore(catalog, asked);
      const { document } = store.getState();
      expect(document?.origin).toEqual({ kind: 'example', exampleId: DEFAULT_EXAMPLE_ID });
      expect(document?.blueprint?.id).toBe(DEFAULT_EXAMPLE_ID);
    }
  });

  it('opens another example through its action', () => {
    const other = catalog.find((entry) => entry.id !== DEFAULT_EXAMPLE_ID);
    if (!other) return; // Only one example bundled: nothing to switch to.
    const store = createBlueprintStore(catalog);
    expect(store.getState().openExample(other.id)).toBe(true);
    expect(store.getState().document?.origin).toEqual({ kind: 'example', exampleId: other.id });
    expect(store.getState().document?.findings).toBe(other.result.findings);
  });

  it('ignores an unknown example', () => {
    const store = createBlueprintStore(catalog);
    const before = store.getState().document;
    expect(store.getState().openExample('no-such-example')).toBe(false);
    expect(store.getState().document).toBe(before);
  });

  it('opens an unreadable file with no blueprint and its findings', () => {
    const broken = buildCatalog({ '../../blueprints/broken.json': 'not json' });
    const { document } = createBlueprintStore(broken, 'broken').getState();
    expect(document?.blueprint).toBeNull();
    expect(document?.findings.length).toBeGreaterThan(0);
  });
});
