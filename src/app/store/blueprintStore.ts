/**
 * The app's state. The open blueprint lives here and only here: the canvas derives its
 * nodes and edges from it (canvas/layout.ts), and every edit goes through `edit`, which
 * runs a command (editor/commands) on an immer draft and records one undo step.
 *
 * History (zundo) records the document only: selecting does not clear redo. Opening
 * another document clears the history. Edits made in one group (an inspector field's
 * text, committed while it is typed so autosave has it) make one undo step together.
 */
import { castDraft } from 'immer';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { type Blueprint, type Finding, loadBlueprintValue } from '../../model/index.ts';
import { DEFAULT_EXAMPLE_ID, findExample, type ExampleEntry } from '../examples/catalog.ts';

/** Where the open document came from. */
export type DocumentOrigin =
  | { kind: 'example'; exampleId: string }
  | { kind: 'file'; name: string }
  | { kind: 'new' }
  | { kind: 'recovered' };

export interface OpenDocument {
  origin: DocumentOrigin;
  /** Absent when the file could not be read as a blueprint; `findings` then say why. */
  blueprint: Blueprint | null;
  /** Errors and warnings from checking it, kept current as it is edited. */
  findings: readonly Finding[];
  /** The file's name, shown when there is no blueprint to take a name from. */
  fileName: string;
}

export interface Selection {
  steps: readonly string[];
  flows: readonly string[];
}

export const NOTHING_SELECTED: Selection = { steps: [], flows: [] };

/** How many edits can be undone. */
export const HISTORY_LIMIT = 200;

export interface BlueprintState {
  examples: readonly ExampleEntry[];
  document: OpenDocument | null;
  /** The blueprint as last saved or opened: differs from the document's when there is unsaved work. */
  savedBlueprint: Blueprint | null;
  selection: Selection;
  /** Counts documents opened: changes when another document opens, not when this one is edited. */
  documentSerial: number;
  /** Opens the example with this id; returns false (and changes nothing) for an unknown id. */
  openExample: (exampleId: string) => boolean;
  /** Opens a document (a file, a new blueprint, recovered work); clears the history. */
  openDocument: (document: OpenDocument) => void;
  /** Runs a command on the open blueprint as one undoable edit; returns what the command returns. */
  edit: <T>(command: (draft: Blueprint) => T) => T | undefined;
  /**
   * Runs `run`, whose edits join the undo step of the group's earlier edits, as long as
   * nothing else has changed the document since (else they start a new step).
   */
  editInGroup: <T>(group: string, run: () => T) => T;
  /** Undoes the group's step if it is still the latest change (Escape in a field). */
  revertGroup: (group: string) => void;
  select: (selection: Selection) => void;
  /** Records that the current blueprint has been saved. */
  markSaved: () => void;
}

export function documentFromExample(entry: ExampleEntry): OpenDocument {
  return {
    origin: { kind: 'example', exampleId: entry.id },
    blueprint: entry.result.ok ? entry.result.blueprint : null,
    findings: entry.result.findings,
    fileName: entry.fileName,
  };
}

/** The checks of an edited blueprint: the same as when a file is opened. */
function findingsOf(blueprint: Blueprint): readonly Finding[] {
  return loadBlueprintValue(blueprint).findings;
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
  const initialDocument = initial ? documentFromExample(initial) : null;
  // The group whose `run` is under way, and the last group that edited: its document and
  // history depth, so that any other change in between (an edit, undo, redo, opening a
  // file) is seen and the next edit of the group starts a step of its own.
  let runningGroup: string | null = null;
  let lastGroupEdit: { group: string; document: OpenDocument | null; depth: number } | null = null;
  const joinsLastGroupEdit = (): boolean =>
    runningGroup !== null &&
    lastGroupEdit?.group === runningGroup &&
    lastGroupEdit.document === store.getState().document &&
    lastGroupEdit.depth === store.temporal.getState().pastStates.length;

  const store = create<BlueprintState>()(
    temporal(
      immer((set, get) => ({
        examples,
        document: initialDocument,
        savedBlueprint: initialDocument?.blueprint ?? null,
        selection: NOTHING_SELECTED,
        documentSerial: 0,
        openExample: (exampleId) => {
          const entry = findExample(examples, exampleId);
          if (!entry) return false;
          get().openDocument(documentFromExample(entry));
          return true;
        },
        openDocument: (document) => {
          // A plain object, not an immer recipe: immer would deep-freeze the whole new
          // document, a third of a second for 5 000 steps. Edits still copy on write.
          set({
            document,
            savedBlueprint: document.blueprint,
            selection: NOTHING_SELECTED,
            documentSerial: get().documentSerial + 1,
          });
          store.temporal.getState().clear();
        },
        edit: (command) => {
          const before = get().document?.blueprint;
          if (!before) return undefined;
          const history = store.temporal.getState();
          const joins = joinsLastGroupEdit();
          if (joins) history.pause();
          let result: ReturnType<typeof command> | undefined;
          try {
            set((state) => {
              result = command(state.document!.blueprint as Blueprint);
            });
            const after = get().document!.blueprint!;
            if (after === before) return result; // nothing changed: no checks to redo
            // The checks run on the finished blueprint (twice as fast as on the immer
            // draft) and are stored without a history entry of their own: undo restores both.
            const findings = findingsOf(after);
            history.pause();
            set((state) => {
              state.document!.findings = castDraft(findings);
            });
          } finally {
            history.resume();
          }
          lastGroupEdit =
            runningGroup === null
              ? null
              : {
                  group: runningGroup,
                  document: get().document,
                  depth: store.temporal.getState().pastStates.length,
                };
          return result;
        },
        editInGroup: (group, run) => {
          const outer = runningGroup;
          runningGroup = group;
          try {
            return run();
          } finally {
            runningGroup = outer;
          }
        },
        revertGroup: (group) => {
          const latest = lastGroupEdit;
          if (latest?.group !== group || latest.document !== get().document) return;
          if (latest.depth !== store.temporal.getState().pastStates.length) return;
          lastGroupEdit = null;
          undo(store);
        },
        select: (selection) => set({ selection }),
        markSaved: () => set((state) => ({ savedBlueprint: state.document?.blueprint ?? null })),
      })),
      {
        partialize: (state) => ({ document: state.document }),
        equality: (past, current) => past.document === current.document,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export type BlueprintStore = ReturnType<typeof createBlueprintStore>;

/** Undo and redo of edits; selection stays as it is unless what it names is gone. */
export function undo(store: BlueprintStore): void {
  store.temporal.getState().undo();
  pruneSelection(store);
}

export function redo(store: BlueprintStore): void {
  store.temporal.getState().redo();
  pruneSelection(store);
}

function pruneSelection(store: BlueprintStore): void {
  const { document, selection, select } = store.getState();
  const steps = new Set(document?.blueprint?.steps.map((s) => s.id));
  const flows = new Set(document?.blueprint?.flows.map((f) => f.id));
  const kept = {
    steps: selection.steps.filter((id) => steps.has(id)),
    flows: selection.flows.filter((id) => flows.has(id)),
  };
  if (kept.steps.length !== selection.steps.length || kept.flows.length !== selection.flows.length)
    select(kept);
}
