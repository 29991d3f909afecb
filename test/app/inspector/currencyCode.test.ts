/** The inspector's currency code: three letters, kept in capitals; anything else refused. */
import { describe, expect, it } from 'vitest';
import { COMMON_CURRENCIES, currencyCode } from '../../../src/app/inspector/currencyCodes.ts';
import { CurrencyCode } from '../../../src/model/schema/primitives.ts';

describe('currencyCode', () => {
  it('takes three letters in either case, as the file keeps them', () => {
    expect(currencyCode('cny')).toBe('CNY');
    expect(currencyCode(' Hkd ')).toBe('HKD');
  });

  it('refuses what is not three letters', () => {
    for (const text of ['yuan', 'CN', '¥', 'C N Y', '123', 'RMB1'])
      expect(currencyCode(text)).toBeNull();
  });

  it('offers only codes the format accepts', () => {
    for (const code of COMMON_CURRENCIES) expect(CurrencyCode.safeParse(code).success).toBe(true);
    expect(CurrencyCode.safeParse('cny').success).toBe(false);
  });
});
