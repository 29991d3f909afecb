/** The drop point of a palette drag, its collision test, and the keyboard moves. */
import type { ClientRect } from '@dnd-kit/core';
import { KeyboardCode } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import {
  dropPointCollision,
  dropPointOf,
  pointerAtEnd,
} from '../../../src/app/palette/dropPoint.ts';
import {
  ARROW_MOVE,
  PALETTE_KEYBOARD_CODES,
  SHIFT_ARROW_MOVE,
  paletteKeyboardMove,
} from '../../../src/app/palette/keyboard.ts';
import { kindOf } from '../../../src/app/palette/kinds.ts';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('drop point', () => {
  it('is the pointer when a pointer dragged, else the middle of the overlay', () => {
    expect(dropPointOf({ x: 5, y: 6 }, rect(100, 100, 40, 20))).toEqual({ x: 5, y: 6 });
    expect(dropPointOf(null, rect(100, 100, 40, 20))).toEqual({ x: 120, y: 110 });
    expect(dropPointOf(null, null)).toBeNull();
  });

  it('follows the pointer from where it went down by the drag’s delta', () => {
    const down = { clientX: 50, clientY: 60 } as unknown as Event;
    expect(pointerAtEnd(down, { x: 200, y: 300 })).toEqual({ x: 250, y: 360 });
    // A keyboard drag starts with a key, which has no position.
    expect(pointerAtEnd({ key: ' ' } as unknown as Event, { x: 1, y: 1 })).toBeNull();
    expect(pointerAtEnd(null, { x: 1, y: 1 })).toBeNull();
  });

  it('hits the canvas only when the drop point is inside it', () => {
    const canvas = { id: 'canvas' } as never;
    const args = (pointer: { x: number; y: number } | null, overlay: ClientRect) =>
      ({
        active: {} as never,
        collisionRect: overlay,
        droppableContainers: [canvas],
        droppableRects: new Map([['canvas', rect(0, 100, 500, 400)]]),
        pointerCoordinates: pointer,
      }) as Parameters<typeof dropPointCollision>[0];
    const overlayOutside = rect(10, 10, 40, 20);
    expect(dropPointCollision(args({ x: 50, y: 200 }, overlayOutside)).map((c) => c.id)).toEqual([
      'canvas',
    ]);
    expect(dropPointCollision(args({ x: 50, y: 50 }, overlayOutside))).toEqual([]);
    // Keyboard: no pointer, the overlay's middle decides.
    expect(dropPointCollision(args(null, overlayOutside))).toEqual([]);
    expect(dropPointCollision(args(null, rect(10, 300, 40, 20))).map((c) => c.id)).toEqual([
      'canvas',
    ]);
  });
});

describe('keyboard', () => {
  const at = { x: 100, y: 100 };
  const move = (code: string, shiftKey = false) =>
    paletteKeyboardMove(
      { code, shiftKey } as KeyboardEvent,
      {
        currentCoordinates: at,
      } as Parameters<typeof paletteKeyboardMove>[1],
    );

  it('moves by a fixed step per arrow, bigger with Shift', () => {
    expect(move(KeyboardCode.Down)).toEqual({ x: 100, y: 100 + ARROW_MOVE });
    expect(move(KeyboardCode.Left)).toEqual({ x: 100 - ARROW_MOVE, y: 100 });
    expect(move(KeyboardCode.Right, true)).toEqual({ x: 100 + SHIFT_ARROW_MOVE, y: 100 });
    expect(move(KeyboardCode.Up, true)).toEqual({ x: 100, y: 100 - SHIFT_ARROW_MOVE });
    expect(move('KeyA')).toBeUndefined();
  });

  it('picks up with Space only, so Enter stays the click-to-add key', () => {
    expect(PALETTE_KEYBOARD_CODES.start).toEqual([KeyboardCode.Space]);
    expect(PALETTE_KEYBOARD_CODES.end).toContain(KeyboardCode.Enter);
  });

  it('reads the kind a chip carries, ignoring anything else', () => {
    expect(kindOf({ data: { current: { kind: 'decision' } } })).toBe('decision');
    expect(kindOf({ data: { current: { kind: 'robot' } } } as never)).toBeUndefined();
    expect(kindOf({ data: { current: undefined } })).toBeUndefined();
  });
});
