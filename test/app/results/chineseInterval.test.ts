/** One form of "95 % confidence interval" in Chinese, the glossary's: 95% 置信区间. */
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the Chinese catalogue', () => {
  it('writes the interval as the glossary does, never "95 % 置信区间"', () => {
    const all = strings(zhCN);
    expect(all.filter((text) => text.includes('95 % 置信区间'))).toEqual([]);
    expect(all.some((text) => text.includes('95% 置信区间'))).toBe(true);
  });
});
