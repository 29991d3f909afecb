/** Figures with their unit and interval in the UI language, for the results components. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { formatAmount, formatInterval, signedAmount, type Unit } from './format.ts';

export interface ResultsFormat {
  language: string;
  /** "11.3 min", "74.0 %", "318.0 customers"; "–" alone when there is no value. */
  value: (value: number | null | undefined, unit: Unit) => string;
  /**
   * A signed difference of two figures, with its unit: "+2.3 min", "-1.0 customers"; of two
   * shares in percentage points ("+24.8 pp"), as a share minus a share is no percentage.
   */
  difference: (value: number | null | undefined, unit: Unit) => string;
  /** "95 % CI 9.5 – 13.0" (the bounds with their figure's decimals), or null when there is no interval. */
  ci: (ci: [number, number] | null | undefined, unit: Unit) => string | null;
}

export function useResultsFormat(): ResultsFormat {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useMemo(() => {
    const value = (amount: number | null | undefined, unit: Unit): string => {
      const text = formatAmount(amount, unit, language);
      return text === '–' ? text : t(`results.units.${unit}`, { value: text });
    };
    const ci = (interval: [number, number] | null | undefined, unit: Unit): string | null => {
      if (!interval) return null;
      const { low, high } = formatInterval(interval, unit, language);
      return t('results.ci', { low, high: t(`results.units.${unit}`, { value: high }) });
    };
    const difference = (amount: number | null | undefined, unit: Unit): string => {
      const text = signedAmount(amount, unit, language);
      if (text === '–') return text;
      return unit === 'share'
        ? t('results.units.sharePoints', { value: text })
        : t(`results.units.${unit}`, { value: text });
    };
    return { language, value, difference, ci };
  }, [t, language]);
}
