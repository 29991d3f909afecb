/** The one catalogue of run-warning wordings: every code in both languages, placeholders filled. */
import { describe, expect, it } from 'vitest';
import { WARNING_TEXT, warningText } from '../../src/sim/warningText.ts';

describe('the run warnings’ catalogue', () => {
  it('has every code in English and Chinese, with the same placeholders', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [code, text] of Object.entries(WARNING_TEXT)) {
      expect(text.en.length, code).toBeGreaterThan(0);
      expect(text['zh-CN'].length, code).toBeGreaterThan(0);
      expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
    }
  });

  it('fills the placeholders with the values given', () => {
    expect(warningText('left-inside', 'en', { count: '3' })).toBe(
      'Still inside when the day had to stop, left out of the waits: 3 customers. Can the pools serve them after closing?',
    );
    expect(warningText('event-log-truncated', 'zh-CN', { rows: '10' })).toBe(
      '事件日志在 10 行处截断。',
    );
  });
});
