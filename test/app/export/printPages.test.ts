/**
 * The print layout: as few pages as keep the names readable, ending where no step is
 * cut; A3 takes more of a wide blueprint than A4; the legend's room on every page.
 */
import { describe, expect, it } from 'vitest';
import { blueprintSvg } from '../../../src/app/diagram/blueprintSvg.ts';
import {
  PAGE_HEADER,
  PAGE_MARGIN,
  PAPER_SIZE,
  planPrint,
  SMALLEST_SCALE,
  type Paper,
} from '../../../src/app/diagram/printPages.ts';
import { layoutDiagram } from '../../../src/app/diagram/layout.ts';
import { diagramWords } from '../../../src/app/export/diagramWords.ts';
import { translator } from '../../support/translator.ts';
import { loadedExamples } from '../blueprints.ts';

const PAPERS: Paper[] = ['A4', 'A3'];

describe('pages of a wide drawing', () => {
  const drawing = { width: 2400, height: 600, railRight: 240 };

  it('end at the farthest seam a page reaches, else at its full width', () => {
    const seams = [700, 1000, 1300, 1900];
    const plan = planPrint({ ...drawing, seams }, 'A4');
    const perPage = (PAPER_SIZE.A4.width - 2 * PAGE_MARGIN) / plan.scale - drawing.railRight;
    let x = drawing.railRight;
    for (const page of plan.pages) {
      expect(page.x).toBeCloseTo(x);
      expect(page.width).toBeLessThanOrEqual(perPage + 1e-9);
      const end = page.x + page.width;
      const reachable = seams.filter((seam) => seam > page.x + 1 && seam <= page.x + perPage);
      if (end < drawing.width) {
        if (reachable.length > 0) expect(end).toBe(Math.max(...reachable));
        else expect(end).toBeCloseTo(page.x + perPage);
      }
      x = end;
    }
    expect(x).toBeCloseTo(drawing.width);
  });

  it('are as few as keep the names readable, and A3 needs fewer', () => {
    for (const paper of PAPERS) {
      const plan = planPrint(drawing, paper);
      expect(plan.scale).toBeGreaterThanOrEqual(SMALLEST_SCALE);
      // One page fewer would print it below the smallest scale.
      const fewer = plan.pages.length - 1;
      const body = PAPER_SIZE[paper].width - 2 * PAGE_MARGIN;
      const content = drawing.width - drawing.railRight;
      const rails = fewer > 1 ? fewer * drawing.railRight : drawing.railRight;
      expect((fewer * body) / (content + rails)).toBeLessThan(SMALLEST_SCALE);
    }
    expect(planPrint(drawing, 'A3').pages.length).toBeLessThan(
      planPrint(drawing, 'A4').pages.length,
    );
  });

  it('fill a page with one that reads whole on it', () => {
    const small = { width: 1000, height: 500, railRight: 240 };
    const plan = planPrint(small, 'A3');
    expect(plan.pages).toEqual([{ x: 0, width: 1000 }]);
    expect(small.width * plan.scale).toBeCloseTo(PAPER_SIZE.A3.width - 2 * PAGE_MARGIN);
  });

  it('leave the legend its room under the lanes', () => {
    const tall = { width: 3000, height: 1300, railRight: 240 };
    const without = planPrint(tall, 'A4');
    const withLegend = planPrint(tall, 'A4', 30);
    const room = PAPER_SIZE.A4.height - 2 * PAGE_MARGIN - PAGE_HEADER;
    expect(tall.height * without.scale).toBeCloseTo(room - 2);
    expect(tall.height * withLegend.scale + 30).toBeLessThanOrEqual(room);
  });
});

describe.each(loadedExamples())('%s printed', (_name, blueprint) => {
  it('is cut into pages between its steps on A4 and A3', async () => {
    const t = await translator('zh-CN');
    const drawing = blueprintSvg(blueprint, diagramWords(t, 'zh-CN', blueprint), {
      legend: false,
    });
    // Each step's span across the picture: where the picture puts it, as wide as laid out.
    const widths = new Map(layoutDiagram(blueprint).steps.map((s) => [s.step.id, s.rect.width]));
    const spans = [
      ...drawing.svg.matchAll(/data-step-id="([^"]+)" transform="translate\(([\d.-]+) /g),
    ].map(([, id, x]) => [Number(x), Number(x) + widths.get(id!)!] as const);
    expect(spans).toHaveLength(blueprint.steps.length);
    for (const seam of drawing.seams) {
      expect(spans.every(([left, right]) => seam < left || seam > right)).toBe(true);
    }
    for (const paper of PAPERS) {
      const plan = planPrint(
        { ...drawing, height: drawing.lanesBottom - drawing.bodyTop },
        paper,
        30,
      );
      for (const page of plan.pages.slice(0, -1)) {
        expect(drawing.seams).toContain(page.x + page.width);
      }
    }
  });
});
