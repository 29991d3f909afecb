/** The shortcut registry's key names, and the editor's keys in it against its key map. */
import { describe, expect, test } from 'vitest';
import { keyOf } from '../../../src/app/keyboard/commands.ts';
import { EDITOR_KEYS } from '../../../src/app/editor/keyboard/useEditorShortcuts.ts';
import { shortcutFor } from '../../../src/app/editor/keyboard/shortcutFor.ts';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  altKey: modifiers.alt ?? false,
  shiftKey: modifiers.shift ?? false,
});

/** A press from a key name as the registry writes it. */
function pressOf(name: string) {
  const parts = name.split('+');
  const key = parts.pop()!;
  return press(
    key === 'Space'
      ? ' '
      : key.length === 1 && parts.includes('Shift')
        ? key
        : key.toLowerCase().length === 1
          ? key.toLowerCase()
          : key,
    {
      ctrl: parts.includes('Mod'),
      alt: parts.includes('Alt'),
      shift: parts.includes('Shift'),
    },
  );
}

describe('key names', () => {
  test('letters in capitals, the space bar as Space, modifiers in a fixed order', () => {
    expect(keyOf(press('f'))).toBe('F');
    expect(keyOf(press(' '))).toBe('Space');
    expect(keyOf(press('Z', { ctrl: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(keyOf(press('z', { meta: true }))).toBe('Mod+Z');
    expect(keyOf(press('Enter', { ctrl: true }))).toBe('Mod+Enter');
    expect(keyOf(press('ArrowRight', { alt: true }))).toBe('Alt+ArrowRight');
  });

  test("every editor key in the registry is the editor's own key map", () => {
    for (const [shortcut, keys] of Object.entries(EDITOR_KEYS))
      for (const key of keys) {
        expect(keyOf(pressOf(key))).toBe(key);
        expect(shortcutFor(pressOf(key))).toBe(shortcut);
      }
  });
});
