/**
 * The results dock's classes: each class's p90 wait, and where the class promises a share
 * within its target, ✓ met or ✗ missed beside the measured share and its interval.
 */
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/app/results/format.ts';
import { ResultsPanel } from '../../../src/app/results/ResultsPanel.tsx';
import { loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit-vip.json');
const results = resultsOf(blueprint, 4);
const panel = (
  <ResultsPanel results={results} blueprint={blueprint} stale={false} onSelectStep={() => {}} />
);

/** The text of the class's row in the classes table. */
function row(html: string, classId: string): string {
  const table = html.slice(html.indexOf('results-classes'));
  const start = table.indexOf(`data-class-id="${classId}"`);
  return textOf(table.slice(start, table.indexOf('</tr>', start)));
}

describe('the classes’ targets', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`says per class whether its target is met, with the share and its interval (${language})`, () => {
      const html = renderHtml(panel, language);
      for (const customerClass of blueprint.classes!) {
        const result = results.classes[customerClass.id]!;
        const text = row(html, customerClass.id);
        const share = result.withinTarget!;
        const promised = customerClass.serviceTarget!.share!;
        const met = share.mean >= promised;
        const words = language === 'en' ? ['✓ met', '✗ missed'] : ['✓ 达标', '✗ 未达标'];
        expect(text).toContain(met ? words[0] : words[1]);
        expect(text).not.toContain(met ? words[1] : words[0]);
        expect(text).toContain(`${formatAmount(share.mean, 'share', language)} %`);
        expect(text).toContain(formatAmount(share.ci95![0], 'share', language, share.mean));
        expect(text).toContain(`${formatAmount(promised, 'share', language)} %`);
        const p90 = formatAmount(result.wait.p90, 'minutes', language);
        expect(text).toContain(language === 'en' ? `${p90} min` : `${p90} 分钟`);
      }
    });
  }
});
