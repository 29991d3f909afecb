/**
 * The rooms of all a stage's queues together: a queue runs left from its step through the
 * free gap before it (tokenGeometry.ts, queueRoom) and, where that gap is free below the
 * step too, down it to its lane's bottom edge, so a long line at a step squeezed between
 * two others ("Hand over", one place wide) shows more of itself than the box's height
 * allows, never over the line under its lane (the line of interaction under the
 * customer's) nor in another lane: what the line does not show is counted over its step
 * and marked "+" in its last place. The steps claim in
 * reading order, top to bottom and left to right; a later step's queue keeps off every
 * earlier claim, and every queue keeps off the boxes under it and the counts written over
 * them. The number of columns that seats the most is taken.
 */
import type { Rect } from '../diagram/types.ts';
import {
  type Band,
  QUEUE_CLEAR,
  type QueueRoom,
  type StageGeometry,
  queueRoom,
} from './tokenGeometry.ts';

/** The strip kept clear above a box under a queue, for the count written over it, in places. */
const LABEL_STRIP = 1.6;
/** A box's count starts a little left of the box (playbackStage.css), in places. */
const LABEL_OVERHANG = 0.3;

interface Claim {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function queueRooms(geometry: StageGeometry, spacing: number): QueueRoom[] {
  const rooms: QueueRoom[] = [];
  const claims: Claim[] = [];
  const order = geometry.steps
    .map((box, step) => ({ box, step }))
    .filter((entry): entry is { box: Rect; step: number } => entry.box !== null)
    // A batch step's pile takes no room: its items are written as a count, not drawn.
    .filter((entry) => !geometry.piles?.[entry.step])
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  for (const { box, step } of order) {
    const freeLeft = geometry.freeLeft[step] ?? geometry.bounds.x;
    const lane = geometry.lanes[step] ?? null;
    const room = roomOf(box, freeLeft, lane, geometry, spacing, claims);
    rooms[step] = room;
    claims.push(areaOf(room, spacing));
  }
  return rooms;
}

function roomOf(
  box: Rect,
  freeLeft: number,
  lane: Band | null,
  geometry: StageGeometry,
  spacing: number,
  claims: readonly Claim[],
): QueueRoom {
  const inGap = queueRoom(box, freeLeft, spacing);
  // No gap before the box: the queue waits inside it, where no other claim can be.
  if (inGap.right !== box.x) return inGap;
  const bandBottom = box.y + box.height;
  let best: QueueRoom | null = null;
  for (let used = 1; used <= inGap.columns; used++) {
    const left = box.x - (used + QUEUE_CLEAR) * spacing;
    const across = (area: Claim) => area.left < box.x && area.right > left;
    // An earlier queue running down through this one's band: no more columns.
    if (claims.some((claim) => across(claim) && claim.top < bandBottom && claim.bottom > box.y))
      break;
    let bottom = lane?.bottom ?? geometry.bounds.y + geometry.bounds.height;
    for (const other of geometry.boxes)
      if (other.y >= bandBottom && other.x - LABEL_OVERHANG * spacing < box.x)
        if (other.x + other.width > left)
          bottom = Math.min(bottom, other.y - LABEL_STRIP * spacing);
    for (const claim of claims)
      if (claim.top >= bandBottom && across(claim)) bottom = Math.min(bottom, claim.top);
    const rows = Math.floor((bottom - box.y) / spacing);
    const room: QueueRoom =
      rows > inGap.rows
        ? { rows, columns: used, right: box.x, top: box.y }
        : { ...inGap, columns: used };
    if (!best || room.rows * room.columns > best.rows * best.columns) best = room;
  }
  return best ?? queueRoom(box, box.x, spacing);
}

function areaOf(room: QueueRoom, spacing: number): Claim {
  return {
    left: room.right - (room.columns + QUEUE_CLEAR) * spacing,
    right: room.right,
    top: room.top,
    bottom: room.top + room.rows * spacing,
  };
}
