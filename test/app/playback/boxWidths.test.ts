/** Step boxes on the stage sized to their names: wrapping as CSS does, widening within a lane. */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { NARROW_GAP, fitBoxWidths } from '../../../src/app/playback/boxWidths.ts';
import { breakPieces, lineCount, widthForLines } from '../../../src/app/playback/nameWrap.ts';
import { STEP_GAP } from '../../../src/app/diagram/geometry.ts';
import { resizeLanes, shareLanes } from '../../../src/app/playback/laneHeights.ts';
import { makeBlueprint } from '../blueprints.ts';

/** Every character 10 wide, a Chinese one 20. */
const measure = (text: string) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 20 : 10), 0);

describe('nameWrap', () => {
  it('breaks at spaces, after hyphens and between Chinese characters, never before "，"', () => {
    expect(breakPieces('Count cash-in-transit')).toEqual(['Count ', 'cash-', 'in-', 'transit']);
    expect(breakPieces('进入网点，取号')).toEqual(['进', '入', '网', '点，', '取', '号']);
  });

  it('counts lines as a greedy browser fills them, cutting a word only when it is wider than the box', () => {
    expect(lineCount('Fill in the deposit slip', 120, measure)).toBe(2);
    expect(lineCount('Fill in the deposit slip', 100, measure)).toBe(4);
    expect(lineCount('Fill in the deposit slip', 240, measure)).toBe(1);
    expect(lineCount('passbook', 50, measure)).toBe(2);
    expect(lineCount('进入网点，取号', 60, measure)).toBe(3);
  });

  it('finds the narrowest width for a number of lines, or the most when even that is not enough', () => {
    const width = widthForLines('Fill in the deposit slip', 2, 50, 400, measure);
    expect(lineCount('Fill in the deposit slip', width, measure)).toBe(2);
    expect(lineCount('Fill in the deposit slip', width - 2, measure)).toBe(3);
    expect(widthForLines('Fill in the deposit slip', 1, 50, 100, measure)).toBe(100);
    expect(widthForLines('Short', 1, 120, 400, measure)).toBe(120);
  });
});

describe('fitBoxWidths', () => {
  const layout = layoutBlueprint(
    makeBlueprint([
      { id: 'a', lane: 'customer', position: { x: 40, y: 24 } },
      { id: 'b', lane: 'customer', position: { x: 280, y: 24 } },
      { id: 'c', lane: 'customer', position: { x: 1000, y: 24 } },
      { id: 'd', lane: 'support', position: { x: 1000, y: 24 } },
    ]),
  );
  const box = (fitted: typeof layout, id: string) => {
    const node = fitted.nodes.find((n) => n.data.step.id === id)!;
    return { left: node.position.x, right: node.position.x + node.width! };
  };

  it('takes the pitch less a narrow gap, keeps the full gap before a queued step, and grows into empty columns', () => {
    const wants: Record<string, number> = { a: 0, b: 600, c: 0, d: 0 };
    const fitted = fitBoxWidths(layout, {
      need: (node, room) => Math.min(room, wants[node.data.step.id]!),
      queued: (node) => node.data.step.id === 'c',
    });
    expect(box(fitted, 'a')).toEqual({ left: 40, right: 280 - NARROW_GAP });
    expect(box(fitted, 'b')).toEqual({ left: 280, right: 880 });
    // The last box of a lane grows no further than the steps' extent.
    expect(box(fitted, 'd')).toEqual({ left: 1000, right: 1200 });
    const wide = fitBoxWidths(layout, {
      need: (node, room) => (node.data.step.id === 'b' ? room : 0),
      queued: (node) => node.data.step.id === 'c',
    });
    expect(box(wide, 'b').right).toBe(1000 - STEP_GAP);
  });

  it('grows a box with no queue before it leftwards into what its neighbour leaves', () => {
    const fitted = fitBoxWidths(layout, {
      need: (node) => (node.data.step.id === 'c' ? 900 : 0),
      queued: () => false,
    });
    expect(box(fitted, 'c')).toEqual({ left: box(fitted, 'b').right + NARROW_GAP, right: 1200 });
  });
});

describe('lane heights by need', () => {
  const lanes = [
    { id: 'customer' as const, top: 0, height: 100 },
    { id: 'frontstage' as const, top: 100, height: 100 },
  ];

  it('shares the lanes by whole lines, the total kept', () => {
    const needs = new Map([
      ['customer', { fixed: 40, lines: 4 }],
      ['frontstage', { fixed: 40, lines: 1 }],
    ]);
    const heights = shareLanes(lanes, needs, 20);
    expect(heights.get('customer')! + heights.get('frontstage')!).toBeCloseTo(200, 9);
    expect(heights.get('customer')! - 40).toBeGreaterThanOrEqual(4 * 20);
    expect(heights.get('frontstage')! - 40).toBeGreaterThanOrEqual(20);
  });

  it('takes a line from the lane that asks most when the total cannot hold them all', () => {
    const needs = new Map([
      ['customer', { fixed: 40, lines: 5 }],
      ['frontstage', { fixed: 40, lines: 2 }],
    ]);
    const heights = shareLanes(lanes, needs, 20);
    expect(heights.get('customer')).toBe(40 + 4 * 20);
    expect(heights.get('frontstage')).toBe(40 + 2 * 20);
  });

  it('moves every box with its lane', () => {
    const layout = layoutBlueprint(
      makeBlueprint([
        { id: 'a', lane: 'customer', position: { x: 40, y: 24 } },
        { id: 'b', lane: 'support', position: { x: 40, y: 24 } },
      ]),
    );
    const heights = new Map(layout.lanes.map((lane) => [lane.id as string, lane.height]));
    heights.set('customer', heights.get('customer')! * 2);
    const resized = resizeLanes(layout, heights);
    const lane = (id: string) => resized.lanes.find((l) => l.id === id)!;
    for (const id of ['a', 'b']) {
      const node = resized.nodes.find((n) => n.data.step.id === id)!;
      const band = lane(node.data.step.lane);
      expect(node.position.y).toBeGreaterThanOrEqual(band.top);
      expect(node.position.y + node.height!).toBeLessThanOrEqual(band.top + band.height);
    }
    expect(lane('customer').height).toBe(heights.get('customer'));
  });
});
