/**
 * The estimates' one catalogue (src/sim/estimateText.ts): every caveat and method in both
 * languages with the same placeholders, and the app's messages taking theirs from it.
 */
import { describe, expect, it } from 'vitest';
import { planningMessages } from '../../src/app/estimates/messages.ts';
import {
  CAVEAT_TEXT,
  DIVERSION_CAVEAT_TEXT,
  METHOD_TEXT,
  estimateText,
} from '../../src/sim/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the estimates’ catalogue', () => {
  it('words every code in English and Chinese with the same placeholders', () => {
    for (const catalogue of [CAVEAT_TEXT, DIVERSION_CAVEAT_TEXT, METHOD_TEXT])
      for (const [code, text] of Object.entries(catalogue)) {
        expect(text.en, code).not.toBe('');
        expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
        expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
      }
  });

  it('fills the placeholders, leaving an unknown one as written', () => {
    expect(
      estimateText(DIVERSION_CAVEAT_TEXT['target-busy'], 'en', { pool: 'atm', percent: '91' }),
    ).toMatch(/^Near capacity: atm is 91 % busy/);
    expect(estimateText(DIVERSION_CAVEAT_TEXT['target-busy'], 'zh-CN', {})).toContain('{{pool}}');
  });

  it('is where the app’s Estimates tab takes its caveats from', () => {
    expect(planningMessages.en.estimates.caveat).toEqual(
      Object.fromEntries(Object.entries(CAVEAT_TEXT).map(([code, text]) => [code, text.en])),
    );
    expect(planningMessages.zhCN.estimates.diversion.caveat['line-gives-up']).toBe(
      DIVERSION_CAVEAT_TEXT['line-gives-up']['zh-CN'],
    );
  });
});
