import { describe, expect, it, vi } from 'vitest';
import { ExportResultsButtons } from '../../../src/app/results/ExportResultsButtons.tsx';
import { ScenarioComparison } from '../../../src/app/results/ScenarioComparison.tsx';
import { deposit, loadExample, renderHtml, scenario, textOf, withCapacity } from './support.tsx';

const { blueprint, results } = deposit();
const four = scenario('four', '4 tellers', blueprint);
const five = scenario('five', '5 tellers', withCapacity(blueprint, 'tellers', 5));

/** The <tr> of a comparison row, by its key. */
function rowHtml(html: string, key: string): string {
  return html.match(new RegExp(`<tr[^>]*data-row="${key}"[^>]*>.*?</tr>`))![0];
}

describe('ScenarioComparison', () => {
  it('names both scenarios and shows the wait falling with the arrow and in words', () => {
    const html = renderHtml(<ScenarioComparison left={four} right={five} />);
    const text = textOf(html);
    expect(text).toContain('4 tellers');
    expect(text).toContain('5 tellers');
    const p90 = rowHtml(html, 'waitP90');
    expect(p90).toContain('data-change="better"');
    const from = four.results.system.wait.p90.toFixed(1);
    const to = five.results.system.wait.p90.toFixed(1);
    expect(textOf(p90)).toContain(`↓ Waiting, 90 % within ${from} → ${to} min better`);
    const replications = four.results.run.replications;
    expect(textOf(p90)).toContain(`same seed, paired over ${replications} replications: -`);
    const mean = textOf(rowHtml(html, 'waitMean'));
    expect(mean).toMatch(/same seed, paired over \d+ replications: -[\d.]+ min, 95 % interval -/);
  });

  it('says "no clear difference" where a figure moved within the noise', () => {
    const html = renderHtml(<ScenarioComparison left={four} right={five} />);
    const unclear = [...html.matchAll(/<tr[^>]*data-change="unclear"[^>]*>.*?<\/tr>/g)];
    for (const [line] of unclear) expect(textOf(line)).toContain('no clear difference');
    const zh = renderHtml(<ScenarioComparison left={four} right={five} />, 'zh-CN');
    expect(textOf(zh)).toContain('随机种子相同，按');
  });

  it('gives the outcome and cost rows a verdict from their paired difference, in both languages', () => {
    const html = renderHtml(<ScenarioComparison left={four} right={five} />);
    const completed = textOf(rowHtml(html, 'completed'));
    expect(completed).toMatch(/^Completed /);
    expect(completed).toMatch(/same seed, paired over \d+ replications: \+/);
    const cost = rowHtml(html, 'cost:tellers');
    expect(cost).toContain('data-change="worse"');
    expect(textOf(cost)).toMatch(/^Tellers cost in its hours /);
    const zh = renderHtml(<ScenarioComparison left={four} right={five} />, 'zh-CN');
    expect(textOf(rowHtml(zh, 'cost:tellers'))).toMatch(/^「柜员」工作时间内成本 /);
    expect(textOf(rowHtml(zh, 'completed'))).toMatch(/^已办结 .*随机种子相同/);
  });

  it('gives a difference of shares in percentage points, not percent, in both languages', () => {
    const html = renderHtml(<ScenarioComparison left={four} right={five} />);
    const busy = textOf(rowHtml(html, 'pool:tellers'));
    // A fifth teller: the tellers busy a smaller share of the day, a share minus a share.
    expect(busy).toMatch(
      /paired over \d+ replications: -[\d.]+ pp, 95 % interval -[\d.]+ to -[\d.]+$/,
    );
    const zh = renderHtml(<ScenarioComparison left={four} right={five} />, 'zh-CN');
    expect(textOf(rowHtml(zh, 'pool:tellers'))).toMatch(
      /：-[\d.]+ 个百分点，95 % 区间 -[\d.]+ 至 -[\d.]+$/,
    );
  });

  it('says in plain words what differs between the blueprints', () => {
    const text = textOf(renderHtml(<ScenarioComparison left={four} right={five} />));
    expect(text).toContain('What differs between the blueprints');
    expect(text).toContain('Tellers: 4 → 5 units');
    expect(text).toContain('Tellers: schedule changed');
    const same = textOf(renderHtml(<ScenarioComparison left={four} right={four} />));
    expect(same).toContain('Nothing that the simulation uses differs');
  });

  it('words the greeter redesign in Chinese', () => {
    const greeter = scenario('g', '引导员', loadExample('counter-deposit-atm-greeter.json'));
    const text = textOf(renderHtml(<ScenarioComparison left={four} right={greeter} />, 'zh-CN'));
    expect(text).toContain('方案对比');
    expect(text).toContain('新增资源池：大堂引导员');
    expect(text).toContain('仅一个方案有');
  });

  it('shows the wait of all who queued and the overtime, named, in both languages', () => {
    const html = renderHtml(<ScenarioComparison left={four} right={five} />);
    expect(textOf(rowHtml(html, 'waitAll:c-hand-over'))).toMatch(
      /^Wait at .+, all who queued incl\. those who gave up .*same seed, paired over/,
    );
    expect(textOf(rowHtml(html, 'overtime:tellers'))).toMatch(
      /^Tellers overtime after its hours [\d.]+ unit-hours/,
    );
    const zh = renderHtml(<ScenarioComparison left={four} right={five} />, 'zh-CN');
    expect(textOf(rowHtml(zh, 'overtime:tellers'))).toMatch(/^「柜员」工作时间后加班 /);
    expect(textOf(rowHtml(zh, 'waitAll:c-hand-over'))).toContain('含放弃者在内的全部排队客户');
  });

  it('puts each customer class’s rows under a heading of its own', () => {
    const reception = loadExample('client-reception.json');
    const more = withCapacity(reception, 'specialists', 6);
    const html = renderHtml(
      <ScenarioComparison
        left={scenario('r5', '5 specialists', reception)}
        right={scenario('r6', '6 specialists', more)}
      />,
    );
    const group = (classId: string) =>
      html.match(new RegExp(`<tbody data-class-id="${classId}">.*?</tbody>`))![0];
    const walkIn = group('walk-in');
    expect(textOf(walkIn)).toMatch(/^Customer class: Walk-in client Completed /);
    expect(walkIn).toContain('data-row="class:walk-in:completed"');
    expect(walkIn).toContain('data-row="class:walk-in:withinTarget"');
    expect(walkIn).not.toContain('data-row="class:booked:');
    // Read alone, a cell names the class as well as the figure.
    expect(textOf(rowHtml(walkIn, 'class:walk-in:completed'))).toContain(
      'Walk-in client: Completed',
    );
    expect(textOf(group('booked'))).toMatch(/^Customer class: Booked client /);
    const zh = renderHtml(
      <ScenarioComparison
        left={scenario('r5', '5 specialists', reception)}
        right={scenario('r6', '6 specialists', more)}
      />,
      'zh-CN',
    );
    expect(textOf(zh)).toContain('客户类别：');
  });

  it('has a close button only when it can be closed', () => {
    const closable = renderHtml(<ScenarioComparison left={four} right={five} onClose={vi.fn()} />);
    expect(textOf(closable)).toContain('Close comparison');
    expect(renderHtml(<ScenarioComparison left={four} right={five} />)).not.toContain(
      'Close comparison',
    );
  });
});

describe('ExportResultsButtons', () => {
  it('offers CSV and JSON as a labelled group of buttons', () => {
    const html = renderHtml(
      <ExportResultsButtons results={results} blueprint={blueprint} fileStem="counter-deposit" />,
    );
    expect(html).toContain('role="group" aria-label="Export results"');
    expect(html.match(/<button type="button"/g)).toHaveLength(2);
    expect(textOf(html)).toBe('Export CSV Export JSON');
  });
});
