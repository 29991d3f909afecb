/** Figures with their unit and interval in the UI language, for the results components. */
import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { Currency } from './currency.ts';
import { formatAmount, formatInterval, signedAmount, type Unit } from './format.ts';

export interface ResultsFormat {
  language: string;
  /** The blueprint's currency (ISO 4217, currency.ts), in which money is shown; undefined: plain numbers. */
  currency: string | undefined;
  /** "11.3 min", "74.0 %", "318.0 customers", "¥1,230"; "–" alone when there is no value. */
  value: (value: number | null | undefined, unit: Unit) => string;
  /** The number alone, money with its currency ("¥5.15"); `like`: the figure whose decimals it takes. */
  amount: (value: number | null | undefined, unit: Unit, like?: number) => string;
  /** An interval's bounds alone, with the decimals of `figure` (money with its currency). */
  bounds: (
    interval: readonly [number, number],
    unit: Unit,
    figure?: number | null,
  ) => { low: string; high: string };
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
  const currency = useContext(Currency);
  return useMemo(() => {
    const amount = (value: number | null | undefined, unit: Unit, like?: number): string =>
      formatAmount(value, unit, language, like, currency);
    const bounds = (interval: readonly [number, number], unit: Unit, figure?: number | null) =>
      formatInterval(interval, unit, language, figure, currency);
    const value = (figure: number | null | undefined, unit: Unit): string => {
      const text = amount(figure, unit);
      return text === '–' ? text : t(`results.units.${unit}`, { value: text });
    };
    const ci = (interval: [number, number] | null | undefined, unit: Unit): string | null => {
      if (!interval) return null;
      const { low, high } = bounds(interval, unit);
      return t('results.ci', { low, high: t(`results.units.${unit}`, { value: high }) });
    };
    const difference = (figure: number | null | undefined, unit: Unit): string => {
      const text = signedAmount(figure, unit, language, undefined, currency);
      if (text === '–') return text;
      return unit === 'share'
        ? t('results.units.sharePoints', { value: text })
        : t(`results.units.${unit}`, { value: text });
    };
    return { language, currency, value, amount, bounds, difference, ci };
  }, [t, language, currency]);
}
