/**
 * A saved scenario's row says what was run: a what-if's run with its change (never "as
 * drawn"), and the visits completed, in the outcome wording the results use. Both languages.
 */
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/app/results/format.ts';
import type { Scenario } from '../../../src/app/results/scenario.ts';
import { ScenarioRow } from '../../../src/app/simulation/ScenarioRow.tsx';
import { scenariosFrom } from '../../../src/app/simulation/scenarioStorage.ts';
import { createRunStore } from '../../../src/app/simulation/runStore.ts';
import { applyWhatIf } from '../../../src/app/whatif/applyWhatIf.ts';
import { type RunHandle } from '../../../src/app/simulation/runClient.ts';
import { simulate } from '../../../src/sim/index.ts';
import { loadExample, renderHtml, resultsOf, textOf } from './support.tsx';

const noop = () => undefined;
const drawn = loadExample('counter-deposit.json');
const variant = applyWhatIf(drawn, { units: { tellers: 5 } });

function scenario(id: string, what?: string): Scenario {
  const blueprint = what ? variant : drawn;
  return {
    id,
    name: id,
    createdAt: '2026-12-05T05:00:00Z',
    blueprint,
    results: resultsOf(blueprint, 3),
    ...(what ? { variant: what } : {}),
  };
}

describe('a saved scenario row', () => {
  it('a what-if says its change, not "as drawn"; the counts are of completed visits', () => {
    const row = (language: 'en' | 'zh-CN', one: Scenario) =>
      textOf(
        renderHtml(
          <ScenarioRow scenario={one} picked={false} onToggle={noop} onRemove={noop} />,
          language,
        ),
      );
    const plan = row('en', scenario('plan', 'Tellers 5'));
    const base = row('en', scenario('base'));
    expect(plan).toContain('plan what-if: Tellers 5');
    expect(plan).not.toContain('as drawn');
    expect(base).toContain('base as drawn');
    const completed = resultsOf(drawn, 3).system.outcomes.completed!.count.mean;
    expect(base).toContain(`completed ${formatAmount(completed, 'customers', 'en')}`);
    expect(base).not.toContain('left by an exit');
    const zh = row('zh-CN', scenario('plan', 'Tellers 5'));
    expect(zh).toContain('假设分析：Tellers 5');
    expect(zh).toContain('已办结');
    expect(zh).not.toContain('出口离开');
  });

  it('a what-if run is saved with its change, and kept across reloads', async () => {
    const store = createRunStore((blueprint, options) => {
      const results = simulate(blueprint, { ...options, replications: 2 });
      return {
        cancel: () => undefined,
        outcome: Promise.resolve({ kind: 'done', results, milliseconds: 1 }),
      } as RunHandle;
    });
    await store.getState().run(drawn);
    expect(store.getState().saveScenario('as drawn run')?.variant).toBeUndefined();
    await store.getState().run(variant, 'Tellers 5');
    const saved = store.getState().saveScenario('five');
    expect(saved?.variant).toBe('Tellers 5');
    const [back] = scenariosFrom(JSON.parse(JSON.stringify([saved])));
    expect(back?.variant).toBe('Tellers 5');
  });
});
