/**
 * One registry for the app's keyboard shortcuts, with one keydown listener on the window.
 * A part of the app registers its commands while it is mounted (useCommands); a key press
 * runs the most recently registered command that claims the key and is enabled. So what a
 * key does is in one place per part, and a new shortcut cannot be shadowed by a listener
 * someone added elsewhere.
 *
 * By default commands do not run while a text field has focus (the field needs the keys),
 * but do whatever else has focus: a slider or a button clicked a moment ago.
 */
import { useEffect, useRef } from 'react';

export interface Command {
  /** What it does, namespaced by the part of the app: "playback.toggle". */
  id: string;
  /** Keys as keyOf() writes them: "Space", "F", "Escape", "ArrowRight", "Mod+Shift+Z". */
  keys: readonly string[];
  /** Also while a text field has focus (Escape, Ctrl+Enter). */
  inTextFields?: boolean;
  /** Whether the command applies to this press now (the part's own conditions). */
  enabled?: (event: KeyboardEvent) => boolean;
  /**
   * Runs the command. Returning false says it turned out to do nothing (the key keeps its
   * default); anything else, nothing included, that it ran.
   */
  run: (event: KeyboardEvent) => unknown;
}

/**
 * The key of a press, with its modifiers: "Mod+" for Ctrl or ⌘, then "Alt+", "Shift+"; a
 * letter in capitals, the space bar as "Space", other keys by their KeyboardEvent.key.
 */
export function keyOf(press: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): string {
  const key =
    press.key === ' ' ? 'Space' : press.key.length === 1 ? press.key.toUpperCase() : press.key;
  return (
    (press.ctrlKey || press.metaKey ? 'Mod+' : '') +
    (press.altKey ? 'Alt+' : '') +
    (press.shiftKey ? 'Shift+' : '') +
    key
  );
}

const NOT_TEXT = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
]);

/** Whether keys typed here belong to a field: text inputs, text areas, selects, editable text. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const registered: (readonly Command[])[] = [];

function onKeyDown(event: KeyboardEvent): void {
  if (event.isComposing) return;
  const key = keyOf(event);
  const typing = isTextField(event.target);
  for (let i = registered.length - 1; i >= 0; i--)
    for (const command of registered[i]!) {
      if (!command.keys.includes(key)) continue;
      if (typing && !command.inTextFields) continue;
      if (command.enabled && !command.enabled(event)) continue;
      if (command.run(event) === false) continue;
      event.preventDefault();
      return;
    }
}

/** Adds a set of commands; returns how to remove them. */
export function registerCommands(commands: readonly Command[]): () => void {
  if (registered.length === 0) window.addEventListener('keydown', onKeyDown);
  registered.push(commands);
  return () => {
    const at = registered.indexOf(commands);
    if (at >= 0) registered.splice(at, 1);
    if (registered.length === 0) window.removeEventListener('keydown', onKeyDown);
  };
}

/** The commands of a mounted component; the latest render's functions run, registered once. */
export function useCommands(commands: readonly Command[]): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  const ids = commands.map((command) => `${command.id}:${command.keys.join(',')}`).join(' ');
  useEffect(() => {
    const stable = latest.current.map((command, index): Command => ({
      id: command.id,
      keys: command.keys,
      ...(command.inTextFields !== undefined ? { inTextFields: command.inTextFields } : {}),
      enabled: (event) => latest.current[index]?.enabled?.(event) ?? true,
      run: (event) => latest.current[index]?.run(event),
    }));
    return registerCommands(stable);
  }, [ids]);
}
