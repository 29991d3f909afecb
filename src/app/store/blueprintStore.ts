/**
 * The app's state. The open blueprint lives here and only here: the canvas derives its
 * nodes and edges from it (canvas/layout.ts), and the editor will change it through
 * actions added to this store.
 */
import { create } from 'zustand';
import type { Blueprint, Finding } from '../../model/index.ts';
import { DEFAULT_EXAMPLE_ID, findExample, type ExampleEntry } from '../examples/catalog.ts';

/** Where the open document came from. Opening a file or a new blueprint will add kinds. */
export type DocumentOrigin = { kind: 'example'; exampleId: string };

export interface OpenDocument {
  origin: DocumentOrigin;
  /** Absent when the file could not be read as a blueprint; `findings` then say why. */
  blueprint: Blueprint | null;
  /** Errors and warnings from checking the file. */
  findings: readonly Finding[];
  /** The file's name, shown when there is no blueprint to take a name from. */
  fileName: string;
}

export interface BlueprintState {
  examples: readonly ExampleEntry[];
  document: OpenDocument | null;
  /** Opens the example with this id; returns false (and changes nothing) for an unknown id. */
  openExample: (exampleId: string) => boolean;
}

export function documentFromExample(entry: ExampleEntry): OpenDocument {
  return {
    origin: { kind: 'example', exampleId: entry.id },
    blueprint: entry.result.ok ? entry.result.blueprint : null,
    findings: entry.result.findings,
    fileName: entry.fileName,
  };
}

/**
 * A store over a catalogue of examples, opening `initialExampleId` (else the default
 * example, else the first). Tests make their own with their own examples.
 */
export function createBlueprintStore(examples: readonly ExampleEntry[], initialExampleId?: string) {
  const initial =
    (initialExampleId === undefined ? undefined : findExample(examples, initialExampleId)) ??
    findExample(examples, DEFAULT_EXAMPLE_ID) ??
    examples[0];

  return create<BlueprintState>()((set) => ({
    examples,
    document: initial ? documentFromExample(initial) : null,
    openExample: (exampleId) => {
      const entry = findExample(examples, exampleId);
      if (!entry) return false;
      set({ document: documentFromExample(entry) });
      return true;
    },
  }));
}

export type BlueprintStore = ReturnType<typeof createBlueprintStore>;
