import { describe, expect, it } from 'vitest';
import { LINE_IDS, textIn, type Blueprint } from '../../../src/model/index.ts';
import { blueprintSvg } from '../../../src/app/diagram/blueprintSvg.ts';
import { diagramWords } from '../../../src/app/export/diagramWords.ts';
import { allElements, parseXml, textContent, type XmlElement } from '../../support/xml.ts';
import { translator } from '../../support/translator.ts';
import { loadedExamples, makeBlueprint } from '../blueprints.ts';

const examples = loadedExamples();
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function draw(blueprint: Blueprint, language: string) {
  const t = await translator(language);
  const drawing = blueprintSvg(blueprint, diagramWords(t, language, blueprint));
  return { drawing, root: parseXml(drawing.svg), t };
}

const byClass = (root: XmlElement, name: string) =>
  allElements(root).filter((element) => element.attributes.class?.split(' ').includes(name));

describe.each(['en', 'zh-CN'])('the exported SVG in %s', (language) => {
  it.each(examples)(
    '%s: draws every step, flow, lane, line and phase as text',
    async (_name, blueprint) => {
      const { drawing, root, t } = await draw(blueprint, language);
      const text = (value: Parameters<typeof textIn>[0]) => textIn(value, language);
      expect(root.name).toBe('svg');
      expect(root.attributes['xml:lang']).toBe(language);
      expect(drawing.svg).not.toContain('foreignObject');
      // Kilobytes, not the megabytes of a screenshot wrapped in SVG.
      expect(drawing.svg.length).toBeLessThan(80_000);

      const titles = byClass(root, 'title').map(textContent);
      expect(titles[0]).toContain(text(blueprint.name));

      const steps = byClass(root, 'step');
      expect(steps).toHaveLength(blueprint.steps.length);
      blueprint.steps.forEach((step, index) => {
        const group = steps[index]!;
        expect(group.attributes['data-step-id']).toBe(step.id);
        // The label is the box's first <text>, whole (wrapped over lines, never cut).
        const label = group.children.find((child) => child.name === 'text')!;
        expect(squeeze(textContent(label))).toBe(squeeze(text(step.label)));
        if (step.failPoint) expect(textContent(group)).toContain(t('step.failMark'));
        if (step.waitPoint) expect(textContent(group)).toContain(t('step.waitMark'));
      });

      const paths = byClass(root, 'flow').filter((element) => element.name === 'path');
      expect(paths.map((path) => path.attributes['data-flow-id'])).toEqual(
        blueprint.flows.map((flow) => flow.id),
      );
      for (const path of paths) {
        expect(path.attributes.d).toMatch(/^M[\d.-]+ [\d.-]+ /);
        expect(path.attributes['marker-end']).toMatch(/^url\(#arrow-/);
      }
      const captions = byClass(root, 'flow-caption').map(textContent).join('\n');
      for (const flow of blueprint.flows) {
        if (flow.label !== undefined) expect(captions).toContain(text(flow.label));
      }

      const laneNames = byClass(root, 'lane').map(textContent);
      expect(laneNames).toHaveLength(5);
      for (const [index, lane] of (
        ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const
      ).entries()) {
        const own = blueprint.lanes?.[lane]?.label;
        expect(squeeze(laneNames[index]!)).toBe(
          squeeze(own === undefined ? t(`lanes.${lane}`) : text(own)),
        );
      }
      const lineNames = byClass(root, 'line').map(textContent);
      expect(lineNames).toEqual(LINE_IDS.map((line) => t(`lines.${line}`)));

      const phaseNames = byClass(root, 'phase').map(textContent);
      expect(phaseNames).toEqual((blueprint.phases ?? []).map((phase) => text(phase.label)));
      expect(textContent(byClass(root, 'legend')[0]!)).toContain(t('files.export.legend'));
    },
  );
});

describe('the exported SVG', () => {
  it('is in the language asked for, with the blueprint’s own texts in it', async () => {
    const [, deposit] = examples.find(([name]) => name === 'counter-deposit.json')!;
    const { drawing } = await draw(deposit, 'zh-CN');
    expect(drawing.svg).toContain('柜台存款');
    expect(drawing.svg).toContain('互动分界线');
    expect(drawing.svg).not.toContain('Line of interaction');
    expect(drawing.svg).toContain('Noto Sans CJK SC');
  });

  it('escapes what XML does not allow in labels', async () => {
    const blueprint = makeBlueprint(
      [{ id: 'a', lane: 'customer', label: 'Cash & <coins> "quoted"\u0007' }],
      [],
      { name: 'R&D <test>' },
    );
    const { root, drawing } = await draw(blueprint, 'en');
    expect(drawing.svg).not.toContain('\u0007');
    expect(textContent(byClass(root, 'step')[0]!)).toContain('Cash & <coins> "quoted"');
    expect(textContent(byClass(root, 'title')[0]!)).toContain('R&D <test>');
  });

  it('draws a blueprint without phases or flows', async () => {
    const { root, drawing } = await draw(makeBlueprint([{ id: 'a', lane: 'support' }]), 'en');
    expect(byClass(root, 'phase')).toHaveLength(0);
    expect(byClass(root, 'step')).toHaveLength(1);
    expect(drawing.width).toBeGreaterThan(drawing.railRight);
  });

  it('sizes the picture to hold every lane and the legend below them', async () => {
    const [, deposit] = examples.find(([name]) => name === 'counter-deposit.json')!;
    const { drawing, root } = await draw(deposit, 'en');
    expect(Number(root.attributes.width)).toBe(drawing.width);
    expect(root.attributes.viewBox).toBe(`0 0 ${drawing.width} ${drawing.height}`);
    expect(drawing.height).toBeGreaterThan(drawing.lanesBottom + 40);
    for (const step of byClass(root, 'step')) {
      const [, x, y] = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(step.attributes.transform!)!;
      expect(Number(x)).toBeGreaterThanOrEqual(drawing.railRight);
      expect(Number(x) + 200).toBeLessThanOrEqual(drawing.width);
      expect(Number(y) + 92).toBeLessThanOrEqual(drawing.lanesBottom);
    }
  });
});

describe('the last run’s heat in the exported SVG', () => {
  it('colours the steps that were measured, writes their wait and adds the key', async () => {
    const [, deposit] = examples.find(([name]) => name === 'counter-deposit.json')!;
    const t = await translator('en');
    const heat = {
      waitByStep: new Map([['c-hand-over', 3.86]]),
      title: 'Mean wait in the last run',
      formatWait: (minutes: number) => `${minutes.toFixed(1)} min`,
    };
    const drawing = blueprintSvg(deposit, diagramWords(t, 'en', deposit), { heat });
    const root = parseXml(drawing.svg);
    const steps = byClass(root, 'step');
    const handOver = steps.find((step) => step.attributes['data-step-id'] === 'c-hand-over')!;
    expect(textContent(handOver)).toContain('3.9 min');
    const others = steps
      .filter((step) => step !== handOver)
      .map(textContent)
      .join(' ');
    expect(others).not.toMatch(/\d min$/);
    const legend = textContent(byClass(root, 'legend')[0]!);
    expect(legend).toContain('Mean wait in the last run');
    expect(legend).toContain('≥ 15.0 min');
    // Without a run, no key.
    const plain = blueprintSvg(deposit, diagramWords(t, 'en', deposit));
    expect(plain.svg).not.toContain('Mean wait in the last run');
  });
});

describe('the first phase in the exported SVG', () => {
  it.each(examples.filter(([, blueprint]) => (blueprint.phases ?? []).length > 0))(
    '%s: starts against the lane names, no empty strip between them',
    async (_name, blueprint) => {
      const { drawing, root } = await draw(blueprint, 'en');
      const first = byClass(root, 'phase')[0]!;
      const band = first.children.find((child) => child.name === 'rect')!;
      expect(Number(band.attributes.x)).toBeCloseTo(drawing.railRight, 5);
      // One border there, the lane names': no dashed phase line beside it.
      expect(first.children.filter((child) => child.name === 'line')).toHaveLength(
        blueprint.phases!.length === 1 ? 1 : 0,
      );
    },
  );
});

describe('a step’s name in the exported SVG', () => {
  // The outcome pill and the F/W marks straddle the box's top edge and reach 11 units
  // into it; the name's capitals (about 0.75 of its size above the baseline) start below
  // them with a visible gap. The loan example's "Completed" pill touched "Hand over contract".
  it.each(examples)('%s: starts below the outcome pill and the marks', async (_name, blueprint) => {
    for (const language of ['en', 'zh-CN']) {
      const { root } = await draw(blueprint, language);
      for (const group of byClass(root, 'step')) {
        const badges = [...byClass(group, 'pill'), ...byClass(group, 'mark')];
        if (badges.length === 0) continue;
        const label = group.children.find((child) => child.name === 'text')!;
        const size = Number(label.attributes['font-size']);
        const capTop = Number(label.attributes.y) - size * 0.75;
        expect(capTop, group.attributes['data-step-id']).toBeGreaterThanOrEqual(11 + 3);
      }
    }
  });
});
