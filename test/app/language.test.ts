import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en.ts';
import { pickLanguage } from '../../src/app/i18n/language.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';

describe('pickLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('otherwise follows the browser, any Chinese to Chinese', () => {
    expect(pickLanguage(null, ['zh-CN'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(pickLanguage('fr', ['fr-FR'])).toBe('en');
  });
});

describe('UI strings', () => {
  /** Every leaf key as a dotted path. */
  function keys(messages: object, prefix = ''): string[] {
    return Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    );
  }

  it('has a non-empty Chinese text for every English one', () => {
    expect(keys(zhCN)).toEqual(keys(en));
    const leaves = (messages: object): unknown[] =>
      Object.values(messages).flatMap((value) =>
        typeof value === 'object' && value !== null ? leaves(value as object) : [value],
      );
    for (const value of leaves(zhCN)) expect(value).toMatch(/\S/);
  });

  it('uses the standard Chinese blueprint terms', () => {
    expect(Object.values(zhCN.lanes)).toEqual(['有形展示', '客户行为', '前台', '后台', '支持过程']);
    expect(Object.values(zhCN.lines)).toEqual(['互动分界线', '可视分界线', '内部互动分界线']);
  });

  it('joins a figure with its unit to the Chinese that follows, without a space', () => {
    // {{p90}} is "19.4 分钟": "19.4 分钟内办完", not "19.4 分钟 内办完".
    expect(zhCN.simulation.summaryResults).toContain('{{p90}}内办完');
  });
});
