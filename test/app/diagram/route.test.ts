/**
 * Flows routed around the step boxes (diagram/route.ts), over random layouts: every line
 * runs from its source's side to its target's, only across and up or down, keeps its
 * margin from every other box and out of its own two, and a line with nothing in its way
 * keeps the plain shape the canvas always drew.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxIndex, type IndexedBox } from '../../../src/app/diagram/boxIndex.ts';
import { flowPoints, type Point } from '../../../src/app/diagram/flowPath.ts';
import { facingSides, SIDES, sideMiddle } from '../../../src/app/diagram/flows.ts';
import { ROUTE_MARGIN, routeFlow, type FlowEnds } from '../../../src/app/diagram/route.ts';
import type { Rect, Side } from '../../../src/app/diagram/types.ts';

/** The test's own check, independent of the router's: a stretch entering a box's inside. */
function enters(from: Point, to: Point, box: Rect): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y)));
  for (let step = 0; step <= steps; step += 1) {
    const x = from.x + ((to.x - from.x) * step) / steps;
    const y = from.y + ((to.y - from.y) * step) / steps;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

const grown = (rect: Rect, by: number): Rect => ({
  x: rect.x - by + 0.01,
  y: rect.y - by + 0.01,
  width: rect.width + 2 * by - 0.02,
  height: rect.height + 2 * by - 0.02,
});

/**
 * Boxes in the cells of a 6 × 5 grid, each of its own size and place in its cell, with at
 * least 40 units between neighbours (the editor's gap between steps) so a way exists.
 */
const CELL = { width: 240, height: 140 };
const GAP = 40;
const layouts = fc
  .uniqueArray(
    fc.record({
      column: fc.integer({ min: 0, max: 5 }),
      row: fc.integer({ min: 0, max: 4 }),
      width: fc.integer({ min: 60, max: CELL.width - GAP }),
      height: fc.integer({ min: 40, max: CELL.height - GAP }),
      dx: fc.double({ min: 0, max: 1, noNaN: true }),
      dy: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: 2, maxLength: 18, selector: (cell) => `${cell.column},${cell.row}` },
  )
  .map((cells) =>
    cells.map((cell, index): IndexedBox => ({
      id: `s${index}`,
      rect: {
        x: cell.column * CELL.width + Math.round(cell.dx * (CELL.width - GAP - cell.width)),
        y: cell.row * CELL.height + Math.round(cell.dy * (CELL.height - GAP - cell.height)),
        width: cell.width,
        height: cell.height,
      },
    })),
  );

const side = fc.constantFrom<Side>(...SIDES);

/** A layout, two different boxes of it, and the sides the flow joins (any four, or facing). */
const cases = layouts.chain((boxes) =>
  fc.record({
    boxes: fc.constant(boxes),
    from: fc.integer({ min: 0, max: boxes.length - 1 }),
    offset: fc.integer({ min: 1, max: boxes.length - 1 }),
    sides: fc.option(fc.tuple(side, side), { nil: undefined }),
  }),
);

function flowOf(sample: {
  boxes: IndexedBox[];
  from: number;
  offset: number;
  sides: [Side, Side] | undefined;
}): FlowEnds {
  const source = sample.boxes[sample.from]!;
  const target = sample.boxes[(sample.from + sample.offset) % sample.boxes.length]!;
  const facing = facingSides(source.rect, target.rect);
  const [fromSide, toSide] = sample.sides ?? [facing.from, facing.to];
  return { source, fromSide, target, toSide };
}

describe('routeFlow over random layouts', () => {
  it('runs from side to side, across or up and down only, never behind another box', () => {
    fc.assert(
      fc.property(cases, (sample) => {
        const ends = flowOf(sample);
        const points = routeFlow(ends, new BoxIndex(sample.boxes));
        expect(points[0]).toEqual(sideMiddle(ends.source.rect, ends.fromSide));
        expect(points[points.length - 1]).toEqual(sideMiddle(ends.target.rect, ends.toSide));
        for (let index = 1; index < points.length; index += 1) {
          const [from, to] = [points[index - 1]!, points[index]!];
          expect(from.x === to.x || from.y === to.y).toBe(true);
          for (const box of sample.boxes) {
            if (box === ends.source || box === ends.target) continue;
            expect(enters(from, to, grown(box.rect, ROUTE_MARGIN))).toBe(false);
          }
          // Its own boxes: only the stretch out of the source comes near it, and the one
          // into the target; neither runs back across its box.
          const source = index > 1 ? grown(ends.source.rect, ROUTE_MARGIN) : ends.source.rect;
          const target =
            index < points.length - 1 ? grown(ends.target.rect, ROUTE_MARGIN) : ends.target.rect;
          expect(enters(from, to, source)).toBe(false);
          expect(enters(from, to, target)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the plain shape when nothing is in its way', () => {
    fc.assert(
      fc.property(cases, (sample) => {
        const ends = flowOf(sample);
        const plain = flowPoints(ends.source.rect, ends.fromSide, ends.target.rect, ends.toSide);
        const others = sample.boxes.filter((box) => box !== ends.source && box !== ends.target);
        const clear =
          others.every((box) =>
            plain.every(
              (point, index) =>
                index === 0 || !enters(plain[index - 1]!, point, grown(box.rect, ROUTE_MARGIN)),
            ),
          ) &&
          plain.every((point, index) => {
            if (index === 0) return true;
            const from = plain[index - 1]!;
            const source = index > 1 ? grown(ends.source.rect, ROUTE_MARGIN) : ends.source.rect;
            const target =
              index < plain.length - 1 ? grown(ends.target.rect, ROUTE_MARGIN) : ends.target.rect;
            return !enters(from, point, source) && !enters(from, point, target);
          });
        fc.pre(clear);
        expect(routeFlow(ends, new BoxIndex(sample.boxes))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same line whatever the order of the boxes', () => {
    fc.assert(
      fc.property(cases, (sample) => {
        const ends = flowOf(sample);
        const reversed = new BoxIndex([...sample.boxes].reverse());
        expect(routeFlow(ends, reversed)).toEqual(routeFlow(ends, new BoxIndex(sample.boxes)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('routeFlow by example', () => {
  const box = (id: string, x: number, y: number): IndexedBox => ({
    id,
    rect: { x, y, width: 200, height: 92 },
  });

  it('draws a flow between neighbours in a lane as one straight stretch', () => {
    const a = box('a', 40, 24);
    const b = box('b', 280, 24);
    const points = routeFlow(
      { source: a, fromSide: 'right', target: b, toSide: 'left' },
      new BoxIndex([a, b, box('below', 280, 152)]),
    );
    expect(points).toEqual([
      { x: 240, y: 70 },
      { x: 280, y: 70 },
    ]);
  });

  it('goes over a step in between through the gap between the lanes, with four bends', () => {
    const a = box('a', 40, 24);
    const middle = box('middle', 280, 24);
    const b = box('b', 520, 24);
    const points = routeFlow(
      { source: a, fromSide: 'right', target: b, toSide: 'left' },
      new BoxIndex([a, middle, b, box('below', 280, 152)]),
    );
    expect(points).toHaveLength(6);
    // Between the lane's boxes (bottom 116) and the next lane's (top 152), mid-way.
    expect(points[2]!.y).toBe(134);
  });

  it('moves the middle turn to a clear gap rather than search for a longer line', () => {
    // From the customer lane down two lanes, with a step where the turn would be.
    const a = box('a', 40, 152);
    const blocker = box('blocker', 280, 280);
    const b = box('b', 520, 408);
    const points = routeFlow(
      { source: a, fromSide: 'right', target: b, toSide: 'left' },
      new BoxIndex([a, blocker, b]),
    );
    expect(points).toHaveLength(4);
    expect(points[1]!.x === points[2]!.x).toBe(true);
    expect(points[1]!.x <= 280 - ROUTE_MARGIN || points[1]!.x >= 480 + ROUTE_MARGIN).toBe(true);
  });
});
