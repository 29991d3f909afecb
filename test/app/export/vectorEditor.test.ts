/**
 * The exported SVG opened in a real vector editor: Inkscape (Debian's, installed by
 * `npm test` like Chromium) reads every example in both languages, and every `<text>` of
 * the file is one text object there, laid out with the fonts Inkscape has (Noto CJK for
 * Chinese), so a designer can select and edit each word. Where Inkscape puts each word is
 * checked too: a step's words stay inside its box with the editor's own font metrics, not
 * only with ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blueprintSvg } from '../../../src/app/diagram/blueprintSvg.ts';
import { STEP_HEIGHT, STEP_WIDTH } from '../../../src/app/diagram/geometry.ts';
import { diagramWords } from '../../../src/app/export/diagramWords.ts';
import { translator } from '../../support/translator.ts';
import { parseXml, textContent, type XmlElement } from '../../support/xml.ts';
import { loadedExamples } from '../blueprints.ts';

const INKSCAPE = '/usr/bin/inkscape';
/** Half a unit for rounding; marks (F, W, outcome badges) sit on the box's top edge. */
const SLACK = 0.5;
const MARK_OVERHANG = 12;

const folder = mkdtempSync(join(tmpdir(), 'blueprint-svg-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Inkscape's `--query-all`: one line "id,x,y,width,height" per object, in document order. */
function inkscapeObjects(file: string): { id: string; box: Box }[] {
  const run = spawnSync(INKSCAPE, ['--query-all', file], { encoding: 'utf8', timeout: 60_000 });
  if (run.error)
    throw new Error(`${INKSCAPE} did not run (npm test installs it): ${run.error.message}`);
  return run.stdout
    .split('\n')
    .filter((line) => /^[\w-]+,/.test(line))
    .map((line) => {
      const [id, x, y, width, height] = line.split(',');
      return { id: id!, box: { x: +x!, y: +y!, width: +width!, height: +height! } };
    });
}

/** Every `<text>` of the file in document order, with the step whose group holds it. */
function textsWithTheirStep(root: XmlElement): { text: XmlElement; step: XmlElement | null }[] {
  const found: { text: XmlElement; step: XmlElement | null }[] = [];
  const walk = (element: XmlElement, step: XmlElement | null) => {
    const isStep = element.attributes.class?.split(' ').includes('step') ?? false;
    const inside = isStep ? element : step;
    if (element.name === 'text') found.push({ text: element, step: inside });
    for (const child of element.children) walk(child, inside);
  };
  walk(root, null);
  return found;
}

function translation(step: XmlElement): { x: number; y: number } {
  const match = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(step.attributes.transform ?? '');
  if (!match) throw new Error(`step ${step.attributes['data-step-id']} has no translate`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

describe.each(['en', 'zh-CN'])('the exported SVG in a vector editor, %s', (language) => {
  it.each(loadedExamples())(
    "%s: every word is a text object, each step's inside its box",
    async (name, blueprint) => {
      const t = await translator(language);
      const { svg } = blueprintSvg(blueprint, diagramWords(t, language, blueprint));
      const file = join(folder, `${name}.${language}.svg`);
      writeFileSync(file, svg);
      const objects = inkscapeObjects(file);
      const page = objects[0]!.box;
      const textObjects = objects.filter((object) => /^text\d+$/.test(object.id));
      const texts = textsWithTheirStep(parseXml(svg));
      expect(texts.length).toBeGreaterThan(blueprint.steps.length);
      expect(textObjects).toHaveLength(texts.length);

      texts.forEach(({ text, step }, index) => {
        const { box } = textObjects[index]!;
        const words = textContent(text);
        // Laid out: a real box of the editor's glyphs, on the page.
        expect(box.width, words).toBeGreaterThan(0);
        expect(box.height, words).toBeGreaterThan(0);
        expect(box.x, words).toBeGreaterThanOrEqual(page.x - SLACK);
        expect(box.x + box.width, words).toBeLessThanOrEqual(page.x + page.width + SLACK);
        if (!step) return;
        const at = translation(step);
        const where = `${step.attributes['data-step-id']}: ${words}`;
        expect(box.x, where).toBeGreaterThanOrEqual(at.x - SLACK);
        expect(box.x + box.width, where).toBeLessThanOrEqual(at.x + STEP_WIDTH + SLACK);
        expect(box.y, where).toBeGreaterThanOrEqual(at.y - MARK_OVERHANG);
        expect(box.y + box.height, where).toBeLessThanOrEqual(at.y + STEP_HEIGHT + MARK_OVERHANG);
      });
    },
  );
});
