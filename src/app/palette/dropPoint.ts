/**
 * Where on the screen a palette chip was dropped, for the pointer and for the keyboard.
 * dnd-kit knows the pointer only when a pointer started the drag; a keyboard drag has no
 * pointer, so the middle of the drag overlay (which the arrow keys move) stands in for it.
 */
import type { ClientRect, CollisionDetection } from '@dnd-kit/core';
import type { Point } from './placement.ts';

export function centreOf(rect: ClientRect): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function contains(rect: ClientRect, point: Point): boolean {
  return (
    point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom
  );
}

/** The pointer when there is one, else the middle of the dragged overlay; null if neither. */
export function dropPointOf(
  pointer: Point | null | undefined,
  overlay: ClientRect | null | undefined,
): Point | null {
  if (pointer) return pointer;
  return overlay ? centreOf(overlay) : null;
}

/**
 * A drop target is hit when the drop point lies inside it: the same point that later
 * decides the lane, so "over the canvas" and "where it lands" never disagree.
 */
export const dropPointCollision: CollisionDetection = ({
  collisionRect,
  droppableContainers,
  droppableRects,
  pointerCoordinates,
}) => {
  const point = dropPointOf(pointerCoordinates, collisionRect);
  if (!point) return [];
  return droppableContainers.flatMap((container) => {
    const rect = droppableRects.get(container.id);
    return rect && contains(rect, point)
      ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }]
      : [];
  });
};

/** Pointer position at the end of a drag: where it went down, moved by the drag's delta. */
export function pointerAtEnd(activatorEvent: Event | null, delta: Point): Point | null {
  if (!activatorEvent || !('clientX' in activatorEvent) || !('clientY' in activatorEvent))
    return null;
  const { clientX, clientY } = activatorEvent as MouseEvent;
  return { x: clientX + delta.x, y: clientY + delta.y };
}
