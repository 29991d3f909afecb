/** The example list reads in one language: every example's tag has a Chinese name. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagName } from '../../../src/app/examples/tagNames.ts';

const folder = new URL('../../../blueprints/', import.meta.url).pathname;

const exampleTags = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .flatMap(
    (name) =>
      (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { tags?: string[] }).tags ?? [],
  );

describe('tag names', () => {
  it('names every example tag in Chinese', () => {
    expect(exampleTags.length).toBeGreaterThan(10);
    for (const tag of exampleTags) expect(tagName(tag, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps tags as written in English and for tags it does not know', () => {
    expect(tagName('bank', 'en')).toBe('bank');
    expect(tagName('my own tag', 'zh-CN')).toBe('my own tag');
  });
});
