/** Picking the user's language out of a LocalizedText. */
import type { z } from 'zod';
import type { LocalizedText } from './schema/primitives.ts';

export type Text = z.infer<typeof LocalizedText>;

/**
 * The text in `language` ("zh-CN"), else in its base language ("zh"), else English,
 * else the first one given.
 */
export function textIn(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = language.split('-')[0] ?? language;
  const exact = text[language];
  if (exact !== undefined) return exact;
  const sameBase = Object.keys(text).find((tag) => tag.split('-')[0] === base);
  if (sameBase !== undefined) return text[sameBase]!;
  return text.en ?? Object.values(text)[0] ?? '';
}
