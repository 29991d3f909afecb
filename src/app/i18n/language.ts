/** Which UI language to start in: the remembered choice, else the browser's. */

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'blueprint-lab.language';

/** What the language switch shows: each language in its own words. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  'zh-CN': '中文',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (SUPPORTED_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Any Chinese browser gets the Chinese UI (only Simplified exists so far); everything
 * else gets English.
 */
export function pickLanguage(
  remembered: string | null,
  browserLanguages: readonly string[],
): UiLanguage {
  if (isUiLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh-CN';
    if (base === 'en') return 'en';
  }
  return 'en';
}
