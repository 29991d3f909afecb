/**
 * Where each step box's handles sit, known without measuring: React Flow mounts every
 * node whose handles it has not measured, even off screen, so a 5 000-step blueprint
 * would mount (and lay out) all 5 000 boxes once on open. Given these, it mounts only
 * the boxes in view; a mounted box is still measured and corrects them.
 *
 * The sizes are those of .step-handle and .step-handle--source in styles/steps.css;
 * React Flow centres each handle on the middle of its side.
 */
import type { NodeHandle, Position } from '@xyflow/react';
import { SIDES } from '../diagram/flows.ts';
import { sourceHandleId, targetHandleId } from './flowEdges.ts';
import { STEP_HEIGHT, STEP_WIDTH } from '../diagram/geometry.ts';

export const TARGET_HANDLE_SIZE = 1;
export const SOURCE_HANDLE_SIZE = 14;

const SIDE_MIDDLE = {
  top: { x: STEP_WIDTH / 2, y: 0 },
  right: { x: STEP_WIDTH, y: STEP_HEIGHT / 2 },
  bottom: { x: STEP_WIDTH / 2, y: STEP_HEIGHT },
  left: { x: 0, y: STEP_HEIGHT / 2 },
} as const;

/** The eight handles of a step box (a source and a target per side), relative to the box; shared by every node, never changed. */
export const STEP_HANDLES: NodeHandle[] = SIDES.flatMap((side) =>
  (['target', 'source'] as const).map((type): NodeHandle => {
    const size = type === 'source' ? SOURCE_HANDLE_SIZE : TARGET_HANDLE_SIZE;
    const middle = SIDE_MIDDLE[side];
    return {
      id: type === 'source' ? sourceHandleId(side) : targetHandleId(side),
      type,
      position: side as Position,
      x: middle.x - size / 2,
      y: middle.y - size / 2,
      width: size,
      height: size,
    };
  }),
);
