/**
 * Which editor command a key press asks for. Pure, so the key map is tested without a
 * browser; useEditorShortcuts.ts listens for the keys and runs the commands.
 */

export type EditorShortcut =
  'undo' | 'redo' | 'delete' | 'copy' | 'paste' | 'duplicate' | 'selectAll' | NudgeShortcut;

/** Arrow keys move the selected steps a little; with Shift, further. */
export type NudgeShortcut = `nudge-${'left' | 'right' | 'up' | 'down'}${'' | '-far'}`;

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The parts of a KeyboardEvent the key map looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl on Windows and Linux, Cmd on a Mac: either one counts. */
export function shortcutFor(press: KeyPress): EditorShortcut | undefined {
  if (press.altKey) return undefined;
  const command = press.ctrlKey || press.metaKey;
  if (!command) {
    const arrow = ARROWS[press.key];
    if (arrow) return `nudge-${arrow}${press.shiftKey ? '-far' : ''}`;
    const bare = !press.shiftKey;
    return bare && (press.key === 'Delete' || press.key === 'Backspace') ? 'delete' : undefined;
  }
  switch (press.key.toLowerCase()) {
    case 'z':
      return press.shiftKey ? 'redo' : 'undo';
    case 'y':
      return press.shiftKey ? undefined : 'redo';
    case 'c':
      return press.shiftKey ? undefined : 'copy';
    case 'v':
      return press.shiftKey ? undefined : 'paste';
    case 'd':
      return press.shiftKey ? undefined : 'duplicate';
    case 'a':
      return press.shiftKey ? undefined : 'selectAll';
    default:
      return undefined;
  }
}

/**
 * Keys typed into a field belong to the field: the inspector's inputs need Backspace,
 * Ctrl+Z and Ctrl+A for their own text.
 */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  return (
    typeof element.tagName === 'string' &&
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName.toUpperCase())
  );
}

/** Input types a person types text into: Ctrl+Z there takes back the typing. */
const TYPED_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/**
 * Whether Ctrl+Z and Ctrl+Y belong to the focused element: text typed into an input, a
 * text area or editable text has the browser's own undo. A list (select), a checkbox or
 * a slider has none, so there the keys take back (or redo) the edit just made with it:
 * a designer who picks a list entry by keyboard undoes it without leaving the list.
 */
export function hasOwnUndo(target: unknown): boolean {
  if (!isTypingTarget(target)) return false;
  const element = target as { tagName: string; type?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'INPUT') return TYPED_INPUTS.has(String(element.type ?? 'text').toLowerCase());
  return tag === 'TEXTAREA';
}
