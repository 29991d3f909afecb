/**
 * Draws the tokens on one <canvas> over the stage, every animation frame, without React:
 * 300 tokens are a few hundred arcs, well under a millisecond. Each token glides towards
 * where the engine's state puts it (tokenGeometry.approach); the state itself changes only
 * when an engine event is applied.
 */
import {
  type StageGeometry,
  type StageView,
  approach,
  doorPlace,
  queueArea,
  tokenRadius,
  tokenSpacing,
  tokenTarget,
} from './tokenGeometry.ts';
import { LEAVE_MS, type TokenTable } from './tokenModel.ts';

/** How long a failure shows as a red ring, wall-clock ms. */
const FAIL_FLASH_MS = 900;
const BACKGROUND_COLOUR = '#64748b';
const SERVING_RING = '#0f172a';
const FAIL_RING = '#dc2626';
const GAVE_UP_COLOUR = '#b42318';
const QUEUE_FILL = 'rgba(255, 255, 255, 0.88)';
const QUEUE_EDGE = '#b42318';

export class TokenPainter {
  private readonly context: CanvasRenderingContext2D;
  private width = 0;
  private height = 0;
  /** Screen positions (CSS px in the stage) of the tokens drawn last frame: x0, y0, x1, y1… */
  drawn: number[] = [];
  /** Whether anything drawn last frame was still on its way (gliding, fading, flashing). */
  animating = false;

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
    const radius = tokenRadius(this.height);
    const spacing = tokenSpacing(radius, view);
    const queueIndex = new Map<number, number>();
    for (const queue of table.queues) queue.forEach((key, index) => queueIndex.set(key, index));
    const place = { geometry, queueIndex, spacing };
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
      if (Number.isNaN(token.x)) {
        const box = geometry.steps[token.step];
        const start = token.fromDoor && box ? doorPlace(box, spacing) : target;
        token.x = start.x;
        token.y = start.y;
      }
      token.x = approach(token.x, target.x, elapsedMs);
      token.y = approach(token.y, target.y, elapsedMs);
      if (token.x !== target.x || token.y !== target.y) animating = true;
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

    // Each queue on a pale backdrop of its own, so it reads as one line of people even
    // where it passes over the step before.
    context.beginPath();
    table.queues.forEach((queue, step) => {
      const box = geometry.steps[step];
      if (!box || queue.length === 0) return;
      const area = queueArea(box, geometry.bounds, queue.length, spacing);
      context.roundRect(
        area.x * view.scale + view.offsetX,
        area.y * view.scale + view.offsetY,
        area.width * view.scale,
        area.height * view.scale,
        radius / 2,
      );
    });
    context.fillStyle = QUEUE_FILL;
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = QUEUE_EDGE;
    context.stroke();

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
    this.drawn = drawn;
    this.animating = animating;
    return drawn.length / 2;
  }
}
