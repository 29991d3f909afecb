/** Saved scenarios read back from storage: what still loads comes back, the rest is left out. */
import { describe, expect, it } from 'vitest';
import { outdatedScenarios, scenariosFrom } from '../../../src/app/simulation/scenarioStorage.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { exampleFiles } from '../blueprints.ts';

const deposit = () => {
  const text = Object.entries(exampleFiles()).find(([path]) =>
    path.endsWith('counter-deposit.json'),
  )![1];
  const loaded = loadBlueprintText(text);
  if (!loaded.ok) throw new Error('example does not load');
  return loaded.blueprint;
};

describe('scenariosFrom', () => {
  const blueprint = deposit();
  const results = simulate(blueprint, { replications: 2 });
  const good = {
    id: 's1',
    name: '3 tellers',
    createdAt: '2026-11-23T10:00:00Z',
    blueprint,
    results,
  };

  it('brings back scenarios that survived a structured clone, unchanged', () => {
    const back = scenariosFrom(structuredClone([good]));
    expect(back).toHaveLength(1);
    expect(JSON.stringify(back[0])).toBe(JSON.stringify(good));
  });

  it('leaves out what cannot be shown right', () => {
    const brokenBlueprint = { ...good, id: 's2', blueprint: { format: 'x' } };
    const otherResults = { ...good, id: 's3', results: { ...results, version: 99 } };
    const noName = { ...good, id: 's4', name: 7 };
    expect(scenariosFrom([brokenBlueprint, otherResults, noName, good]).map((s) => s.id)).toEqual([
      's1',
    ]);
    expect(scenariosFrom('not a list')).toEqual([]);
    expect(scenariosFrom(undefined)).toEqual([]);
  });

  it('counts the scenarios left out for holding results of an older format version', () => {
    const v1 = { ...good, id: 's5', results: { ...results, version: 1 } };
    const foreign = { ...good, id: 's6', results: { format: 'other', version: 1 } };
    const stored = [v1, foreign, good];
    expect(scenariosFrom(stored).map((s) => s.id)).toEqual(['s1']);
    expect(outdatedScenarios(stored)).toBe(1);
    expect(outdatedScenarios([good])).toBe(0);
    expect(outdatedScenarios('not a list')).toBe(0);
  });
});
