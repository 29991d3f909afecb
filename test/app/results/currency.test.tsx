/**
 * Money in the blueprint's currency: the formatter writes it as the UI language does
 * ("¥" in Chinese, "CN¥" in English) with the decimals money has without a currency; the
 * results panel shows the costs of the run's blueprint in its currency; the CSV names it
 * as the unit, the results' own (`currency`). Other units never take the currency.
 */
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../../../src/app/results/csv.ts';
import type { Results } from '../../../src/sim/index.ts';
import { formatAmount, formatInterval, signedAmount } from '../../../src/app/results/format.ts';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { deposit, renderHtml, textOf } from './support.tsx';

describe('money in a currency', () => {
  it('writes the currency as the language does, with three significant digits as before', () => {
    expect(formatAmount(5.154, 'money', 'en', undefined, 'CNY')).toBe('CN¥5.15');
    expect(formatAmount(5.154, 'money', 'zh-CN', undefined, 'CNY')).toBe('¥5.15');
    expect(formatAmount(40009.2, 'money', 'zh-CN', undefined, 'CNY')).toBe('¥40,009');
    expect(formatAmount(51.46, 'moneyEach', 'en', undefined, 'USD')).toBe('$51.46');
    expect(formatAmount(1234.5, 'money', 'en', undefined, 'JPY')).toBe('¥1,235');
    expect(formatInterval([5.05, 5.25], 'money', 'en', 5.15, 'EUR')).toEqual({
      low: '€5.05',
      high: '€5.25',
    });
    expect(signedAmount(120.4, 'money', 'zh-CN', undefined, 'CNY')).toBe('+¥120');
  });

  it('leaves the other units alone', () => {
    expect(formatAmount(11.34, 'minutes', 'en', undefined, 'CNY')).toBe('11.3');
    expect(formatAmount(0.0921, 'share', 'zh-CN', undefined, 'CNY')).toBe('9.2');
  });

  const { blueprint, results } = deposit();
  const priced = { ...blueprint, currency: 'CNY' };
  const panel = (shown: typeof blueprint) => (
    <ResultsPanel results={results} blueprint={shown} stale={false} onSelectStep={() => {}} />
  );

  it('shows the costs of the run’s blueprint in its currency, in both languages', () => {
    const perServed = results.system.cost!.perServed.mean;
    const english = textOf(renderHtml(panel(priced)));
    expect(english).toContain(formatAmount(perServed, 'moneyEach', 'en', undefined, 'CNY'));
    expect(english).toMatch(/CN¥[\d,]+/);
    const chinese = textOf(renderHtml(panel(priced), 'zh-CN'));
    expect(chinese).toContain(formatAmount(perServed, 'moneyEach', 'zh-CN', undefined, 'CNY'));
    expect(chinese).not.toContain('CN¥');
    const plain = { ...blueprint };
    delete plain.currency;
    expect(textOf(renderHtml(panel(plain)))).not.toContain('¥');
  });

  it('names the currency as the CSV’s unit of money', () => {
    const units = new Set(
      resultsToCsv(results, priced)
        .split('\r\n')
        .map((row) => row.split(',').at(-1)),
    );
    expect(units).toContain('CNY/day');
    expect(units).toContain('CNY/visit');
    expect([...units].some((unit) => unit?.startsWith('money/'))).toBe(false);
  });

  it('takes the CSV’s currency from the results, the one the run’s costs are in', () => {
    const plain = { ...blueprint };
    delete plain.currency;
    const unitsOf = (shown: Results) =>
      new Set(
        resultsToCsv(shown, plain)
          .split('\r\n')
          .map((row) => row.split(',').at(-1)),
      );
    expect(unitsOf({ ...results, currency: 'CNY' })).toContain('CNY/day');
    const unnamed = { ...results };
    delete unnamed.currency;
    expect(unitsOf(unnamed)).toContain('money/day');
  });
});
