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

/** A lane's extent from top to bottom, canvas units. */
export interface Band {
  top: number;
  bottom: number;
}

export interface StageGeometry {
  /** Per engine step index: the step's box, or null when the layout has no such step. */
  steps: (Rect | null)[];
  /** Per engine step index: where the free gap before the box begins (canvas x). */
  freeLeft: number[];
  /**
   * Per engine step index: the top and bottom of the step's lane (canvas y), or null when
   * the layout has no such lane. A queue stays inside its step's lane: one that ran down
   * the gap before "Hand over" crossed the line of interaction and every lane under it.
   */
  lanes: (Band | null)[];
  /** Every box drawn, steps of the engine or not (a queue keeps off them all). */
  boxes: Rect[];
  bounds: Rect;
  /**
   * Per engine step index: true at a step done as one batch a day, whose waiting tokens are
   * items on its pile, not people: no line is drawn for them (the stage writes the pile's
   * count, StageMap.tsx); absent: no such step.
   */
  piles?: boolean[];
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
  const bands = new Map<string, Band>();
  for (const node of layout.nodes) {
    const lane = layout.lanes.find((band) => band.id === node.data.step.lane);
    if (lane) bands.set(node.data.step.id, { top: lane.top, bottom: lane.top + lane.height });
  }
  const steps = info.steps.map((step) => boxes.get(step.id) ?? null);
  const all = layout.nodes.map((node) => boxes.get(node.data.step.id)!);
  return {
    steps,
    freeLeft: steps.map((box) => (box ? freeLeftOf(box, all, layout.bounds) : layout.bounds.x)),
    lanes: info.steps.map((step) => bands.get(step.id) ?? null),
    boxes: all,
    bounds: layout.bounds,
    piles: info.steps.map((step) => step.pile === true),
  };
}

/** The right edge of the nearest box to the left of `box` at the same height, or the blueprint's left edge. */
function freeLeftOf(box: Rect, boxes: readonly Rect[], bounds: Rect): number {
  let left = bounds.x;
  for (const other of boxes) {
    if (other === box || other.x >= box.x) continue;
    const sameHeight = other.y < box.y + box.height && box.y < other.y + other.height;
    if (sameHeight) left = Math.max(left, Math.min(box.x, other.x + other.width));
  }
  return left;
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

/**
 * Token radius in CSS pixels: readable from the back of a room, scaled with the stage's
 * height; at most what lets one column of a queue fit the usual gap between two steps
 * (`gapPx`, the editor's STEP_GAP on screen), so a queue has room before its step.
 */
export function tokenRadius(stageHeight: number, gapPx = Infinity): number {
  return Math.max(3, Math.min(24, Math.max(6, stageHeight / 55), gapPx / 2.6));
}

/** Distance between neighbouring tokens, in canvas units. */
export function tokenSpacing(radiusPx: number, view: StageView): number {
  return (radiusPx * 2.3) / view.scale;
}

/**
 * Where a step's queue may be drawn: columns going left from the step through the free
 * gap before it (up to the nearest box to the left at the same height, or the blueprint's
 * edge), as many rows as fit the box's height (queueRooms.ts lets them run down the gap
 * where it is free). A queue never covers another step; when no column fits before the
 * box, it waits inside its own box, above the seats' row.
 */
export interface QueueRoom {
  rows: number;
  columns: number;
  /** The right edge of the first column (canvas units); columns go left from here. */
  right: number;
  top: number;
}

export function queueRoom(box: Rect, freeLeft: number, spacing: number): QueueRoom {
  const rows = Math.max(1, Math.floor(box.height / spacing));
  const columns = Math.floor((box.x - freeLeft - spacing * QUEUE_CLEAR) / spacing);
  if (columns >= 1)
    return { rows, columns, right: box.x, top: box.y + (box.height - rows * spacing) / 2 };
  return {
    rows: Math.max(1, rows - 1),
    columns: Math.max(1, Math.floor(box.width / spacing)),
    right: box.x + box.width,
    top: box.y,
  };
}

/** The share of a place kept clear before a queue, so a token's edge never touches the box before. */
export const QUEUE_CLEAR = 0.1;

export function queueCapacity(room: QueueRoom): number {
  return room.rows * room.columns;
}

/** How many of a queue of `count` are not drawn one by one (they share the last place, under a "more" mark). */
export function queueHidden(room: QueueRoom, count: number): number {
  const capacity = queueCapacity(room);
  return count > capacity ? count - (capacity - 1) : 0;
}

/**
 * Place `index` (0 = front) of a queue of `count`: front first, column by column. When the
 * queue is longer than its room, the last place holds everyone from there on (the painter
 * draws a "more" mark over them): every token is still drawn, none outside the room.
 */
export function queuePlace(room: QueueRoom, index: number, count: number, spacing: number): Point {
  const last = queueCapacity(room) - 1;
  const slot = count > last + 1 ? Math.min(index, last) : index;
  const row = slot % room.rows;
  const column = Math.floor(slot / room.rows);
  return { x: room.right - spacing * (column + 0.5), y: room.top + spacing * (row + 0.5) };
}

/** The area a queue of `count` takes, for the backdrop drawn under it. */
export function queueArea(room: QueueRoom, count: number, spacing: number): Rect {
  const drawn = Math.min(count, queueCapacity(room));
  const used = Math.min(room.columns, Math.ceil(drawn / room.rows));
  return {
    x: room.right - used * spacing,
    y: room.top,
    width: used * spacing,
    height: Math.min(room.rows, drawn) * spacing,
  };
}

/**
 * Seat `seat` of a step: a row on the box's bottom edge (half inside, so the box's name
 * keeps most of it), more rows upwards if needed.
 */
export function seatPlace(box: Rect, seat: number, spacing: number): Point {
  const columns = Math.max(1, Math.floor(box.width / spacing));
  const column = seat % columns;
  const row = Math.floor(seat / columns);
  const left = box.x + (box.width - columns * spacing) / 2;
  return { x: left + spacing * (column + 0.5), y: box.y + box.height - spacing * row };
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
    /** Per step index: the queue's room and length. */
    queues: readonly { room: QueueRoom; count: number }[];
    spacing: number;
  },
): Point | null {
  const box = place.geometry.steps[token.step];
  if (!box) return null;
  switch (token.status) {
    case 'moving':
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    case 'waiting': {
      // An item on a pile stays in its box until a unit takes it (its pile is not drawn).
      if (place.geometry.piles?.[token.step]) return { x: box.x + box.width / 2, y: box.y };
      const index = place.queueIndex.get(token.key) ?? 0;
      const queue = place.queues[token.step];
      if (!queue) return null;
      return queuePlace(queue.room, index, queue.count, place.spacing);
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
