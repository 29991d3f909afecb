/**
 * A step done as one batch a day is not a wait point: the deposit's vouchers waiting for
 * the clerk's 16:00 batch are items on a pile, not customers. The marks, the heat, the
 * rankings and the comparison leave it out; the results show the batch instead.
 */
import { describe, expect, it, vi } from 'vitest';
import { batchRows } from '../../../src/app/results/batchRows.ts';
import { measuredMarks } from '../../../src/app/results/marks.ts';
import { PoolBars } from '../../../src/app/results/PoolBars.tsx';
import { namesIn } from '../../../src/app/results/names.ts';
import { waitRanking } from '../../../src/app/results/rankings.ts';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit.json');
blueprint.steps.find((step) => step.id === 'b-file')!.batch = { at: '16:00' };
const results = resultsOf(blueprint);
const file = results.steps['b-file']!;

describe('a batch step in the results', () => {
  it('has a pile that waits longer than any customer: the ranking would put it first', () => {
    expect(file.wait!.mean).toBeGreaterThan(results.steps['c-hand-over']!.wait!.mean);
  });

  it('gets no W and no heat from its pile, and leaves the wait ranking', () => {
    const marks = measuredMarks(results, blueprint)['b-file']!;
    expect(marks).toMatchObject({ waitMinutes: null, measuredW: false, unstable: false });
    expect(marks.heat).toBe(Math.min(1, file.failures.rate / 0.1));
    const ranked = waitRanking(results, blueprint).map((row) => row.stepId);
    expect(ranked[0]).toBe('c-hand-over');
    expect(ranked).not.toContain('b-file');
  });

  it('is judged "marked but quiet" if the designer marked it W: nobody waits there', () => {
    const marked = structuredClone(blueprint);
    marked.steps.find((step) => step.id === 'b-file')!.waitPoint = {};
    const row = waitRanking(results, marked).find((r) => r.stepId === 'b-file')!;
    expect(row).toMatchObject({ verdict: 'markedButQuiet', meanMinutes: null });
  });

  it('says the pool’s queue holds the pile’s items, not only customers, in both languages', () => {
    const clerk = blueprint.steps.find((step) => step.id === 'b-file')!.resource!.pool;
    const pools = (language: 'en' | 'zh-CN') =>
      renderHtml(
        <PoolBars results={results} blueprint={blueprint} names={namesIn(blueprint, language)} />,
        language,
      );
    const poolText = (html: string, poolId: string) =>
      textOf(html.match(new RegExp(`<li[^>]*data-pool-id="${poolId}".*?</li>`))![0]);
    const en = pools('en');
    expect(poolText(en, clerk)).toMatch(/queue incl\. the day’s batch items on its pile: mean /);
    expect(poolText(en, 'tellers')).toMatch(/ · queue: mean /);
    expect(poolText(pools('zh-CN'), clerk)).toContain('队列（含每日批量处理的待办件）：平均');
  });

  it('is shown as a batch: items, work, when the pile was done and the pool’s overtime', () => {
    const [row, ...others] = batchRows(results, blueprint);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      stepId: 'b-file',
      poolId: 'back-office',
      items: file.batch!.items,
    });
    expect(row!.workHours.mean).toBeCloseTo(file.batch!.workMinutes.mean / 60, 12);
    expect(row!.doneAt).toEqual(file.batch!.doneAt);
    expect(row!.poolOvertimeHours).toEqual(results.resources['back-office']!.overtime.hours);
  });

  it('has its own section in the panel, in English and Chinese, a row for the step', () => {
    const onSelectStep = vi.fn();
    const element = (
      <ResultsPanel
        results={results}
        blueprint={blueprint}
        stale={false}
        onSelectStep={onSelectStep}
      />
    );
    const html = renderHtml(element);
    const section = html.slice(html.indexOf('data-testid="results-batches"'));
    const text = textOf(section.slice(0, section.indexOf('</ul>')));
    expect(section).toContain('data-step-id="b-file"');
    const items = file.batch!.items.mean.toFixed(1);
    expect(text).toContain(`File the voucher ${items} items`);
    expect(text).toMatch(/of work · pile done at \d\d:\d\d \(95 % CI \d\d:\d\d–\d\d:\d\d\)/);
    expect(text).toMatch(/Back-office clerk(: no overtime| overtime: [\d.]+ unit-hours)/);
    const chinese = textOf(renderHtml(element, 'zh-CN'));
    expect(chinese).toContain('每日批量处理');
    expect(chinese).toContain(`${items} 件`);
    const waits = textOf(html.slice(0, html.indexOf('data-testid="results-batches"')));
    expect(waits).not.toContain('File the voucher');
  });
});
