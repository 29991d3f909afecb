/**
 * The editor's shortcuts, as commands of the app's registry (keyboard/commands.ts): on
 * the whole window (the canvas rarely has focus when a designer presses Ctrl+Z), except
 * while typing in a field.
 */
import { useCommands } from '../../keyboard/commands.ts';
import type { BlueprintStore } from '../../store/blueprintStore.ts';
import { runShortcut } from './editorActions.ts';
import { type EditorShortcut, hasOwnUndo, isTypingTarget } from './shortcutFor.ts';

/** The keys of each editor command (shortcutFor.ts reads the same map from a press). */
export const EDITOR_KEYS: Record<EditorShortcut, readonly string[]> = {
  undo: ['Mod+Z'],
  redo: ['Mod+Shift+Z', 'Mod+Y'],
  copy: ['Mod+C'],
  paste: ['Mod+V'],
  duplicate: ['Mod+D'],
  selectAll: ['Mod+A'],
  delete: ['Delete', 'Backspace'],
  'nudge-left': ['ArrowLeft'],
  'nudge-right': ['ArrowRight'],
  'nudge-up': ['ArrowUp'],
  'nudge-down': ['ArrowDown'],
  'nudge-left-far': ['Shift+ArrowLeft'],
  'nudge-right-far': ['Shift+ArrowRight'],
  'nudge-up-far': ['Shift+ArrowUp'],
  'nudge-down-far': ['Shift+ArrowDown'],
};

function isHistory(shortcut: EditorShortcut): boolean {
  return shortcut === 'undo' || shortcut === 'redo';
}

/** Whether the editor's shortcut applies to this press (beyond the registry's text-field rule). */
function applies(shortcut: EditorShortcut, event: KeyboardEvent): boolean {
  // Keys on any form control (a checkbox, a slider) keep their own meaning in the editor,
  // but for undo and redo where the control has no undo of its own (a list, a checkbox).
  if (isHistory(shortcut) ? hasOwnUndo(event.target) : isTypingTarget(event.target)) return false;
  const nudge = shortcut.startsWith('nudge-');
  // Arrows move steps only from the canvas or the page itself: on a button, a tab or
  // a list they keep their own meaning.
  if (nudge && !onCanvasOrPage(event.target)) return false;
  // React Flow claims arrows on a focused step for its own move, which the canvas
  // ignores (the blueprint is the one copy of positions): the nudge here is the move.
  if (event.defaultPrevented && !(nudge && onCanvas(event.target))) return false;
  // Copying text the reader selected on the page stays the browser's job.
  const selectedText = window.getSelection();
  return !(shortcut === 'copy' && selectedText && !selectedText.isCollapsed);
}

export function useEditorShortcuts(store: BlueprintStore): void {
  useCommands(
    (Object.entries(EDITOR_KEYS) as [EditorShortcut, readonly string[]][]).map(
      ([shortcut, keys]) => ({
        id: `editor.${shortcut}`,
        keys,
        // The registry passes over text fields, selects included; applies() lets undo
        // and redo through where the control has no undo of its own.
        inTextFields: isHistory(shortcut),
        enabled: (event: KeyboardEvent) => applies(shortcut, event),
        run: () => runShortcut(store, shortcut),
      }),
    ),
  );
}

function onCanvas(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow') !== null;
}

function onCanvasOrPage(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || onCanvas(target);
}
