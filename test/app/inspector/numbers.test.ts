/** Numbers, percentages, times and localized texts as the inspector reads them. */
import { describe, expect, it } from 'vitest';
import { branchesNeedNormalising, branchSum } from '../../../src/app/inspector/branches.ts';
import { textOf, withText } from '../../../src/app/inspector/localizedFields.ts';
import {
  formatNumber,
  formatPercent,
  parseNumber,
  parseNumberList,
  parsePercent,
  parseTime,
} from '../../../src/app/inspector/numbers.ts';
import { makeBlueprint } from '../blueprints.ts';

describe('reading typed numbers', () => {
  it('applies the rules and says which one failed', () => {
    expect(parseNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber(' ')).toEqual({ ok: false, problem: { code: 'required' } });
    expect(parseNumber('', { optional: true })).toEqual({ ok: true, value: undefined });
    expect(parseNumber('x')).toEqual({ ok: false, problem: { code: 'notNumber' } });
    expect(parseNumber('2.5', { integer: true })).toMatchObject({
      problem: { code: 'notInteger' },
    });
    expect(parseNumber('0', { min: 1 })).toMatchObject({ problem: { code: 'atLeast', limit: 1 } });
    expect(parseNumber('0', { min: 0, exclusiveMin: true })).toMatchObject({
      problem: { code: 'above', limit: 0 },
    });
    expect(parseNumber('101', { max: 100 })).toMatchObject({ problem: { code: 'atMost' } });
  });

  it('turns percentages into probabilities without floating-point noise', () => {
    expect(parsePercent('7')).toEqual({ ok: true, value: 0.07 });
    expect(parsePercent('', true)).toEqual({ ok: true, value: undefined });
    expect(parsePercent('120')).toMatchObject({ ok: false });
    expect(formatPercent(0.07)).toBe('7');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('reads lists and times of day', () => {
    expect(parseNumberList('1, 2;3 4')).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(parseNumberList('1, a')).toMatchObject({ ok: false });
    expect(parseTime('9:30')).toEqual({ ok: true, value: '09:30' });
    expect(parseTime('24:00')).toEqual({ ok: true, value: '24:00' });
    expect(parseTime('25:00')).toEqual({ ok: false });
  });
});

describe('localized text fields', () => {
  it('reads and changes one language, dropping emptied ones', () => {
    expect(textOf('Teller', 'en')).toBe('Teller');
    expect(textOf('Teller', 'zh-CN')).toBe('');
    expect(withText('Teller', 'zh-CN', '柜员')).toEqual({ en: 'Teller', 'zh-CN': '柜员' });
    expect(withText({ en: 'Teller', 'zh-CN': '柜员' }, 'en', ' ')).toEqual({ 'zh-CN': '柜员' });
    expect(withText({ en: 'Teller' }, 'en', '')).toBeUndefined();
  });

  it('drops the other language’s placeholder when one language is named', () => {
    const placeholders = { en: 'New step', 'zh-CN': '新步骤' };
    const fresh = { en: 'New step', 'zh-CN': '新步骤' };
    // Named in Chinese only: the English view falls back to 取号, not "New step".
    expect(withText(fresh, 'zh-CN', '取号', placeholders)).toEqual({ 'zh-CN': '取号' });
    // A name the designer gave in the other language is kept.
    expect(
      withText({ en: 'Take a number', 'zh-CN': '新步骤' }, 'zh-CN', '取号', placeholders),
    ).toEqual({ en: 'Take a number', 'zh-CN': '取号' });
    // Emptying a field removes only that language.
    expect(withText(fresh, 'en', '', placeholders)).toEqual({ 'zh-CN': '新步骤' });
  });
});

describe('branch chances', () => {
  it('asks for normalising only when given chances do not sum to 1', () => {
    const blueprint = makeBlueprint(
      [
        { id: 'a', lane: 'customer' },
        { id: 'b', lane: 'customer' },
        { id: 'c', lane: 'customer' },
      ],
      [
        { from: 'a', to: 'b', probability: 0.5 },
        { from: 'a', to: 'c', probability: 0.4 },
        { from: 'b', to: 'c' },
      ],
    );
    expect(branchSum(blueprint, 'a')).toBeCloseTo(0.9);
    expect(branchesNeedNormalising(blueprint, 'a')).toBe(true);
    expect(branchSum(blueprint, 'b')).toBeUndefined();
    expect(branchesNeedNormalising(blueprint, 'b')).toBe(false);
  });
});
