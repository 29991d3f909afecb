/** Where tokens are drawn and how they glide there. */
import { describe, expect, test } from 'vitest';
import {
  GLIDE_MS,
  approach,
  exitPlace,
  fitStage,
  queueArea,
  queueCapacity,
  queueHidden,
  queuePlace,
  queueRoom,
  seatPlace,
  stageGeometry,
  tokenRadius,
  tokenSpacing,
} from '../../../src/app/playback/tokenGeometry.ts';
import { STEP_GAP } from '../../../src/app/diagram/geometry.ts';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { example } from './support.ts';

const box = { x: 520, y: 208, width: 200, height: 92 };
const bounds = { x: -24, y: 0, width: 2448, height: 800 };

describe('the glide between places', () => {
  test('reaches the target and never overshoots it', () => {
    let x = 0;
    let previous = 0;
    for (let frame = 0; frame < 60; frame++) {
      x = approach(x, 100, 1000 / 60);
      expect(x).toBeGreaterThanOrEqual(previous);
      expect(x).toBeLessThanOrEqual(100);
      previous = x;
    }
    expect(x).toBe(100);
  });

  test('depends on the time elapsed, not on the frame rate', () => {
    let at60 = 0;
    for (let i = 0; i < 12; i++) at60 = approach(at60, 100, 1000 / 60);
    let at30 = 0;
    for (let i = 0; i < 6; i++) at30 = approach(at30, 100, 1000 / 30);
    expect(at30).toBeCloseTo(at60, 9);
    // 95 % of the way in three glide times.
    expect(approach(0, 100, 3 * GLIDE_MS)).toBeCloseTo(95, 0);
  });

  test('a token not drawn yet appears at its target', () => {
    expect(approach(NaN, 42, 16)).toBe(42);
  });
});

describe('places', () => {
  const spacing = 20;

  const before = { x: 40, y: 208, width: 200, height: 92 }; // the step before, 280 to its left
  const above = { x: 300, y: 100, width: 200, height: 92 }; // left of box, but higher up

  test('the queue runs left from the step, front first, in rows that fit the box', () => {
    const room = queueRoom(box, before.x + before.width, spacing);
    const front = queuePlace(room, 0, 5, spacing);
    expect(front.x).toBeLessThan(box.x);
    expect(front.y).toBeGreaterThan(box.y);
    expect(front.y).toBeLessThan(box.y + box.height);
    const rows = Math.floor(box.height / spacing);
    const nextColumn = queuePlace(room, rows, rows + 1, spacing);
    expect(nextColumn.x).toBeCloseTo(front.x - spacing);
    expect(nextColumn.y).toBeCloseTo(front.y);
  });

  test('a queue of any length stays in the gap before its step and counts the rest as +N', () => {
    const freeLeft = before.x + before.width;
    const room = queueRoom(box, freeLeft, spacing);
    const capacity = queueCapacity(room);
    expect(capacity).toBe(4 * 13); // 92 / 20 rows; 280 / 20 columns less the clearance
    for (const count of [1, 7, capacity, capacity + 1, 14, 100]) {
      const area = queueArea(room, count, spacing);
      expect(area.x).toBeGreaterThanOrEqual(freeLeft);
      expect(area.x + area.width).toBeLessThanOrEqual(box.x);
      const places = Array.from({ length: count }, (_, i) => queuePlace(room, i, count, spacing));
      for (const place of places) {
        expect(place.x - spacing / 2).toBeGreaterThanOrEqual(area.x - 1e-9);
        expect(place.x + spacing / 2).toBeLessThanOrEqual(area.x + area.width + 1e-9);
        expect(place.y - spacing / 2).toBeGreaterThanOrEqual(area.y - 1e-9);
        expect(place.y + spacing / 2).toBeLessThanOrEqual(area.y + area.height + 1e-9);
      }
      const hidden = queueHidden(room, count);
      expect(hidden).toBe(count > capacity ? count - capacity + 1 : 0);
      // Places are distinct except the last, which holds the hidden ones.
      const distinct = new Set(places.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
      expect(distinct.size).toBe(count - Math.max(0, hidden - 1));
    }
  });

  test('a box higher up does not limit the queue; one at the same height does', () => {
    const steps = [box, before, above];
    const info = { steps: steps.map((_, i) => ({ id: `s${i}`, pool: -1 })) };
    const layout = {
      bounds,
      lanes: [{ id: 'customer', top: bounds.y, height: bounds.height }],
      nodes: steps.map((rect, i) => ({
        position: { x: rect.x, y: rect.y },
        width: rect.width,
        height: rect.height,
        data: { step: { id: `s${i}`, lane: 'customer' } },
      })),
    };
    const geometry = stageGeometry(info as never, layout as never);
    expect(geometry.freeLeft[0]).toBe(before.x + before.width);
    expect(geometry.freeLeft[1]).toBe(bounds.x);
    // Each step knows its lane's band, which its queue stays inside.
    expect(geometry.lanes[0]).toEqual({ top: bounds.y, bottom: bounds.y + bounds.height });
  });

  test('tokens are small enough for one column of a queue in the usual gap between steps', () => {
    for (const scale of [0.3, 0.57, 1, 2]) {
      const radius = tokenRadius(720, STEP_GAP * scale);
      const view = { scale, offsetX: 0, offsetY: 0 };
      const room = queueRoom(box, box.x - STEP_GAP, tokenSpacing(radius, view));
      expect(room.right).toBe(box.x); // before the box, not inside it
    }
  });

  test('with no gap before the step, the queue waits inside its own box above the seats', () => {
    const room = queueRoom(box, box.x, spacing);
    const area = queueArea(room, 30, spacing);
    expect(area.x).toBeGreaterThanOrEqual(box.x);
    expect(area.x + area.width).toBeLessThanOrEqual(box.x + box.width);
    expect(area.y + area.height).toBeLessThanOrEqual(box.y + box.height - spacing);
  });

  test('seats sit on the bottom edge of the step box, side by side', () => {
    const first = seatPlace(box, 0, spacing);
    const second = seatPlace(box, 1, spacing);
    expect(first.y).toBeCloseTo(box.y + box.height);
    expect(second.x - first.x).toBeCloseTo(spacing);
    for (let seat = 0; seat < 9; seat++) {
      const place = seatPlace(box, seat, spacing);
      expect(place.x).toBeGreaterThan(box.x);
      expect(place.x).toBeLessThan(box.x + box.width);
    }
  });

  test('served customers leave to the right, those who gave up downwards', () => {
    expect(exitPlace(box, true, spacing).x).toBeGreaterThan(box.x + box.width);
    expect(exitPlace(box, false, spacing).y).toBeGreaterThan(box.y + box.height);
  });
});

describe('the stage', () => {
  test('fits the whole blueprint inside a 1280×720 stage and a 4K one', () => {
    for (const [width, height] of [
      [1280, 480],
      [3840, 1700],
    ] as const) {
      const view = fitStage(bounds, width, height);
      const left = bounds.x * view.scale + view.offsetX;
      const right = (bounds.x + bounds.width) * view.scale + view.offsetX;
      const top = bounds.y * view.scale + view.offsetY;
      const bottom = (bounds.y + bounds.height) * view.scale + view.offsetY;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      expect(bottom).toBeLessThanOrEqual(height);
      // Tokens stay readable: at least 6 px radius, and their spacing follows the zoom.
      const radius = tokenRadius(height);
      expect(radius).toBeGreaterThanOrEqual(6);
      expect(tokenSpacing(radius, view) * view.scale).toBeCloseTo(radius * 2.3);
    }
  });

  test('every simulated step of the deposit example has its box from the editor layout', () => {
    const blueprint = example('counter-deposit');
    const info = new PlaybackSession(blueprint, null).info;
    const layout = layoutBlueprint(blueprint);
    const geometry = stageGeometry(info, layout);
    expect(geometry.steps.every((step) => step !== null)).toBe(true);
    const handOver = info.steps.findIndex((step) => step.id === 'c-hand-over');
    const node = layout.nodes.find((n) => n.data.step.id === 'c-hand-over')!;
    expect(geometry.steps[handOver]).toMatchObject(node.position);
  });
});
