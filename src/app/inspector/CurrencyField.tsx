/**
 * The blueprint's currency (`currency`, an ISO 4217 code): the one the pools' prices are
 * in and the results show costs in. A choice of the codes a bank here would use, named
 * by the browser in the UI language (Intl.DisplayNames), or any other code typed in.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { COMMON_CURRENCIES, currencyCode } from './currencyCodes.ts';
import { SelectField, TextField } from './fields.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';

const NONE = '';
const OTHER = 'other';

function currencyName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames(language, { type: 'currency' }).of(code);
    return name && name !== code ? `${code} – ${name}` : code;
  } catch {
    return code;
  }
}

export function CurrencyField() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const currency = blueprint.currency;
  // "Other" chosen before a code is typed: the field shows, the file is not yet changed.
  const [typing, setTyping] = useState(false);
  const common = currency === undefined || COMMON_CURRENCIES.includes(currency);
  const choice = typing || !common ? OTHER : (currency ?? NONE);
  const set = (code: string | undefined) =>
    edit((draft) => {
      if (code === undefined) delete draft.currency;
      else draft.currency = code;
    });
  return (
    <>
      <SelectField
        label={t('inspector.currency.label')}
        value={choice}
        options={[
          { value: NONE, label: t('inspector.currency.none') },
          ...COMMON_CURRENCIES.map((code) => ({
            value: code,
            label: currencyName(code, language),
          })),
          { value: OTHER, label: t('inspector.currency.other') },
        ]}
        onChange={(value) => {
          setTyping(value === OTHER);
          if (value !== OTHER) set(value === NONE ? undefined : value);
        }}
      />
      {choice === OTHER && (
        <TextField
          label={t('inspector.currency.code')}
          name="currency-code"
          value={common ? '' : (currency ?? '')}
          onCommit={(text) => {
            if (text.trim() === '') {
              set(undefined);
              return undefined;
            }
            const code = currencyCode(text);
            if (code === null) return t('inspector.problem.currency');
            set(code);
            setTyping(false);
            return undefined;
          }}
        />
      )}
    </>
  );
}
