/**
 * Starts i18next for the app: the language picked on start-up, the choice remembered in
 * localStorage, and the page's `lang` kept in step so screen readers and fonts follow.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import {
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  isUiLanguage,
  pickLanguage,
  type UiLanguage,
} from './language.ts';
import { zhCN } from './zh-CN.ts';

function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, strict settings); then we just do not remember.
    return null;
  }
}

function remember(language: UiLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See rememberedLanguage.
  }
}

export function setUpI18n(): typeof i18next {
  const language = pickLanguage(rememberedLanguage(), navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // React escapes text itself; escaping here would show "&amp;" in labels.
    interpolation: { escapeValue: false },
    // The resources are bundled, so there is nothing to wait for before the first render.
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (changed) => {
    if (!isUiLanguage(changed)) return;
    document.documentElement.lang = changed;
  });
  return i18next;
}

/** Switches the UI language and remembers the choice for the next visit. */
export function chooseLanguage(language: UiLanguage): void {
  remember(language);
  void i18next.changeLanguage(language);
}
