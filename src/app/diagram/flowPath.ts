/**
 * A flow drawn the way blueprints are: a right-angled line from the side of one box to
 * the facing side of the other, with rounded corners, and the middle of its longest
 * stretch for the caption.
 */
import { sideMiddle } from './flows.ts';
import { HEAT_STRIP_BELOW } from './geometry.ts';
import type { Rect, Side } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

/** How far a line runs straight out of a box before it turns. */
export const STUB = 18;
const CORNER = 10;

export const OUTWARD: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** The corners of the line, from the source side's middle to the target side's. */
export function flowPoints(source: Rect, fromSide: Side, target: Rect, toSide: Side): Point[] {
  const start = sideMiddle(source, fromSide);
  const end = sideMiddle(target, toSide);
  const horizontal = fromSide === 'left' || fromSide === 'right';
  const out = OUTWARD[fromSide];
  const into = OUTWARD[toSide];
  if (horizontal) {
    const forward = (end.x - start.x) * out.x >= 2 * STUB;
    if (forward) {
      const midX = (start.x + end.x) / 2;
      return simplify([start, { x: midX, y: start.y }, { x: midX, y: end.y }, end]);
    }
    // Target behind the source: out, round, and in from its side.
    const outX = start.x + out.x * STUB;
    const inX = end.x + into.x * STUB;
    const midY = (start.y + end.y) / 2;
    return simplify([
      start,
      { x: outX, y: start.y },
      { x: outX, y: midY },
      { x: inX, y: midY },
      { x: inX, y: end.y },
      end,
    ]);
  }
  const midY = (start.y + end.y) / 2;
  return simplify([start, { x: start.x, y: midY }, { x: end.x, y: midY }, end]);
}

/** Drops corners that do not turn (a straight run through them). */
export function simplify(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const before = kept[kept.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))
    ) {
      kept[kept.length - 1] = point;
      continue;
    }
    kept.push(point);
  }
  return kept;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** An SVG path through the points, each corner rounded. */
export function roundedPath(points: readonly Point[]): string {
  const first = points[0]!;
  let path = `M${round(first.x)} ${round(first.y)}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const before = points[index - 1]!;
    const corner = points[index]!;
    const after = points[index + 1]!;
    const radius = Math.min(
      CORNER,
      Math.hypot(corner.x - before.x, corner.y - before.y) / 2,
      Math.hypot(after.x - corner.x, after.y - corner.y) / 2,
    );
    const into = toward(corner, before, radius);
    const outOf = toward(corner, after, radius);
    path += ` L${round(into.x)} ${round(into.y)} Q${round(corner.x)} ${round(corner.y)} ${round(outOf.x)} ${round(outOf.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${path} L${round(last.x)} ${round(last.y)}`;
}

function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return {
    x: from.x + ((to.x - from.x) / length) * distance,
    y: from.y + ((to.y - from.y) / length) * distance,
  };
}

/** What a caption keeps out of around a step: its box and the heat strip hanging below it. */
export const captionKeepOut = (box: Rect): Rect => ({
  ...box,
  height: box.height + HEAT_STRIP_BELOW,
});

/** Places tried along each stretch when no stretch's middle is clear. */
const CAPTION_TRIES = 16;

/**
 * Where the caption goes: the middle of the longest stretch of the line whose caption
 * (`size`, centred there) covers none of `boxes`. When every middle covers one (a line
 * across the narrow gap between two lanes' steps), the place along the line where it
 * covers the least of them: slid along the gap off the step's heat strip, say, rather
 * than on it.
 */
export function captionPoint(
  points: readonly Point[],
  size: { width: number; height: number } = { width: 0, height: 0 },
  boxes: readonly Rect[] = [],
): Point {
  const stretches: { from: Point; to: Point; middle: Point; length: number }[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const from = points[index - 1]!;
    const to = points[index]!;
    stretches.push({
      from,
      to,
      middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
      length: Math.hypot(to.x - from.x, to.y - from.y),
    });
  }
  stretches.sort((a, b) => b.length - a.length);
  const covered = (at: Point): number =>
    boxes.reduce((area, box) => {
      const width =
        Math.min(at.x + size.width / 2, box.x + box.width) - Math.max(at.x - size.width / 2, box.x);
      const height =
        Math.min(at.y + size.height / 2, box.y + box.height) -
        Math.max(at.y - size.height / 2, box.y);
      return width > 0 && height > 0 ? area + width * height : area;
    }, 0);
  const clear = stretches.find((stretch) => covered(stretch.middle) === 0);
  if (clear) return clear.middle;
  // Longest stretch first, and from its middle outwards: the first least covered wins.
  let best = stretches[0]!.middle;
  let least = covered(best);
  for (const { from, to } of stretches) {
    for (let step = 0; step <= CAPTION_TRIES; step += 1) {
      const offset = Math.ceil(step / 2) * (step % 2 === 0 ? -1 : 1);
      const share = 0.5 + offset / CAPTION_TRIES;
      const at = { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
      const area = covered(at);
      if (area < least) {
        least = area;
        best = at;
      }
    }
  }
  return best;
}
