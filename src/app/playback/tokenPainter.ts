/**
 * Draws the tokens on one <canvas> over the stage, every animation frame, without React:
 * 300 tokens are a few hundred arcs, well under a millisecond. Each token glides towards
 * where the engine's state puts it (tokenGeometry.approach); the state itself changes only
 * when an engine event is applied.
 */
import { STEP_GAP } from '../diagram/geometry.ts';
import {
  type QueueRoom,
  type StageGeometry,
  type StageView,
  approach,
  doorPlace,
  queueArea,
  queueCapacity,
  queueHidden,
  queuePlace,
  tokenRadius,
  tokenSpacing,
  tokenTarget,
} from './tokenGeometry.ts';
import { LEAVE_MS, type TokenTable } from './tokenModel.ts';
import { queueRooms } from './queueRooms.ts';

/** How long a failure shows as a red ring, wall-clock ms. */
const FAIL_FLASH_MS = 900;
const BACKGROUND_COLOUR = '#64748b';
const SERVING_RING = '#0f172a';
const FAIL_RING = '#dc2626';
const GAVE_UP_COLOUR = '#b42318';
const QUEUE_FILL = 'rgba(255, 255, 255, 0.88)';
const QUEUE_EDGE = '#b42318';
/** A queue's room while its step is not drawn. */
const NO_ROOM: QueueRoom = { rows: 1, columns: 1, right: 0, top: 0 };

/** One queue as drawn last frame, in CSS px of the stage (for the layout tests). */
export interface DrawnQueue {
  step: number;
  count: number;
  /** Customers drawn one by one; the rest share the last place, under a "more" mark. */
  shown: number;
  hidden: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export class TokenPainter {
  private readonly context: CanvasRenderingContext2D;
  private width = 0;
  private height = 0;
  /** Screen positions (CSS px in the stage) of the tokens drawn last frame: x0, y0, x1, y1… */
  drawn: number[] = [];
  /** The tokens' radius last frame, CSS px (a serving token's ring reaches a little beyond). */
  radius = 0;
  /** Whether anything drawn last frame was still on its way (gliding, fading, flashing). */
  animating = false;
  /** The queues drawn last frame. */
  queues: DrawnQueue[] = [];

  /** The queues' rooms, kept while the stage and the token size stay the same. */
  private rooms: { geometry: StageGeometry; spacing: number; rooms: QueueRoom[] } | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d', { alpha: true });
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    this.context = context;
  }

  resize(width: number, height: number, pixelRatio: number): void {
    this.width = width;
    this.height = height;
    this.canvas.width = Math.round(width * pixelRatio);
    this.canvas.height = Math.round(height * pixelRatio);
    this.context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  }

  /** Moves every token one frame closer to its place and draws it; returns how many were drawn. */
  draw(
    table: TokenTable,
    geometry: StageGeometry,
    view: StageView,
    colours: readonly string[],
    wall: number,
    elapsedMs: number,
  ): number {
    const context = this.context;
    context.clearRect(0, 0, this.width, this.height);
    const radius = tokenRadius(this.height, STEP_GAP * view.scale);
    this.radius = radius;
    const spacing = tokenSpacing(radius, view);
    const queueIndex = new Map<number, number>();
    for (const queue of table.queues) queue.forEach((key, index) => queueIndex.set(key, index));
    const rooms = this.roomsFor(geometry, spacing);
    const queues = table.queues.map((queue, step) => ({
      room: rooms[step] ?? NO_ROOM,
      count: queue.length,
    }));
    const place = { geometry, queueIndex, queues, spacing };
    const drawn: number[] = [];
    // Customers of each class in one path per colour; the few special ones one by one.
    const byColour = new Map<string, number[]>();
    const serving: number[] = [];
    const special: { x: number; y: number; alpha: number; colour: string; ring: string | null }[] =
      [];
    const background: number[] = [];

    let animating = false;
    for (const token of table.tokens.values()) {
      const target = tokenTarget(token, place);
      if (!target) continue;
      // Items on a batch pile are not a line of people: the stage writes their count instead.
      const onPile = token.status === 'waiting' && geometry.piles?.[token.step] === true;
      if (Number.isNaN(token.x)) {
        const box = geometry.steps[token.step];
        const start = token.fromDoor && box ? doorPlace(box, spacing) : target;
        token.x = start.x;
        token.y = start.y;
      }
      token.x = approach(token.x, target.x, elapsedMs);
      token.y = approach(token.y, target.y, elapsedMs);
      if (token.x !== target.x || token.y !== target.y) animating = true;
      if (onPile) continue;
      const x = token.x * view.scale + view.offsetX;
      const y = token.y * view.scale + view.offsetY;
      drawn.push(x, y);
      const colour = token.background
        ? BACKGROUND_COLOUR
        : (colours[token.classIndex] ?? colours[0] ?? '#2f6fde');
      const failing = wall - token.failedAt < FAIL_FLASH_MS;
      if (token.status === 'leaving' || failing) {
        animating = true;
        const alpha =
          token.status === 'leaving' ? Math.max(0, 1 - (wall - token.leftAt) / LEAVE_MS) : 1;
        const gaveUp = token.status === 'leaving' && token.outcome === 'gaveUp';
        special.push({
          x,
          y,
          alpha,
          colour: gaveUp ? GAVE_UP_COLOUR : colour,
          ring: failing || gaveUp ? FAIL_RING : null,
        });
      } else if (token.background) {
        background.push(x, y);
      } else {
        let list = byColour.get(colour);
        if (!list) byColour.set(colour, (list = []));
        list.push(x, y);
        if (token.status === 'serving') serving.push(x, y);
      }
    }

    // Each queue on a pale backdrop of its own, so it reads as one line of people.
    const drawnQueues: DrawnQueue[] = [];
    context.beginPath();
    table.queues.forEach((queue, step) => {
      const box = geometry.steps[step];
      const room = queues[step]!.room;
      if (!box || queue.length === 0 || geometry.piles?.[step]) return;
      const area = queueArea(room, queue.length, spacing);
      const screen = {
        x: area.x * view.scale + view.offsetX,
        y: area.y * view.scale + view.offsetY,
        width: area.width * view.scale,
        height: area.height * view.scale,
      };
      context.roundRect(screen.x, screen.y, screen.width, screen.height, radius / 2);
      const hidden = queueHidden(room, queue.length);
      drawnQueues.push({
        step,
        count: queue.length,
        shown: queue.length - hidden,
        hidden,
        ...screen,
      });
    });
    context.fillStyle = QUEUE_FILL;
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = QUEUE_EDGE;
    context.stroke();
    this.queues = drawnQueues;

    for (const [colour, points] of byColour) {
      context.beginPath();
      for (let i = 0; i < points.length; i += 2) {
        context.moveTo(points[i]! + radius, points[i + 1]!);
        context.arc(points[i]!, points[i + 1]!, radius, 0, Math.PI * 2);
      }
      context.fillStyle = colour;
      context.fill();
    }
    if (serving.length > 0) {
      context.beginPath();
      for (let i = 0; i < serving.length; i += 2) {
        context.moveTo(serving[i]! + radius, serving[i + 1]!);
        context.arc(serving[i]!, serving[i + 1]!, radius, 0, Math.PI * 2);
      }
      context.lineWidth = Math.max(1.5, radius / 4);
      context.strokeStyle = SERVING_RING;
      context.stroke();
    }
    if (background.length > 0) {
      const side = radius * 1.5;
      context.fillStyle = BACKGROUND_COLOUR;
      for (let i = 0; i < background.length; i += 2)
        context.fillRect(background[i]! - side / 2, background[i + 1]! - side / 2, side, side);
    }
    for (const token of special) {
      context.globalAlpha = token.alpha;
      context.beginPath();
      context.arc(token.x, token.y, radius, 0, Math.PI * 2);
      context.fillStyle = token.colour;
      context.fill();
      if (token.ring) {
        context.lineWidth = Math.max(2, radius / 3);
        context.strokeStyle = token.ring;
        context.stroke();
      }
    }
    context.globalAlpha = 1;
    for (const queue of drawnQueues)
      if (queue.hidden > 0) this.drawMore(queues[queue.step]!.room, queue, spacing, view);
    this.drawn = drawn;
    this.animating = animating;
    return drawn.length / 2;
  }

  /**
   * A "more" mark over the last place of a queue longer than its room (the tokens under it
   * are there): a "+" drawn, not written. The place is one token wide (21 px on a 1280×720
   * projector), too narrow for the count in type a room reads (18 px, 2.5 % of the height:
   * "+14" needs 32 px); the count of the whole line is written large above its step.
   */
  private roomsFor(geometry: StageGeometry, spacing: number): QueueRoom[] {
    if (this.rooms?.geometry !== geometry || this.rooms.spacing !== spacing)
      this.rooms = { geometry, spacing, rooms: queueRooms(geometry, spacing) };
    return this.rooms.rooms;
  }

  private drawMore(room: QueueRoom, queue: DrawnQueue, spacing: number, view: StageView): void {
    const context = this.context;
    const place = queuePlace(room, queueCapacity(room) - 1, queue.count, spacing);
    const side = spacing * view.scale;
    const x = place.x * view.scale + view.offsetX;
    const y = place.y * view.scale + view.offsetY;
    context.beginPath();
    context.roundRect(x - side / 2, y - side / 2, side, side, side / 4);
    context.fillStyle = QUEUE_EDGE;
    context.fill();
    const arm = side * 0.3;
    context.beginPath();
    context.moveTo(x - arm, y);
    context.lineTo(x + arm, y);
    context.moveTo(x, y - arm);
    context.lineTo(x, y + arm);
    context.lineWidth = Math.max(2, side * 0.14);
    context.lineCap = 'round';
    context.strokeStyle = '#ffffff';
    context.stroke();
  }
}
