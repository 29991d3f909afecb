/**
 * A flow's line around the step boxes, never behind one. The drawn shape
 * (flowPath.ts: out of the box, one turn in the middle, into the other) is kept whenever
 * it passes every other box at ROUTE_MARGIN; otherwise its middle turn moves to the
 * nearest gap where it does; otherwise the line is searched for on the grid of the boxes'
 * edges (routeGrid.ts), with as few bends as it can. The same inputs give the same line,
 * in the canvas and in the exported picture alike. Lines are derived, never stored.
 */
import type { BoxIndex, IndexedBox } from './boxIndex.ts';
import { flowPoints, OUTWARD, simplify, STUB, type Point } from './flowPath.ts';
import { sideMiddle } from './flows.ts';
import { searchGrid, type Direction } from './routeGrid.ts';
import type { Rect, Side } from './types.ts';

/** How far a line keeps from a box it passes (a third of the 36 units between two lanes' boxes). */
export const ROUTE_MARGIN = 10;
/**
 * How far around its two ends a line looks for a way, first near, then further. A line
 * that would have to go further than that is drawn the plain way, through the boxes: a
 * search of the whole of a large blueprint for one line would stall the canvas.
 */
const SEARCH_PADS = [120, 480];

export interface FlowEnds {
  source: IndexedBox;
  fromSide: Side;
  target: IndexedBox;
  toSide: Side;
}

/** The corners of the flow's line, from the middle of the source's side to the target's. */
export function routeFlow(ends: FlowEnds, boxes: BoxIndex): Point[] {
  const { source, fromSide, target, toSide } = ends;
  const plain = flowPoints(source.rect, fromSide, target.rect, toSide);
  if (source.id === target.id || isClear(plain, ends, boxes, ROUTE_MARGIN)) return plain;
  const shifted = shiftedMiddle(ends, boxes);
  if (shifted) return shifted;
  // Boxes set closer than two margins leave no way at a margin; then one that only misses them.
  for (const margin of [ROUTE_MARGIN, 0]) {
    for (const pad of SEARCH_PADS) {
      const found = searchAround(ends, boxes, margin, pad);
      if (found) return found;
    }
  }
  return plain;
}

/**
 * Whether the line keeps `margin` away from every box but its own two, and away from its
 * own two but for the stretch that leaves the source and the one that enters the target.
 */
export function isClear(
  points: readonly Point[],
  ends: FlowEnds,
  boxes: BoxIndex,
  margin: number,
): boolean {
  const last = points.length - 2;
  for (const box of boxes.near(inflate(boundsOf(points), margin))) {
    if (box.id === ends.source.id || box.id === ends.target.id) continue;
    if (crosses(points, inflate(box.rect, margin), 0, last)) return false;
  }
  // The stretches at the ends touch their box where they leave or enter it; they must
  // still not run back across it (a bottom side joined to a step above).
  return (
    !crosses(points, inflate(ends.source.rect, margin), 1, last) &&
    !crosses(points, inflate(ends.target.rect, margin), 0, last - 1) &&
    !crosses(points, ends.source.rect, 0, 0) &&
    !crosses(points, ends.target.rect, last, last)
  );
}

/** Whether a stretch from `first` to `last` (index of its first point) enters the box's inside. */
export function crosses(points: readonly Point[], box: Rect, first: number, last: number): boolean {
  for (let index = Math.max(0, first); index <= last; index += 1) {
    if (segmentEnters(points[index]!, points[index + 1]!, box)) return true;
  }
  return false;
}

/** A horizontal or vertical stretch entering a box's inside (running along its edge does not). */
export function segmentEnters(from: Point, to: Point, box: Rect): boolean {
  const left = Math.min(from.x, to.x);
  const right = Math.max(from.x, to.x);
  const top = Math.min(from.y, to.y);
  const bottom = Math.max(from.y, to.y);
  const boxRight = box.x + box.width;
  const boxBottom = box.y + box.height;
  if (left === right) return left > box.x && left < boxRight && bottom > box.y && top < boxBottom;
  if (top === bottom) return top > box.y && top < boxBottom && right > box.x && left < boxRight;
  // Not drawn by the router; tested by its bounds, which is on the safe side.
  return right > box.x && left < boxRight && bottom > box.y && top < boxBottom;
}

/**
 * The plain shape between facing sides with its middle turn moved to the gap nearest the
 * middle where the line passes every box; undefined when the sides do not face each
 * other or no gap will do.
 */
function shiftedMiddle(ends: FlowEnds, boxes: BoxIndex): Point[] | undefined {
  const { source, fromSide, target, toSide } = ends;
  const across = fromSide === 'left' || fromSide === 'right';
  const axis = across ? 'x' : 'y';
  const sign = OUTWARD[fromSide][axis];
  if (OUTWARD[toSide][axis] !== -sign) return undefined;
  const start = sideMiddle(source.rect, fromSide);
  const end = sideMiddle(target.rect, toSide);
  if ((end[axis] - start[axis]) * sign < 2 * STUB) return undefined;
  const low = Math.min(start[axis] + sign * STUB, end[axis] - sign * STUB);
  const high = Math.max(start[axis] + sign * STUB, end[axis] - sign * STUB);
  const middle = (start[axis] + end[axis]) / 2;

  const edges = [low, high];
  for (const { rect } of boxes.near(boundsOf([start, end]))) {
    const from = across ? rect.x : rect.y;
    const size = across ? rect.width : rect.height;
    edges.push(from - ROUTE_MARGIN, from + size + ROUTE_MARGIN);
  }
  const lines = [...new Set(edges.filter((value) => value >= low && value <= high))].sort(
    (a, b) => a - b,
  );
  const candidates = lines.flatMap((value, index) =>
    index === 0 ? [value] : [(lines[index - 1]! + value) / 2, value],
  );
  candidates.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  for (const turn of candidates) {
    const points = simplify(
      across
        ? [start, { x: turn, y: start.y }, { x: turn, y: end.y }, end]
        : [start, { x: start.x, y: turn }, { x: end.x, y: turn }, end],
    );
    if (isClear(points, ends, boxes, ROUTE_MARGIN)) return points;
  }
  return undefined;
}

const DIRECTION_OUT: Record<Side, Direction> = { right: 0, bottom: 1, left: 2, top: 3 };
const DIRECTION_IN: Record<Side, Direction> = { left: 0, top: 1, right: 2, bottom: 3 };

function searchAround(
  ends: FlowEnds,
  boxes: BoxIndex,
  margin: number,
  pad: number,
): Point[] | undefined {
  const { source, fromSide, target, toSide } = ends;
  const start = sideMiddle(source.rect, fromSide);
  const end = sideMiddle(target.rect, toSide);
  // The line runs straight out of each box before it may turn: the arrow head needs room.
  const from = { x: start.x + OUTWARD[fromSide].x * STUB, y: start.y + OUTWARD[fromSide].y * STUB };
  const to = { x: end.x + OUTWARD[toSide].x * STUB, y: end.y + OUTWARD[toSide].y * STUB };
  const own = [inflate(source.rect, margin), inflate(target.rect, margin)];
  const area = inflate(union([boundsOf([from, to]), ...own]), pad);
  const obstacles = boxes
    .near(area)
    .filter((box) => box.id !== source.id && box.id !== target.id)
    .map((box) => inflate(box.rect, margin))
    .concat(own);
  const path = searchGrid({
    from,
    fromDirection: DIRECTION_OUT[fromSide],
    to,
    toDirection: DIRECTION_IN[toSide],
    obstacles,
    area,
  });
  return path && simplify([start, ...path, end]);
}

export function boundsOf(points: readonly Point[]): Rect {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function union(rects: readonly Rect[]): Rect {
  return boundsOf(
    rects.flatMap((rect) => [
      { x: rect.x, y: rect.y },
      { x: rect.x + rect.width, y: rect.y + rect.height },
    ]),
  );
}

export function inflate(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}
