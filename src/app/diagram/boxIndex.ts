/**
 * The step boxes bucketed by where they lie, so that a flow's route asks only about the
 * boxes near it: a 2 000-step blueprint is routed without testing every flow against
 * every box.
 */
import type { Rect } from './types.ts';

/** A box and the id of the step it is (a route leaves out its own two ends by id). */
export interface IndexedBox {
  id: string;
  rect: Rect;
}

/** A little more than a step box with its gap, so most boxes sit in one or two cells. */
const CELL = 256;

export class BoxIndex {
  /** Each cell's boxes, as indices into `boxes`. */
  private readonly cells = new Map<string, number[]>();
  readonly boxes: readonly IndexedBox[];

  constructor(boxes: readonly IndexedBox[]) {
    this.boxes = boxes;
    boxes.forEach((box, index) => {
      const { x0, x1, y0, y1 } = cellSpan(box.rect);
      for (let cx = x0; cx <= x1; cx += 1) {
        for (let cy = y0; cy <= y1; cy += 1) {
          const key = `${cx},${cy}`;
          const cell = this.cells.get(key);
          if (cell) cell.push(index);
          else this.cells.set(key, [index]);
        }
      }
    });
  }

  /** Every box that overlaps `area` or touches it, each once, in the order they were given. */
  near(area: Rect): IndexedBox[] {
    const { x0, x1, y0, y1 } = cellSpan(area);
    // An area wider than the content would walk empty cells: test every box instead.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.boxes.length) return this.boxes.filter(touching(area));
    const found = new Set<number>();
    for (let cx = x0; cx <= x1; cx += 1) {
      for (let cy = y0; cy <= y1; cy += 1) {
        for (const index of this.cells.get(`${cx},${cy}`) ?? []) found.add(index);
      }
    }
    return [...found]
      .sort((a, b) => a - b)
      .map((index) => this.boxes[index]!)
      .filter(touching(area));
  }

  /** The smallest rectangle around every box; undefined when there are none. */
  extent(): Rect | undefined {
    if (this.boxes.length === 0) return undefined;
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const { rect } of this.boxes) {
      left = Math.min(left, rect.x);
      top = Math.min(top, rect.y);
      right = Math.max(right, rect.x + rect.width);
      bottom = Math.max(bottom, rect.y + rect.height);
    }
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
}

function cellSpan(rect: Rect): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: Math.floor(rect.x / CELL),
    x1: Math.floor((rect.x + rect.width) / CELL),
    y0: Math.floor(rect.y / CELL),
    y1: Math.floor((rect.y + rect.height) / CELL),
  };
}

const touching =
  (area: Rect) =>
  ({ rect }: IndexedBox): boolean =>
    rect.x <= area.x + area.width &&
    area.x <= rect.x + rect.width &&
    rect.y <= area.y + area.height &&
    area.y <= rect.y + rect.height;
