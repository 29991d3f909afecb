/** LocalizedText ↔ the inspector's English and Chinese fields. */
import type { Text } from '../../model/index.ts';

export const LABEL_LANGUAGES = ['en', 'zh-CN'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** The text in one language exactly as stored ("" when absent); a plain string counts as English. */
export function textOf(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return language === 'en' ? text : '';
  return text[language] ?? '';
}

/**
 * The text with one language changed. Keeps the other languages; an empty field removes
 * its language, and undefined is returned when no language is left. A language still
 * holding its placeholder (`placeholders`: "New step" / 新步骤 of a step never named in
 * it) is dropped when another is named, so that view falls back to the name just given.
 */
export function withText(
  text: Text | undefined,
  language: string,
  value: string,
  placeholders: Readonly<Record<string, string>> = {},
): Text | undefined {
  const texts: Record<string, string> =
    text === undefined ? {} : typeof text === 'string' ? { en: text } : { ...text };
  if (value.trim() === '') Reflect.deleteProperty(texts, language);
  else {
    texts[language] = value.trim();
    for (const [tag, placeholder] of Object.entries(placeholders))
      if (tag !== language && texts[tag] === placeholder) Reflect.deleteProperty(texts, tag);
  }
  return Object.keys(texts).length === 0 ? undefined : texts;
}
