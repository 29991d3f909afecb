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
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      // Copying text the reader selected on the page stays the browser's job.
      const selectedText = window.getSelection();
      if (shortcut === 'copy' && selectedText && !selectedText.isCollapsed) return;
      if (runShortcut(store, shortcut)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
