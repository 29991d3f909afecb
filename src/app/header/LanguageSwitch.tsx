/** English / 中文, each in its own words so that either reader can find it. */
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/setup.ts';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../i18n/language.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useUiLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={current === language}
          onClick={() => chooseLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
