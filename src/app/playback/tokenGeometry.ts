/**
 * Where tokens are drawn, in canvas units (the editor's coordinates, from canvas/layout.ts):
 * the queue in front of (to the left of) the step a customer waits for, seats along the
 * bottom of the step box while served, the door before the entry step, the way out. Also
 * the camera that fits the blueprint into the stage, and the glide between positions.
 */
import type { CanvasLayout } from '../canvas/types.ts';
import type { Rect } from '../diagram/types.ts';
import type { PlaybackInfo } from './playbackProtocol.ts';
import type { Token } from './tokenModel.ts';

export interface Point {
  x: number;
  y: number;
}

/** screen = canvas × scale + offset (CSS pixels in the stage). */
export interface StageView {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export interface StageGeometry {
  /** Per engine step index: the step's box, or null when the layout has no such step. */
  steps: (Rect | null)[];
  bounds: Rect;
}

export function stageGeometry(info: PlaybackInfo, layout: CanvasLayout): StageGeometry {
  const boxes = new Map<string, Rect>();
  for (const node of layout.nodes) {
    const stepId = node.data.step.id;
    if (!boxes.has(stepId))
      boxes.set(stepId, {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      });
  }
  return { steps: info.steps.map((step) => boxes.get(step.id) ?? null), bounds: layout.bounds };
}

/** The whole blueprint, centred, as large as the stage allows. */
export function fitStage(bounds: Rect, width: number, height: number, padding = 8): StageView {
  const scale = Math.max(
    0.01,
    Math.min((width - 2 * padding) / bounds.width, (height - 2 * padding) / bounds.height),
  );
  return {
    scale,
    offsetX: (width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** Token radius in CSS pixels: readable from the back of a room, scaled with the stage's height. */
export function tokenRadius(stageHeight: number): number {
  return Math.min(24, Math.max(6, stageHeight / 55));
}

/** Distance between neighbouring tokens, in canvas units. */
export function tokenSpacing(radiusPx: number, view: StageView): number {
  return (radiusPx * 2.3) / view.scale;
}

/**
 * Place `index` (0 = front) in the queue before `box`: columns going left from the box,
 * as many rows as fit the box's height. When the queue reaches the blueprint's left edge
 * the next ones are drawn over the first, slightly offset: every token is still drawn.
 */
export function queuePlace(box: Rect, bounds: Rect, index: number, spacing: number): Point {
  const rows = Math.max(1, Math.floor(box.height / spacing));
  const columns = Math.max(1, Math.floor((box.x - bounds.x) / spacing));
  const layer = Math.floor(index / (rows * columns));
  const inLayer = index % (rows * columns);
  const row = inLayer % rows;
  const column = Math.floor(inLayer / rows);
  const top = box.y + (box.height - rows * spacing) / 2;
  const shift = (layer % 4) * (spacing / 4);
  return { x: box.x - spacing * (column + 0.5) - shift, y: top + spacing * (row + 0.5) + shift };
}

/** The area a queue of `count` takes (its first layer), for the backdrop drawn under it. */
export function queueArea(box: Rect, bounds: Rect, count: number, spacing: number): Rect {
  const rows = Math.max(1, Math.floor(box.height / spacing));
  const columns = Math.max(1, Math.floor((box.x - bounds.x) / spacing));
  const used = Math.min(columns, Math.ceil(count / rows));
  const usedRows = Math.min(rows, count);
  const top = box.y + (box.height - rows * spacing) / 2;
  return {
    x: box.x - used * spacing,
    y: top,
    width: used * spacing,
    height: usedRows * spacing,
  };
}

/** Seat `seat` of a step: a row along the box's bottom edge, more rows upwards if needed. */
export function seatPlace(box: Rect, seat: number, spacing: number): Point {
  const columns = Math.max(1, Math.floor(box.width / spacing));
  const column = seat % columns;
  const row = Math.floor(seat / columns);
  const left = box.x + (box.width - columns * spacing) / 2;
  return { x: left + spacing * (column + 0.5), y: box.y + box.height - spacing * (0.5 + row) };
}

/** Where a customer comes in: before the entry step's box. */
export function doorPlace(box: Rect, spacing: number): Point {
  return { x: box.x - spacing * 2, y: box.y + box.height / 2 };
}

/** Where a leaving token heads: out to the right when served, down and away when it gave up. */
export function exitPlace(box: Rect, served: boolean, spacing: number): Point {
  return served
    ? { x: box.x + box.width + spacing * 2, y: box.y + box.height / 2 }
    : { x: box.x + box.width / 2, y: box.y + box.height + spacing * 2 };
}

/** Where a token should be now, or null when its step is not drawn. */
export function tokenTarget(
  token: Token,
  place: {
    geometry: StageGeometry;
    /** The token's place in its queue (0 = front), for waiting tokens. */
    queueIndex: ReadonlyMap<number, number>;
    spacing: number;
  },
): Point | null {
  const box = place.geometry.steps[token.step];
  if (!box) return null;
  switch (token.status) {
    case 'moving':
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    case 'waiting': {
      const index = place.queueIndex.get(token.key) ?? 0;
      return queuePlace(box, place.geometry.bounds, index, place.spacing);
    }
    case 'serving':
      return seatPlace(box, Math.max(0, token.seat), place.spacing);
    case 'leaving':
      return exitPlace(box, token.outcome === 'served', place.spacing);
  }
}

/** How long a glide takes to cover most of the way (about 95 % in three times this), ms. */
export const GLIDE_MS = 90;

/**
 * One frame of a glide towards `target`: exponential approach, so the result depends on
 * the time elapsed, not on the frame rate, and a target that moves mid-way (the queue
 * moved up, the customer went on) is followed without a jump.
 */
export function approach(current: number, target: number, elapsedMs: number): number {
  if (!Number.isFinite(current)) return target;
  const keep = Math.exp(-Math.max(0, elapsedMs) / GLIDE_MS);
  const next = target + (current - target) * keep;
  return Math.abs(next - target) < 0.01 ? target : next;
}
