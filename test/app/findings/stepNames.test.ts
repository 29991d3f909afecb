/** The app's checks name steps by their names in the UI's language, ids only to tell twins apart. */
import { describe, expect, it } from 'vitest';
import { findingText, stepNamesIn, templatesFor } from '../../../src/app/findings/findingText.ts';
import { loadBlueprintValue, type Blueprint, type Finding } from '../../../src/model/index.ts';
import { loadedExamples } from '../blueprints.ts';

const deposit = new Map(loadedExamples()).get('counter-deposit.json')!;

/** The deposit with its voucher filing's flow in cut: the step is then a dead end. */
function withDeadEnd(): { blueprint: Blueprint; finding: Finding } {
  const blueprint = structuredClone(deposit);
  blueprint.flows = blueprint.flows.filter((flow) => flow.from !== 'f-count');
  const loaded = loadBlueprintValue(blueprint);
  if (!loaded.ok) throw new Error('the edited deposit does not load');
  const finding = loaded.findings.find((f) => f.code === 'dead-end' && f.stepId === 'f-count');
  if (!finding) throw new Error(`no dead end: ${loaded.findings.map((f) => f.code).join()}`);
  return { blueprint, finding };
}

describe('checks name steps by name', () => {
  it('says "Count cash" in English and 清点现金 in Chinese, not f-count', () => {
    const { blueprint, finding } = withDeadEnd();
    for (const [language, name] of [
      ['en', '"Count cash"'],
      ['zh-CN', '"清点现金"'],
    ] as const) {
      const text = findingText(
        finding,
        language,
        templatesFor(language),
        stepNamesIn(blueprint, language),
      );
      expect(text).toContain(name);
      expect(text).not.toContain('f-count');
    }
    // Without the blueprint (an import's problems) the id stays.
    expect(findingText(finding, 'en')).toContain('"f-count"');
  });

  it('adds the id only where two steps share a name, and uses the id for a step without one', () => {
    const blueprint = structuredClone(deposit);
    blueprint.steps.find((step) => step.id === 'b-key')!.label = { en: 'Count cash' };
    blueprint.steps.find((step) => step.id === 'b-file')!.label = { en: ' ' };
    const names = stepNamesIn(blueprint, 'en');
    expect(names.get('f-count')).toBe('Count cash (f-count)');
    expect(names.get('b-key')).toBe('Count cash (b-key)');
    expect(names.get('b-file')).toBe('b-file');
    expect(names.get('c-enter-pin')).toBe('Enter PIN');
  });
});
