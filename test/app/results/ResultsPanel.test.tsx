import { describe, expect, it, vi } from 'vitest';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { formatAmount } from '../../../src/app/results/format.ts';
import { RankedList, type RankedItem } from '../../../src/app/results/RankedList.tsx';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { textIn } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { deposit, loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const { blueprint, results } = deposit();

function panel(stale: boolean, onSelectStep = vi.fn()) {
  return (
    <ResultsPanel
      results={results}
      blueprint={blueprint}
      stale={stale}
      onSelectStep={onSelectStep}
    />
  );
}

/** Every <button> element in a rendered tree of host elements. */
function buttonsIn(
  node: ReactNode,
): ReactElement<{ onClick: () => void; 'data-step-id': string }>[] {
  if (Array.isArray(node)) return node.flatMap(buttonsIn);
  if (!isValidElement(node)) return [];
  const props = node.props as { children?: ReactNode };
  const own = node.type === 'button' ? [node as ReactElement<never>] : [];
  return [...own, ...buttonsIn(props.children)];
}

describe('ResultsPanel', () => {
  it('shows the stale banner only when the blueprint changed after the run', () => {
    const stale = renderHtml(panel(true));
    expect(stale).toContain('data-testid="results-stale"');
    expect(textOf(stale)).toContain('Stale: the blueprint changed after this run.');
    expect(renderHtml(panel(false))).not.toContain('results-stale');
  });

  it('shows the system figures with units and 95 % intervals', () => {
    const text = textOf(renderHtml(panel(false)));
    const completed = results.system.outcomes.completed!;
    expect(text).toContain(`Completed ${completed.count.mean.toFixed(1)} customers`);
    expect(text).toContain(
      `95 % CI ${completed.count.ci95![0].toFixed(1)} – ${completed.count.ci95![1].toFixed(1)} customers`,
    );
    expect(text).toContain(`${(completed.share.mean * 100).toFixed(1)} % of those who left`);
    expect(text).not.toMatch(/Served/);
    expect(text).toContain(`Waiting, mean ${results.system.wait.mean.toFixed(1)} min`);
    expect(text).toContain(
      `Within service target ${(results.system.withinTarget!.mean * 100).toFixed(1)} %`,
    );
    expect(text).toContain(
      `${results.run.replications} replications of a business day, 09:00–17:00`,
    );
  });

  it('ranks the teller queue first as a button that names the step and its wait', () => {
    const html = renderHtml(panel(false));
    const firstRow = html.match(/<button[^>]*data-step-id="([^"]+)"[^>]*>/)!;
    expect(firstRow[1]).toBe('c-hand-over');
    const wait = results.steps['c-hand-over']!.wait!.mean.toFixed(1);
    expect(firstRow[0]).toContain(
      `aria-label="Show Hand over on the blueprint: ${wait} min. Marked W, and customers wait here"`,
    );
    const text = textOf(html);
    expect(text).toContain('Marked W, and customers wait here');
    expect(text).toContain('Marked F but rarely fails');
  });

  it('shows every pool’s utilisation as a meter and the per-class table', () => {
    const html = renderHtml(panel(false));
    for (const pool of blueprint.resources!) {
      const busy = (results.resources[pool.id]!.utilization.mean * 100).toFixed(1);
      expect(html).toContain(`aria-label="${textIn(pool.label, 'en')}: ${busy} % busy"`);
    }
    expect(textOf(html)).toContain('Retail customer');
    expect(html).toContain('<table');
  });

  it('gives the wait of all who queued beside the ranked wait, and each pool’s cost and overtime', () => {
    const text = textOf(renderHtml(panel(false)));
    const allQueued = results.steps['c-hand-over']!.waitAll!.mean.toFixed(1);
    expect(text).toContain(`all who queued, incl. those who gave up: ${allQueued} min`);
    const tellers = results.resources.tellers!;
    expect(tellers.overtime.hours.mean).toBeGreaterThan(0);
    const money = (value: number) => formatAmount(value, 'money', 'en', undefined, 'CNY');
    expect(text).toContain(`cost ${money(tellers.cost.mean)} in its hours`);
    expect(text).toContain(
      `overtime after its hours: ${tellers.overtime.hours.mean.toFixed(2)} unit-hours, cost ${money(tellers.overtime.cost.mean)}`,
    );
    // Said once under the pools; a pool whose overtime rounds to 0.00 shows none.
    expect(text.split('Not in the utilisation or the cost.')).toHaveLength(2);
    expect(text).not.toContain('0.00 unit-hours');
    const chinese = textOf(renderHtml(panel(false), 'zh-CN'));
    expect(chinese).toContain(`含放弃者在内的全部排队客户：${allQueued} 分钟`);
    expect(chinese).toContain(
      `工作时间后加班：${tellers.overtime.hours.mean.toFixed(2)} 单位·小时`,
    );
  });

  it('has titled charts with a text alternative', () => {
    const html = renderHtml(panel(false));
    expect(textOf(html)).toContain('Time in branch');
    expect(html).toMatch(/role="img" aria-label="Histogram of the time in the branch of \d+/);
    expect(html).toMatch(/role="img" aria-label="Tellers: busiest at \d\d:\d\d/);
  });

  it('names steps and pools in Chinese in a Chinese UI', () => {
    const text = textOf(renderHtml(panel(true), 'zh-CN'));
    expect(text).toContain('递交现金');
    expect(text).toContain('柜员');
    expect(text).toContain('已过期');
  });

  it('writes the basis of a failure count in Chinese brackets in a Chinese UI', () => {
    expect(textOf(renderHtml(panel(false), 'zh-CN'))).toMatch(/\d+\.\d 次失败（每天平均）/);
    expect(textOf(renderHtml(panel(false)))).toMatch(/\d+\.\d failures \(average per day\)/);
  });

  it('labels a steady-state run in minutes, not by the time of day', () => {
    const steady = simulate(blueprint, { replications: 2, horizon: 600, warmup: 60 });
    const html = renderHtml(
      <ResultsPanel results={steady} blueprint={blueprint} stale={false} onSelectStep={vi.fn()} />,
    );
    expect(textOf(html)).toContain('2 replications of 600 min in steady state');
    expect(textOf(html)).toContain('Tellers over the run');
    expect(html).toMatch(/aria-label="Tellers: busiest at \d+ \(/);
    expect(html).not.toMatch(/aria-label="Tellers: busiest at \d\d:\d\d/);
    expect(textOf(html)).not.toContain('overtime');
  });
});

describe('outcomes in the results', () => {
  const margin = loadExample('margin-account-opening.json');
  const marginResults = resultsOf(margin);
  const html = (language: 'en' | 'zh-CN' = 'en') =>
    renderHtml(
      <ResultsPanel
        results={marginResults}
        blueprint={margin}
        stale={false}
        onSelectStep={vi.fn()}
      />,
      language,
    );

  it('counts rejected margin clients apart from completed ones, overall and per class', () => {
    const text = textOf(html());
    const { completed, rejected } = marginResults.system.outcomes;
    expect(text).toContain(`Completed ${completed!.count.mean.toFixed(1)} customers`);
    expect(text).toContain(`Rejected ${rejected!.count.mean.toFixed(1)} customers`);
    const classTable = html().slice(html().indexOf('<table'));
    expect(classTable).toContain('data-outcome="rejected"');
    const c = marginResults.classes.C!.outcomes.rejected!.count;
    expect(textOf(classTable)).toContain(
      `${c.mean.toFixed(1)} 95 % CI ${c.ci95![0].toFixed(1)}–${c.ci95![1].toFixed(1)}`,
    );
  });

  it('confirms the F on the eligibility decision, which now measures the rejections', () => {
    const eligible = html().match(/<button[^>]*data-step-id="d-eligible"[^>]*>[\s\S]*?<\/button>/);
    expect(eligible).not.toBeNull();
    expect(textOf(eligible![0])).toContain('Marked F, and it fails');
  });

  it('says it in Chinese', () => {
    const text = textOf(html('zh-CN'));
    expect(text).toContain('已办结');
    expect(text).toContain('被拒绝');
    expect(text).toContain('占离开客户的');
  });
});

describe('a ranked row', () => {
  const item = (stepId: string): RankedItem => ({
    stepId,
    name: stepId,
    value: '3.7 min',
    detail: '',
    designerMarked: true,
    verdict: 'confirmed',
    verdictText: 'Marked W',
    selectLabel: `Show ${stepId}`,
  });

  it('is a button that selects its step when clicked (Enter and Space click a button)', () => {
    const onSelectStep = vi.fn();
    const tree = RankedList({
      kind: 'wait',
      items: [item('c-hand-over'), item('b-file')],
      markLetter: 'W',
      markLabel: 'Marked W',
      emptyText: 'none',
      onSelectStep,
    });
    const buttons = buttonsIn(tree);
    expect(buttons.map((button) => button.props['data-step-id'])).toEqual([
      'c-hand-over',
      'b-file',
    ]);
    buttons[1]!.props.onClick();
    expect(onSelectStep).toHaveBeenCalledExactlyOnceWith('b-file');
  });

  it('says so when there is nothing to rank', () => {
    const html = renderHtml(
      RankedList({
        kind: 'fail',
        items: [],
        markLetter: 'F',
        markLabel: 'Marked F',
        emptyText: 'No step failed.',
        onSelectStep: vi.fn(),
      }),
    );
    expect(html).toBe('<p class="results-empty">No step failed.</p>');
  });
});
