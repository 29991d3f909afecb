/**
 * `simulate --lang zh-CN` prints the whole report in Chinese, headings and columns
 * included, and its tables line up on a terminal although Chinese characters take two
 * columns each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report.ts';
import { REPORT_WORDS } from '../../src/cli/reportWords.ts';
import { displayWidth, textTable } from '../../src/cli/textTable.ts';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';
import { cellStarts, section } from './reportText.ts';

const root = new URL('../../', import.meta.url).pathname;

function example(name: string): Blueprint {
  const loaded = loadBlueprintText(readFileSync(join(root, 'blueprints', name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.blueprint;
}

describe('the report in Chinese', () => {
  const blueprint = example('counter-deposit.json');
  const results = simulate(blueprint, { replications: 3 });
  const report = formatReport(blueprint, results, 'zh-CN');
  const words = REPORT_WORDS['zh-CN'];

  it('has no English heading or column name left', () => {
    for (const english of [
      'System',
      'Wait points',
      'Fail points',
      'Pools',
      'mean wait',
      'utilisation',
      'replications',
      'business day',
      'per day',
      'of those who left',
      'all queued',
    ])
      expect(report).not.toContain(english);
    expect(report).toContain(words.system);
    expect(report).toContain(words.waitPoints);
    expect(report).toContain(words.poolsDay);
    // The blueprint's own Chinese label, not its English one.
    expect(report).toContain('递交现金');
  });

  it('lines up every table by terminal columns, with Chinese labels in the rows', () => {
    const tableOf = (heading: string) =>
      section(report, heading)
        .slice(1)
        .filter((line) => line.startsWith('  ') && !line.startsWith(`  ${words.allQueuedNote}`));
    for (const heading of [words.waitPoints, words.poolsDay]) {
      const lines = tableOf(heading).filter((line) => !line.includes('加班：'));
      expect(lines.length).toBeGreaterThan(2);
      // Lined up, all rows' cells start at no more places than there are columns (the
      // header's, and the label column, whose heading is empty); padded by characters,
      // each Chinese label would shift the cells after it.
      const starts = new Set(lines.flatMap(cellStarts));
      expect(starts.size).toBeLessThanOrEqual(cellStarts(lines[0]!).length + 1);
    }
    const wait = tableOf(words.waitPoints);
    const header = wait[0]!;
    const row = wait.find((line) => line.includes('c-hand-over'))!;
    // The mean wait of the hand-over sits under its heading although the label before it is Chinese.
    const under = displayWidth(header.slice(0, header.indexOf(words.waitColumns.meanWait)));
    const value = `${results.steps['c-hand-over']!.wait!.mean.toFixed(2)} 分钟`;
    expect(displayWidth(row.slice(0, row.indexOf(value)))).toBe(under);
  });

  it('words the run warnings in Chinese', () => {
    const busy = structuredClone(blueprint);
    const arrivals = busy.arrivals;
    if (arrivals?.type !== 'profile') throw new Error('the deposit example has a rate profile');
    for (const period of arrivals.periods) period.perHour *= 3;
    const text = formatReport(busy, simulate(busy, { replications: 2 }), 'zh-CN');
    const warnings = section(text, words.warnings);
    expect(warnings.length).toBeGreaterThan(1);
    for (const line of warnings.slice(1)) expect(line).toMatch(/[\u4e00-\u9fff]/);
  });

  it('words a batch not done within its hours with clock times, in both languages', () => {
    const late = structuredClone(results);
    late.warnings = [
      {
        code: 'pool-overloaded-batch',
        params: {
          pool: 'back-office',
          load: 2.4,
          capacity: 2,
          utilization: 1.2,
          from: 960,
          to: 1110,
        },
      },
    ];
    expect(formatReport(blueprint, late, 'en')).toContain(
      'back-office would be 120 % busy from its batch at 16:00 to the end of its hours at 18:30 (work for 2.4 units, 2 on average',
    );
    expect(formatReport(blueprint, late, 'zh-CN')).toContain(
      'back-office从 16:00 批量处理起到 18:30 下班，利用率将达 120 %',
    );
  });

  it('keeps English for any other language and Chinese for every zh tag', () => {
    expect(formatReport(blueprint, results, 'de')).toContain('\nSystem\n');
    expect(formatReport(blueprint, results, 'zh')).toContain(`\n${words.system}\n`);
  });
});

describe('textTable', () => {
  it('pads by display width: a Chinese character counts two columns', () => {
    const lines = textTable([
      ['步骤', 'x'],
      ['ab', 'y'],
    ]);
    expect(lines).toEqual(['  步骤  x', '  ab    y']);
  });
});
