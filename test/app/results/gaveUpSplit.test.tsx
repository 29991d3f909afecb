/**
 * Who gave up, split into balked and reneged: beside the count in the dock's class table
 * and whole-process figures (English and Chinese), in the CSV export and in the command
 * line's report; results kept before the split was counted show the count alone.
 */
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../../../src/app/results/csv.ts';
import { formatAmount } from '../../../src/app/results/format.ts';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { formatReport } from '../../../src/cli/report.ts';
import type { Results } from '../../../src/sim/index.ts';
import { loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit-vip.json');
const results = resultsOf(blueprint, 4);

function panelHtml(shown: Results, language: 'en' | 'zh-CN'): string {
  return renderHtml(
    <ResultsPanel results={shown} blueprint={blueprint} stale={false} onSelectStep={() => {}} />,
    language,
  );
}

/** The text of the class's gave-up cell in the classes table. */
function gaveUpCell(html: string, classId: string): string {
  const table = html.slice(html.indexOf('results-classes'));
  const row = table.slice(table.indexOf(`data-class-id="${classId}"`));
  const start = row.indexOf('data-column="abandoned"');
  return textOf(row.slice(start, row.indexOf('</td>', start)));
}

/** The text of the whole process's gave-up card. */
function gaveUpCard(html: string): string {
  const start = html.indexOf('data-kpi="abandoned"');
  return textOf(html.slice(start, html.indexOf('</div>', start)));
}

function split(language: 'en' | 'zh-CN', balked: number, reneged: number): string {
  const [b, r] = [balked, reneged].map((n) => formatAmount(n, 'count', language));
  return language === 'en' ? `balked ${b}, reneged ${r}` : `见队即走 ${b}，中途放弃 ${r}`;
}

/** The results as kept before the split was counted. */
function withoutSplit(kept: Results): Results {
  const old = structuredClone(kept) as unknown as {
    classes: Record<string, Record<string, unknown>>;
    system: { counts: Record<string, unknown> };
  };
  for (const result of Object.values(old.classes)) {
    delete result.balked;
    delete result.reneged;
  }
  delete old.system.counts.balked;
  delete old.system.counts.reneged;
  return old as unknown as Results;
}

describe('the dock splits who gave up into balked and reneged', () => {
  it('the example’s customers both balk and renege, and the two add up within those who gave up', () => {
    const { counts } = results.system;
    expect(counts.balked.mean).toBeGreaterThan(0);
    expect(counts.reneged.mean).toBeGreaterThan(0);
    expect(counts.balked.mean + counts.reneged.mean).toBeLessThanOrEqual(
      counts.abandoned.mean + 1e-9,
    );
  });

  for (const language of ['en', 'zh-CN'] as const) {
    it(`per class and for the whole process (${language})`, () => {
      const html = panelHtml(results, language);
      for (const [classId, result] of Object.entries(results.classes)) {
        if (result.abandoned.mean === 0) continue;
        expect(gaveUpCell(html, classId)).toContain(
          split(language, result.balked.mean, result.reneged.mean),
        );
      }
      const { counts } = results.system;
      expect(gaveUpCard(html)).toContain(split(language, counts.balked.mean, counts.reneged.mean));
    });
  }

  it('shows results kept before the split with the gave-up count alone', () => {
    const html = panelHtml(withoutSplit(results), 'en');
    const retail = results.classes.retail!;
    const cell = gaveUpCell(html, 'retail');
    expect(cell).toContain(formatAmount(retail.abandoned.mean, 'count', 'en'));
    expect(cell).not.toContain('balked');
    expect(gaveUpCard(html)).not.toContain('balked');
  });
});

describe('the CSV export and the report split who gave up', () => {
  function rows(text: string): string[][] {
    return text
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
  }

  it('writes balked and reneged with their intervals for the system and each class', () => {
    const csv = rows(resultsToCsv(results, blueprint));
    const find = (kind: string, id: string, metric: string) =>
      csv.find((r) => r[0] === kind && r[1] === id && r[3] === metric)!;
    const expectRow = (
      row: string[],
      estimate: { mean: number; ci95: [number, number] | null },
    ) => {
      expect(Number(row[4])).toBeCloseTo(estimate.mean, 3);
      expect(Number(row[5])).toBeCloseTo(estimate.ci95![0], 3);
      expect(Number(row[6])).toBeCloseTo(estimate.ci95![1], 3);
      expect(row[7]).toBe('customers/day');
    };
    expectRow(find('system', 'system', 'balked'), results.system.counts.balked);
    expectRow(find('system', 'system', 'reneged'), results.system.counts.reneged);
    for (const [id, result] of Object.entries(results.classes)) {
      expectRow(find('class', id, 'balked'), result.balked);
      expectRow(find('class', id, 'reneged'), result.reneged);
    }
    const old = resultsToCsv(withoutSplit(results), blueprint);
    expect(rows(old).some((r) => r[3] === 'balked' || r[3] === 'reneged')).toBe(false);
  });

  it('gives them under the system’s abandoned and as class columns (English and Chinese)', () => {
    for (const [language, balks, reneges] of [
      ['en', 'balks', 'reneges'],
      ['zh-CN', '见队即走', '中途放弃'],
    ] as const) {
      const report = formatReport(blueprint, results, language);
      const { counts } = results.system;
      expect(report).toMatch(new RegExp(`\\n {4}${balks} +${counts.balked.mean.toFixed(1)}`));
      expect(report).toMatch(new RegExp(`\\n {4}${reneges} +${counts.reneged.mean.toFixed(1)}`));
      const lines = report.split('\n');
      const at = lines.findIndex((line) => line.includes(`  ${balks}  ${reneges}  `));
      expect(at).toBeGreaterThan(0);
      const header = lines[at]!;
      // Cells are apart by two spaces or more, single spaces within them.
      const columns = header.trim().split(/ {2,}/);
      const vip = lines.slice(at).find((line) => line.startsWith('  vip '))!;
      const cells = vip.trim().split(/ {2,}/).slice(columns.indexOf(balks));
      expect(cells[1]).toBe(results.classes.vip!.reneged.mean.toFixed(1));
    }
  });
});
