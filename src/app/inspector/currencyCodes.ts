/** The currency codes the inspector offers, and a typed code as the file keeps it. */

/** The yuan first, then the currencies a branch near it most often prices in. */
export const COMMON_CURRENCIES = ['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'SGD'];

/** The code as the file keeps it ("cny" → "CNY"), or null when it is not three letters. */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}
