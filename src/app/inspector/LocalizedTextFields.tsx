/** One field per language (English, Chinese) for a LocalizedText such as a label. */
import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/index.ts';
import { TextField } from './fields.tsx';
import { LABEL_LANGUAGES, textOf, withText } from './localizedFields.ts';

interface Props {
  label: string;
  text: Text | undefined;
  onChange: (text: Text | undefined) => void;
  /** Refuses to empty both languages (labels must say something). */
  required?: boolean;
  multiline?: boolean;
  /** Each language's placeholder text, dropped when another language is named (withText). */
  placeholders?: Readonly<Record<string, string>>;
}

export function LocalizedTextFields({
  label,
  text,
  onChange,
  required,
  multiline,
  placeholders,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      {LABEL_LANGUAGES.map((language) => (
        <TextField
          key={language}
          lang={language}
          multiline={multiline}
          label={t('inspector.inLanguage', {
            field: label,
            language: t(`inspector.language.${language}`),
          })}
          value={textOf(text, language)}
          onCommit={(value) => {
            const next = withText(text, language, value, placeholders);
            if (required && next === undefined) return t('inspector.problem.required');
            onChange(next);
            return undefined;
          }}
        />
      ))}
    </>
  );
}
