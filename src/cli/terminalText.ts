/**
 * Text from a blueprint (names, labels, the text a finding quotes) is printed to a
 * terminal, where control characters are commands: ESC starts colour, cursor and
 * window-title sequences, C1 codes do the same on some terminals, and bidi overrides
 * reorder what the reader sees. Every such character is shown as a JSON-style escape
 * (`\u001b`, `\n`), so a file cannot clear the screen, retitle the window or disguise
 * its text. Used by every command that prints blueprint text: validate and simulate.
 */

/** DEL, C1 controls, the bidi marks, embeddings, overrides and isolates, the line and paragraph separators. */
const BEYOND_C0 =
  '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
/** JSON.stringify already escapes C0 controls inside strings; its other line breaks are layout. */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with every terminal control and bidi character escaped; other text unchanged. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Like printable, but a message's own line breaks stay line breaks. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * JSON.stringify's output made as safe: the characters it leaves raw can only be inside
 * strings, where a `\u` escape is the same character, so the JSON still means the same.
 */
export function printableJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeOne);
}
