/**
 * A phase's new name in one language. Designers rename in the UI's language; the other
 * language's text is kept so a rename in English never erases the Chinese name.
 */
import type { Text } from '../../model/index.ts';
import { SUPPORTED_LANGUAGES } from '../i18n/language.ts';

/**
 * `label` with its `language` text set to `value`. A language still holding its
 * placeholder name (`placeholders`, e.g. 新阶段 for a phase added and never named in
 * Chinese) is dropped, so that view falls back to the name just given instead of showing
 * the placeholder for every phase.
 */
export function relabel(
  label: Text,
  language: string,
  value: string,
  placeholders: Readonly<Record<string, string>> = {},
): Text {
  // A plain string stood for every language: it becomes each language's text, so the
  // languages not renamed keep showing what they showed before.
  const texts =
    typeof label === 'string'
      ? Object.fromEntries(SUPPORTED_LANGUAGES.map((tag) => [tag, label]))
      : label;
  const named = Object.entries(texts).filter(
    ([tag, text]) => tag !== language && text !== placeholders[tag],
  );
  return { ...Object.fromEntries(named), [language]: value };
}

/** What a rename input holds when committed: its trimmed text, or undefined to keep the old name. */
export function committedName(value: string): string | undefined {
  const name = value.trim();
  return name === '' ? undefined : name;
}
