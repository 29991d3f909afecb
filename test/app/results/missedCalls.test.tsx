/**
 * Missed tickets in the results: each interval beside its own figure (the count's right
 * after the count, the calling time's with the calling time), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { MissedCalls } from '../../../src/app/results/MissedCalls.tsx';
import { namesIn } from '../../../src/app/results/names.ts';
import { loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit-vip.json');
const results = resultsOf(blueprint);
const [stepId, step] = Object.entries(results.steps).find(([, s]) => s.missedCalls)!;
const missed = step.missedCalls!;

function render(language: 'en' | 'zh-CN'): string {
  return textOf(
    renderHtml(
      <MissedCalls
        results={results}
        names={namesIn(blueprint, language)}
        onSelectStep={() => {}}
      />,
      language,
    ),
  );
}

const one = (value: number) =>
  value.toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

describe('MissedCalls', () => {
  it('puts each interval by its own figure', () => {
    expect(stepId).toBeTruthy();
    const [low, high] = missed.missed.ci95!;
    const [callLow, callHigh] = missed.callMinutes.ci95!;
    const text = render('en');
    expect(text).toContain(
      `${one(missed.missed.mean)} missed calls 95 % CI ${one(low)} – ${one(high)} · `,
    );
    expect(text).toContain(
      `calling: ${one(missed.callMinutes.mean)} min (95 % CI ${one(callLow)} – ${one(callHigh)} min)`,
    );
  });

  it('says the same in Chinese', () => {
    const text = render('zh-CN');
    expect(text).toContain(`过号 ${one(missed.missed.mean)} 次 95% 置信区间 `);
    expect(text).toMatch(/叫号用时：[\d.]+ 分钟（95% 置信区间 [\d.]+ – [\d.]+ 分钟）/);
  });
});
