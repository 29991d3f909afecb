/**
 * Keyboard dragging of palette chips. Space picks a chip up (Enter stays free for
 * click-to-add, as on any button); Space or Enter drops, Escape cancels. Arrow keys move
 * in steps a projector audience can follow; Shift moves about one step box at a time.
 */
import { KeyboardCode, type KeyboardCodes, type KeyboardCoordinateGetter } from '@dnd-kit/core';

export const PALETTE_KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export const ARROW_MOVE = 40;
export const SHIFT_ARROW_MOVE = 160;

export const paletteKeyboardMove: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
  const distance = event.shiftKey ? SHIFT_ARROW_MOVE : ARROW_MOVE;
  const { x, y } = currentCoordinates;
  switch (event.code) {
    case KeyboardCode.Right:
      return { x: x + distance, y };
    case KeyboardCode.Left:
      return { x: x - distance, y };
    case KeyboardCode.Down:
      return { x, y: y + distance };
    case KeyboardCode.Up:
      return { x, y: y - distance };
    default:
      return undefined;
  }
};
