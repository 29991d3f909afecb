/**
 * What the editor's shortcuts do to the store. Each edit is one undo step; selection
 * changes are not history. The clipboard is app state (a module variable), not the
 * system clipboard: a fragment of a blueprint means nothing to other programs.
 */
import { copySteps, PASTE_OFFSET, pasteFragment, type Fragment } from '../commands/clipboard.ts';
import { deleteFlows } from '../commands/flows.ts';
import { deleteSteps } from '../commands/steps.ts';
import { NOTHING_SELECTED, redo, undo, type BlueprintStore } from '../../store/blueprintStore.ts';
import type { EditorShortcut } from './shortcutFor.ts';

let clipboard: { fragment: Fragment; pastes: number } | undefined;

/** Runs a shortcut; returns false when it had nothing to act on (the key stays the browser's). */
export function runShortcut(store: BlueprintStore, shortcut: EditorShortcut): boolean {
  switch (shortcut) {
    case 'undo':
      undo(store);
      return true;
    case 'redo':
      redo(store);
      return true;
    case 'delete':
      return deleteSelection(store);
    case 'copy':
      return copySelection(store);
    case 'paste':
      return pasteClipboard(store);
    case 'duplicate':
      return duplicateSelection(store);
    case 'selectAll':
      return selectAll(store);
  }
}

function deleteSelection(store: BlueprintStore): boolean {
  const { selection, edit, select } = store.getState();
  if (selection.steps.length === 0 && selection.flows.length === 0) return false;
  edit((draft) => {
    deleteFlows(draft, new Set(selection.flows));
    deleteSteps(draft, new Set(selection.steps));
  });
  select(NOTHING_SELECTED);
  return true;
}

function copySelection(store: BlueprintStore): boolean {
  const { document, selection } = store.getState();
  if (!document?.blueprint || selection.steps.length === 0) return false;
  clipboard = { fragment: copySteps(document.blueprint, new Set(selection.steps)), pastes: 0 };
  return true;
}

/** Each paste of the same copy lands a little further along, so copies never stack up. */
function pasteClipboard(store: BlueprintStore): boolean {
  if (!clipboard) return false;
  clipboard.pastes += 1;
  pasteAndSelect(store, clipboard.fragment, PASTE_OFFSET * clipboard.pastes);
  return true;
}

function duplicateSelection(store: BlueprintStore): boolean {
  const { document, selection } = store.getState();
  if (!document?.blueprint || selection.steps.length === 0) return false;
  pasteAndSelect(store, copySteps(document.blueprint, new Set(selection.steps)), PASTE_OFFSET);
  return true;
}

function pasteAndSelect(store: BlueprintStore, fragment: Fragment, offset: number): void {
  const { edit, select } = store.getState();
  const ids = edit((draft) => pasteFragment(draft, fragment, offset));
  if (ids) select({ steps: ids, flows: [] });
}

function selectAll(store: BlueprintStore): boolean {
  const { document, select } = store.getState();
  if (!document?.blueprint) return false;
  select({
    steps: document.blueprint.steps.map((step) => step.id),
    flows: document.blueprint.flows.map((flow) => flow.id),
  });
  return true;
}
