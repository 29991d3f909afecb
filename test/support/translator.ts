/** The app's i18next wording in one language, for tests of text the app shows. */
import { createInstance } from 'i18next';
import { en } from '../../src/app/i18n/en.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';

export async function translator(language: string) {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}
