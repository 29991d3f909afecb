/** A long queue runs down the free gap before its step, and keeps off every other box and queue. */
import { describe, expect, test } from 'vitest';
import type { Rect } from '../../../src/app/diagram/types.ts';
import { queueRooms } from '../../../src/app/playback/queueRooms.ts';
import {
  type Band,
  type StageGeometry,
  queueArea,
  queueCapacity,
  queueRoom,
} from '../../../src/app/playback/tokenGeometry.ts';

const spacing = 20;
const bounds = { x: 0, y: 0, width: 1000, height: 800 };

/**
 * Engine steps and other boxes; each step's gap runs to the nearest box at its height.
 * Every step in one lane as tall as the blueprint unless `lanes` says otherwise.
 */
function geometry(steps: Rect[], others: Rect[] = [], lanes?: Band[]): StageGeometry {
  const boxes = [...steps, ...others];
  const freeLeft = steps.map((box) =>
    Math.max(
      bounds.x,
      ...boxes
        .filter(
          (o) => o !== box && o.x < box.x && o.y < box.y + box.height && box.y < o.y + o.height,
        )
        .map((o) => Math.min(box.x, o.x + o.width)),
    ),
  );
  const whole = { top: bounds.y, bottom: bounds.y + bounds.height };
  return { steps, freeLeft, lanes: lanes ?? steps.map(() => whole), boxes, bounds };
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('queue rooms', () => {
  // "Fill in the slip" and "Hand over" one place apart, nothing under the gap.
  const before = { x: 100, y: 100, width: 200, height: 80 };
  const step = { x: 325, y: 100, width: 200, height: 80 };

  test('a gap one place wide but free below: the queue runs down it to the bottom', () => {
    const rooms = queueRooms(geometry([before, step]), spacing);
    const alone = queueRoom(step, before.x + before.width, spacing);
    expect(queueCapacity(alone)).toBe(4); // one column of the box's height
    expect(rooms[1]).toMatchObject({ columns: 1, right: step.x, top: step.y });
    expect(queueCapacity(rooms[1]!)).toBe(Math.floor((800 - 100) / spacing));
  });

  test("its lane's bottom edge stops it: never over the line under its lane", () => {
    const lane = { top: 60, bottom: 260 };
    const rooms = queueRooms(geometry([before, step], [], [lane, lane]), spacing);
    const area = queueArea(rooms[1]!, 1000, spacing);
    expect(area.y).toBeGreaterThanOrEqual(lane.top);
    expect(area.y + area.height).toBeLessThanOrEqual(lane.bottom);
    // Still more than the box's height alone: the gap below the box, inside the lane.
    expect(rooms[1]!.rows).toBe(Math.floor((lane.bottom - step.y) / spacing));
    expect(rooms[1]!.rows).toBeGreaterThan(queueRoom(step, before.x + before.width, spacing).rows);
  });

  test('a box under the gap stops it, with the strip for its count kept clear', () => {
    const under = { x: 250, y: 400, width: 200, height: 80 };
    const rooms = queueRooms(geometry([before, step], [under]), spacing);
    const area = queueArea(rooms[1]!, 1000, spacing);
    expect(area.y + area.height).toBeLessThanOrEqual(under.y - 1.6 * spacing);
    expect(rooms[1]!.rows).toBeGreaterThan(4);
  });

  test('a later step keeps its queue off an earlier one running down through its band', () => {
    const lower = { x: 600, y: 300, width: 200, height: 80 }; // its gap reaches the left edge
    const rooms = queueRooms(geometry([before, step, lower]), spacing);
    const upper = queueArea(rooms[1]!, 1000, spacing);
    const below = queueArea(rooms[2]!, 1000, spacing);
    expect(upper.height).toBeGreaterThan(200);
    expect(overlap(upper, below)).toBe(false);
    expect(below.x).toBeGreaterThanOrEqual(step.x);
    for (const room of rooms)
      for (const box of [before, step, lower])
        if (room!.right !== box.x)
          expect(overlap(queueArea(room!, 1000, spacing), box)).toBe(false);
  });
});
