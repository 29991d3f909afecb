/**
 * Listens for the editor's shortcuts on the whole window (the canvas rarely has focus
 * when a designer presses Ctrl+Z), except while typing in a field.
 */
import { useEffect } from 'react';
import type { BlueprintStore } from '../../store/blueprintStore.ts';
import { runShortcut } from './editorActions.ts';
import { isTypingTarget, shortcutFor } from './shortcutFor.ts';

export function useEditorShortcuts(store: BlueprintStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || isTypingTarget(event.target)) return;
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      const nudge = shortcut.startsWith('nudge-');
      // Arrows move steps only from the canvas or the page itself: on a button, a tab or
      // a list they keep their own meaning.
      if (nudge && !onCanvasOrPage(event.target)) return;
      // React Flow claims arrows on a focused step for its own move, which the canvas
      // ignores (the blueprint is the one copy of positions): the nudge here is the move.
      if (event.defaultPrevented && !(nudge && onCanvas(event.target))) return;
      // Copying text the reader selected on the page stays the browser's job.
      const selectedText = window.getSelection();
      if (shortcut === 'copy' && selectedText && !selectedText.isCollapsed) return;
      if (runShortcut(store, shortcut)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

function onCanvas(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow') !== null;
}

function onCanvasOrPage(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || onCanvas(target);
}
