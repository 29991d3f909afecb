/**
 * The results' number formatter: each figure with the precision it needs (three
 * significant digits for money, which has no decimals of its own), its interval's bounds
 * with the figure's decimals.
 */
import { describe, expect, it } from 'vitest';
import {
  decimalsFor,
  formatAmount,
  formatInterval,
  signedAmount,
} from '../../../src/app/results/format.ts';

describe('formatAmount', () => {
  it('gives a small money figure three significant digits, a large one none', () => {
    expect(formatAmount(5.15, 'money', 'en')).toBe('5.15');
    expect(formatAmount(51.46, 'money', 'en')).toBe('51.5');
    expect(formatAmount(123.4, 'money', 'en')).toBe('123');
    expect(formatAmount(40009.2, 'money', 'en')).toBe('40,009');
    expect(formatAmount(0.004, 'money', 'en')).toBe('0.00');
  });

  it('keeps the fixed decimals of the other units', () => {
    expect(formatAmount(0.04, 'minutes', 'en')).toBe('0.0');
    expect(formatAmount(11.34, 'minutes', 'en')).toBe('11.3');
    expect(formatAmount(0.0921, 'share', 'en')).toBe('9.2');
    expect(formatAmount(5.154, 'moneyEach', 'en')).toBe('5.15');
    expect(decimalsFor(-3.2, 'money')).toBe(2);
  });
});

describe('formatInterval', () => {
  it('writes the bounds with the decimals of the figure, not their own', () => {
    expect(formatInterval([5.05, 5.25], 'money', 'en')).toEqual({ low: '5.05', high: '5.25' });
    // A bound of another size than its figure keeps the figure's decimals.
    expect(formatInterval([9.2, 10.9], 'money', 'en', 10.05)).toEqual({
      low: '9.2',
      high: '10.9',
    });
    expect(formatInterval([39934.4, 40083.1], 'money', 'zh-CN')).toEqual({
      low: '39,934',
      high: '40,083',
    });
  });
});

describe('signedAmount', () => {
  it('signs a difference, a share’s in points of a percentage', () => {
    expect(signedAmount(0.248, 'share', 'en')).toBe('+24.8');
    expect(signedAmount(-2.34, 'minutes', 'en')).toBe('-2.3');
    expect(signedAmount(0, 'count', 'en')).toBe('0.0');
    expect(signedAmount(null, 'count', 'en')).toBe('–');
  });
});
