/** Blueprint texts (names, labels) in the UI's language, with the model's fallbacks. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type Text } from '../../model/index.ts';

export function useLocalizedText(): (text: Text | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback((text: Text | undefined) => textIn(text, language), [language]);
}

/** The UI's language tag, for number formats. */
export function useUiLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}
