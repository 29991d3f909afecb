/**
 * The example blueprints that ship with the app: every file is checked once, when the
 * catalogue is built, so the list can show names and the canvas opens at once.
 */
import { loadBlueprintText, type LoadResult, type Text } from '../../model/index.ts';

/** Opened when the address names no example. */
export const DEFAULT_EXAMPLE_ID = 'counter-deposit';

export interface ExampleEntry {
  /** The file name without ".json": what `?example=` names. */
  id: string;
  fileName: string;
  result: LoadResult;
}

/** `files` maps a path ("../../blueprints/atm.json") to the file's text. */
export function buildCatalog(files: Readonly<Record<string, string>>): ExampleEntry[] {
  const entries = Object.entries(files).map(([path, text]): ExampleEntry => {
    const fileName = path.split('/').pop() ?? path;
    return { id: fileName.replace(/\.json$/i, ''), fileName, result: loadBlueprintText(text) };
  });
  // The default first, the rest in a stable order that does not depend on the bundler.
  return entries.sort((a, b) => {
    if (a.id === DEFAULT_EXAMPLE_ID) return -1;
    if (b.id === DEFAULT_EXAMPLE_ID) return 1;
    return a.id.localeCompare(b.id);
  });
}

/** An example by file name, or by the id written inside the blueprint. */
export function findExample(
  catalog: readonly ExampleEntry[],
  id: string,
): ExampleEntry | undefined {
  return (
    catalog.find((entry) => entry.id === id) ??
    catalog.find((entry) => entry.result.ok && entry.result.blueprint.id === id)
  );
}

/** The example's own name, or its file name when it cannot be read. */
export function exampleName(entry: ExampleEntry): Text {
  return entry.result.ok ? entry.result.blueprint.name : entry.fileName;
}

export function exampleTags(entry: ExampleEntry): readonly string[] {
  return entry.result.ok ? (entry.result.blueprint.tags ?? []) : [];
}
