/**
 * An exported step's facts (mean duration, pool) are never cut: they take a second line
 * when one does not hold them (issue 12: "avg 2 min · Core banking…" under "Post the
 * deposit"), and the second line stays clear of the label above it.
 */
import { describe, expect, it } from 'vitest';
import { textIn, type Blueprint } from '../../../src/model/index.ts';
import { blueprintSvg } from '../../../src/app/diagram/blueprintSvg.ts';
import { factLines } from '../../../src/app/diagram/svgSteps.ts';
import { textWidth } from '../../../src/app/diagram/svgText.ts';
import { diagramWords } from '../../../src/app/export/diagramWords.ts';
import { allElements, parseXml, textContent, type XmlElement } from '../../support/xml.ts';
import { translator } from '../../support/translator.ts';
import { loadedExamples } from '../blueprints.ts';

const examples = loadedExamples();
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Label lines stand 1.3 × 13 px apart; a facts line's letters reach 0.8 × 11 px over its baseline. */
const LABEL_LINE = 13 * 1.3;
const FACTS_ASCENT = 11 * 0.8;
const LABEL_DESCENT = 13 * 0.25;

const lineCount = (text: XmlElement) =>
  Math.max(1, text.children.filter((child) => child.name === 'tspan').length);

describe('factLines', () => {
  it('keeps one line when it fits, else breaks at the dot and wraps a long name below', () => {
    expect(factLines(['avg 2 min', 'Tellers'], 200, 3)).toEqual(['avg 2 min · Tellers']);
    expect(factLines(['avg 2 min', 'Core banking system'], 120, 3)).toEqual([
      'avg 2 min',
      'Core banking system',
    ]);
    const wrapped = factLines(['avg 2 min', 'Core banking system of the branch'], 120, 3);
    expect(wrapped[0]).toBe('avg 2 min');
    expect(wrapped.join(' ')).toBe('avg 2 min Core banking system of the branch');
    for (const line of wrapped) expect(textWidth(line, 11)).toBeLessThanOrEqual(120);
    // With room for one line only, the one line ends in "…" (the box holds no more).
    expect(factLines(['avg 2 min', 'Core banking system'], 120, 1)[0]).toMatch(/…$/);
  });
});

describe.each(['en', 'zh-CN'])('exported step facts in %s', (language) => {
  it.each(examples)('%s: whole, and clear of the label', async (_name, blueprint: Blueprint) => {
    const t = await translator(language);
    const { svg } = blueprintSvg(blueprint, diagramWords(t, language, blueprint));
    const steps = allElements(parseXml(svg)).filter((element) =>
      element.attributes.class?.split(' ').includes('step'),
    );
    const pools = new Map((blueprint.resources ?? []).map((pool) => [pool.id, pool.label]));
    for (const [index, step] of blueprint.steps.entries()) {
      const group = steps[index]!;
      const facts = group.children.find((child) => child.attributes.class === 'step-facts');
      const pool = step.resource ? pools.get(step.resource.pool) : undefined;
      if (!facts) {
        expect(step.duration === undefined && pool === undefined, step.id).toBe(true);
        continue;
      }
      const text = textContent(facts);
      expect(text, step.id).not.toContain('…');
      if (pool !== undefined)
        expect(squeeze(text), step.id).toContain(squeeze(textIn(pool, language)));
      const label = group.children.find((child) => child.name === 'text')!;
      const labelBottom = Number(label.attributes.y) + (lineCount(label) - 1) * LABEL_LINE;
      expect(labelBottom + LABEL_DESCENT, step.id).toBeLessThanOrEqual(
        Number(facts.attributes.y) - FACTS_ASCENT,
      );
    }
  });
});
