/**
 * The stage's flow lines: the same lines the editor and the exported picture draw, around
 * the step boxes (diagram/route.ts) or the plain way when the user turned routing off,
 * routed among the stage's own boxes (sized for a projector, so not the editor's places).
 *
 * The stage's boxes differ from the editor's in two ways its lines follow. Boxes of one
 * lane differ in height (a box with a queue keeps a strip above it), so two side by side
 * face each other off their middles: the line runs straight across at the middle of what
 * the two sides share, not in a step between middles. And a gap without a queue is
 * narrower than the editor's (less than two of the line's straight ends): a line crossing
 * it turns once in the gap's middle, where the editor's shape would go out, back and in
 * again, a knot that reads as a stray "5" between the boxes on a projector.
 */
import type { CanvasLayout } from '../canvas/types.ts';
import { BoxIndex, type IndexedBox } from '../diagram/boxIndex.ts';
import { flowPoints, type Point, simplify, STUB } from '../diagram/flowPath.ts';
import { facingSides, sideMiddle } from '../diagram/flows.ts';
import { isClear, ROUTE_MARGIN, routeFlow } from '../diagram/route.ts';
import type { FlowRole, Rect, Side } from '../diagram/types.ts';

export interface StageFlow {
  id: string;
  role: FlowRole;
  /** The line's corners, from the source box's side to the target's, canvas units. */
  points: Point[];
}

/** Two boxes face each other squarely when their sides share this much of the shorter side. */
const SHARED_SIDE = 0.5;

export function stageFlows(layout: CanvasLayout, aroundSteps: boolean): StageFlow[] {
  const boxes = new BoxIndex(
    layout.nodes.map((node): IndexedBox => ({
      id: node.id,
      rect: {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      },
    })),
  );
  const byId = new Map(boxes.boxes.map((box) => [box.id, box]));
  const flows: StageFlow[] = [];
  for (const edge of layout.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    flows.push({
      id: edge.id,
      role: edge.data?.role ?? 'process',
      points: stageLine(source, target, boxes, aroundSteps),
    });
  }
  return flows;
}

function stageLine(
  source: IndexedBox,
  target: IndexedBox,
  boxes: BoxIndex,
  aroundSteps: boolean,
): Point[] {
  // The sides face each other as the stage places the boxes, as the editor does its own.
  const { from, to } = facingSides(source.rect, target.rect);
  const ends = { source, fromSide: from, target, toSide: to };
  const clear = (points: Point[], margin: number) =>
    !aroundSteps || isClear(points, ends, boxes, margin);
  const straight = straightAcross(source.rect, target.rect);
  if (straight && clear(straight, ROUTE_MARGIN)) return straight;
  // A gap narrower than two margins leaves no way at a margin: one that misses the boxes.
  const narrow = turnInNarrowGap(source.rect, from, target.rect, to);
  if (narrow && clear(narrow, 0)) return narrow;
  return aroundSteps ? routeFlow(ends, boxes) : flowPoints(source.rect, from, target.rect, to);
}

/**
 * A straight line between two boxes apart along one axis whose facing sides share at least
 * SHARED_SIDE of the shorter one, at the middle of what they share; undefined otherwise.
 */
export function straightAcross(source: Rect, target: Rect): Point[] | undefined {
  const rows = shared(source.y, source.height, target.y, target.height);
  const columns = shared(source.x, source.width, target.x, target.width);
  if (rows && apart(source.x, source.width, target.x, target.width)) {
    const rightwards = target.x >= source.x + source.width;
    const y = rows.middle;
    return [
      { x: rightwards ? source.x + source.width : source.x, y },
      { x: rightwards ? target.x : target.x + target.width, y },
    ];
  }
  if (columns && apart(source.y, source.height, target.y, target.height)) {
    const downwards = target.y >= source.y + source.height;
    const x = columns.middle;
    return [
      { x, y: downwards ? source.y + source.height : source.y },
      { x, y: downwards ? target.y : target.y + target.height },
    ];
  }
  return undefined;
}

/** What two spans share, when it is at least SHARED_SIDE of the shorter. */
function shared(
  start: number,
  size: number,
  otherStart: number,
  otherSize: number,
): { middle: number } | undefined {
  const low = Math.max(start, otherStart);
  const high = Math.min(start + size, otherStart + otherSize);
  if (high - low < SHARED_SIDE * Math.min(size, otherSize) || high <= low) return undefined;
  return { middle: (low + high) / 2 };
}

function apart(start: number, size: number, otherStart: number, otherSize: number): boolean {
  return otherStart >= start + size || start >= otherStart + otherSize;
}

/**
 * Facing sides across a gap narrower than the line's two straight ends: out to the gap's
 * middle, along it, and in (the editor's shape would double back); undefined otherwise.
 */
export function turnInNarrowGap(
  source: Rect,
  fromSide: Side,
  target: Rect,
  toSide: Side,
): Point[] | undefined {
  const start = sideMiddle(source, fromSide);
  const end = sideMiddle(target, toSide);
  const across = fromSide === 'left' || fromSide === 'right';
  const axis = across ? 'x' : 'y';
  const sign = fromSide === 'right' || fromSide === 'bottom' ? 1 : -1;
  const gap = (end[axis] - start[axis]) * sign;
  if (gap <= 0 || gap >= 2 * STUB) return undefined;
  const middle = (start[axis] + end[axis]) / 2;
  return simplify(
    across
      ? [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end]
      : [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end],
  );
}
