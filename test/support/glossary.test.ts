/**
 * One Chinese word per term (docs/glossary.md): the words the glossary rules out appear
 * nowhere in the Chinese the project writes (source catalogues, examples, docs).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Words a bank's own export may contain: recognised as input, not our wording. */
const INPUT_VOCABULARY = ['src/calibrate/logs/', 'docs/calibration-logs.md', 'docs/glossary.md'];

interface Term {
  english: string;
  chinese: string;
  avoided: string[];
}

function glossary(): Term[] {
  const text = readFileSync(join(root, 'docs/glossary.md'), 'utf8');
  const table = text.slice(
    text.indexOf('<!-- glossary:start -->'),
    text.indexOf('<!-- glossary:end -->'),
  );
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => {
      const [english, chinese, avoided] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return {
        english: english!,
        chinese: chinese!,
        avoided: avoided ? avoided.split(/[,，]\s*/).filter(Boolean) : [],
      };
    });
}

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const written = [
  ...filesUnder('src', /\.tsx?$/),
  ...filesUnder('blueprints', /\.json$/),
  ...filesUnder('docs', /\.md$/),
  'README.md',
].filter((path) => !INPUT_VOCABULARY.some((skip) => path.startsWith(skip)));

describe('the Chinese glossary', () => {
  const terms = glossary();

  it('is read from docs/glossary.md', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(terms.find((term) => term.english.startsWith('customer'))).toMatchObject({
      chinese: '客户',
      avoided: ['顾客'],
    });
    expect(terms.find((term) => term.english.startsWith('fail point'))?.chinese).toBe('失误点');
  });

  it('no avoided word appears in the source, the examples or the docs', () => {
    const found: string[] = [];
    for (const path of written) {
      const lines = readFileSync(join(root, path), 'utf8').split('\n');
      lines.forEach((line, index) => {
        for (const term of terms)
          for (const avoided of term.avoided)
            if (line.includes(avoided))
              found.push(`${relative('.', path)}:${index + 1}: ${avoided} → ${term.chinese}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('scans the catalogues where the app, the reports and the warnings keep their Chinese', () => {
    for (const catalogue of [
      'src/app/i18n/zh-CN.ts',
      'src/cli/reportWords.ts',
      'src/sim/warningText.ts',
      'src/model/wording/findingsZhCN.ts',
      'blueprints/counter-deposit.json',
    ])
      expect(written).toContain(catalogue);
  });
});
