/**
 * Two flows through one gap (diagram/channels.ts): spread a spacing apart, in the order
 * in which they leave it, so that they cross nowhere; and left alone where the gap is too
 * narrow to spread them without entering a box.
 */
import { describe, expect, it } from 'vitest';
import { BoxIndex, type IndexedBox } from '../../../src/app/diagram/boxIndex.ts';
import { CHANNEL_SPACING, separateChannels } from '../../../src/app/diagram/channels.ts';
import type { Point } from '../../../src/app/diagram/flowPath.ts';
import type { Rect } from '../../../src/app/diagram/types.ts';

const box = (id: string, x: number, y: number): IndexedBox => ({
  id,
  rect: { x, y, width: 50, height: 40 },
});

/** Both lines run down the gap at x = 100, from the left, and leave it to the right. */
function twoFlows(extra: IndexedBox[] = []) {
  const sourceA = box('a', -50, -20);
  const targetA = box('ta', 200, 180);
  const sourceB = box('b', -50, 30);
  const targetB = box('tb', 200, 280);
  const boxes = new BoxIndex([sourceA, targetA, sourceB, targetB, ...extra]);
  const flows = [downTheGap(sourceA, targetA, 0, 200), downTheGap(sourceB, targetB, 50, 300)];
  return { flows, boxes };
}

/** From the source's right side to x = 100, down to `bottom`, and right into the target. */
function downTheGap(source: IndexedBox, target: IndexedBox, top: number, bottom: number) {
  return {
    points: [
      { x: 0, y: top },
      { x: 100, y: top },
      { x: 100, y: bottom },
      { x: 200, y: bottom },
    ],
    ends: { source, fromSide: 'right', target, toSide: 'left' } as const,
  };
}

/** Whether a horizontal and a vertical stretch of two lines cross. */
function crossings(a: readonly Point[], b: readonly Point[]): number {
  let count = 0;
  const stretches = (points: readonly Point[]) =>
    points.slice(1).map((to, index) => [points[index]!, to] as const);
  for (const [p, q] of stretches(a))
    for (const [r, s] of stretches(b)) {
      const [h, v] =
        p.y === q.y
          ? [
              [p, q],
              [r, s],
            ]
          : [
              [r, s],
              [p, q],
            ];
      if (h[0]!.y !== h[1]!.y || v[0]!.x !== v[1]!.x) continue;
      const y = h[0]!.y;
      const x = v[0]!.x;
      const inside = (value: number, from: number, to: number) =>
        value > Math.min(from, to) && value < Math.max(from, to);
      if (inside(x, h[0]!.x, h[1]!.x) && inside(y, v[0]!.y, v[1]!.y)) count += 1;
    }
  return count;
}

describe('flows sharing a gap', () => {
  it('are spread a spacing apart, the one leaving first on the side it turns to', () => {
    const { flows, boxes } = twoFlows();
    const [a, b] = separateChannels(flows, boxes);
    // A leaves the gap first (at y 200) to the right: it runs on the right.
    expect(a![1]!.x - b![1]!.x).toBe(CHANNEL_SPACING);
    expect(crossings(a!, b!)).toBe(0);
    // The ends stay on their handles.
    expect(a![0]).toEqual(flows[0]!.points[0]);
    expect(b![3]).toEqual(flows[1]!.points[3]);
  });

  it('cross nowhere whichever comes first in the list', () => {
    const { flows, boxes } = twoFlows();
    const [b, a] = separateChannels([flows[1]!, flows[0]!], boxes);
    expect(a![1]!.x - b![1]!.x).toBe(CHANNEL_SPACING);
    expect(crossings(a!, b!)).toBe(0);
  });

  it('stay where they are when spreading them would touch a box beside the gap', () => {
    // Boxes 2 units either side of the gap's line, along the shared stretch.
    const wall = (id: string, x: number): IndexedBox => ({
      id,
      rect: { x, y: 100, width: 40, height: 60 } satisfies Rect,
    });
    const { flows, boxes } = twoFlows([wall('left', 58), wall('right', 102)]);
    expect(separateChannels(flows, boxes)).toEqual(flows.map((flow) => flow.points));
  });
});
