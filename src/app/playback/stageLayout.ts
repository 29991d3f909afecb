/**
 * The editor's layout made taller for the stage. A blueprint is wide and low (the deposit
 * example is 2184 × 410 canvas units); fitted to a 16:9 screen, its width decides the
 * scale and the boxes come out too low for a name in type a room can read. Stretching
 * every height by the same factor (lanes, steps, lines; never widths) fills the stage's
 * height instead: the same picture, with room for names on two or more lines.
 */
import type { CanvasLayout, StepNode } from '../canvas/types.ts';
import type { Rect } from '../diagram/types.ts';

/** At most this much taller than the editor draws it (beyond, boxes look like columns). */
export const MAX_STRETCH = 3;

/** How much taller the layout can be drawn so that it fills a stage of this size. */
export function stretchFor(bounds: Rect, width: number, height: number): number {
  if (width <= 0 || height <= 0 || bounds.width <= 0 || bounds.height <= 0) return 1;
  const room = height / width / (bounds.height / bounds.width);
  // Rounded, so a stage resized by a pixel does not lay everything out again.
  return Math.min(MAX_STRETCH, Math.max(1, Math.floor(room * 20) / 20));
}

/** Room kept left of the first step (its queue and the door) and right of the last (the way out). */
export const LEFT_ROOM = 64;
export const RIGHT_ROOM = 48;

/**
 * The layout's width cut to its steps: the editor's bounds include the phase columns'
 * spare width, which on a stage is only a smaller scale for everything.
 */
export function trimToSteps(layout: CanvasLayout): CanvasLayout {
  if (layout.nodes.length === 0) return layout;
  const left = Math.min(...layout.nodes.map((node) => node.position.x)) - LEFT_ROOM;
  const right =
    Math.max(...layout.nodes.map((node) => node.position.x + (node.width ?? 0))) + RIGHT_ROOM;
  return { ...layout, bounds: { ...layout.bounds, x: left, width: right - left } };
}

/** The layout with every vertical position and height multiplied by `factor`. */
export function stretchLayout(layout: CanvasLayout, factor: number): CanvasLayout {
  if (factor === 1) return layout;
  return {
    ...layout,
    nodes: layout.nodes.map((node) => ({
      ...node,
      position: { x: node.position.x, y: node.position.y * factor },
      ...(node.height !== undefined ? { height: node.height * factor } : {}),
    })),
    lanes: layout.lanes.map((lane) => ({
      ...lane,
      top: lane.top * factor,
      height: lane.height * factor,
    })),
    lines: layout.lines.map((line) => ({ ...line, y: line.y * factor })),
    bounds: {
      ...layout.bounds,
      y: layout.bounds.y * factor,
      height: layout.bounds.height * factor,
    },
  };
}

/** Room a box keeps in its lane above it and below it, canvas units. */
export interface BoxRoom {
  top: number;
  bottom: number;
}

/**
 * Each step box as tall as its lane allows: from `top` under the lane's top (a box whose
 * queue's count or lane's name is written above it keeps that strip clear) down to
 * `bottom` above the lane's end (where served customers sit on the box's bottom edge,
 * half below it). A box with another box above or below it in its lane keeps its size.
 */
export function growBoxes(layout: CanvasLayout, room: (node: StepNode) => BoxRoom): CanvasLayout {
  const lanes = new Map(layout.lanes.map((lane) => [lane.id, lane]));
  const nodes = layout.nodes.map((node) => {
    const lane = lanes.get(node.data.step.lane);
    if (!lane || isStacked(layout, node)) return node;
    const { top, bottom } = room(node);
    // Never inside the strip, even when the editor draws the step higher: the lane's name
    // or the queue's count is written there.
    const y = lane.top + top;
    const height = Math.max(
      (node.height ?? 0) + node.position.y - y,
      lane.top + lane.height - bottom - y,
    );
    return { ...node, position: { x: node.position.x, y }, height };
  });
  return { ...layout, nodes };
}

/** Whether another box of the node's lane is above or below it (they share an x range). */
export function isStacked(layout: CanvasLayout, node: StepNode): boolean {
  return layout.nodes.some((other) => other !== node && sameColumn(node, other));
}

/** Whether two boxes are in one lane and share an x range. */
function sameColumn(a: StepNode, b: StepNode): boolean {
  return (
    a.data.step.lane === b.data.step.lane &&
    b.position.x < a.position.x + (a.width ?? 0) &&
    a.position.x < b.position.x + (b.width ?? 0)
  );
}

/**
 * The boxes stacked in one column of a lane (the VIP example's two windows) laid out down
 * the lane again, each with its own room above and below it: the editor leaves them a gap
 * of a few units, where the customers served at the upper box sit (half below its edge)
 * and the count of the lower box's queue is written, one over the other. The boxes share
 * evenly the height the rooms leave (the stage plans each row of a lane for the same
 * lines, fitToNames.ts); a stack that would leave a box less than `least` high is left
 * as it is.
 */
export function stackBoxes(
  layout: CanvasLayout,
  room: (node: StepNode) => BoxRoom,
  least: number,
): CanvasLayout {
  const lanes = new Map(layout.lanes.map((lane) => [lane.id as string, lane]));
  const moved = new Map<string, { y: number; height: number }>();
  for (const stack of stacks(layout)) {
    const lane = lanes.get(stack[0]!.data.step.lane);
    if (!lane) continue;
    const rooms = stack.map(room);
    const kept = rooms.reduce((sum, { top, bottom }) => sum + top + bottom, 0);
    const heights = stack.map(() => (lane.height - kept) / stack.length);
    if (heights.some((height) => height < least)) continue;
    let y = lane.top;
    stack.forEach((node, index) => {
      y += rooms[index]!.top;
      moved.set(node.id, { y, height: heights[index]! });
      y += heights[index]! + rooms[index]!.bottom;
    });
  }
  if (moved.size === 0) return layout;
  return {
    ...layout,
    nodes: layout.nodes.map((node) => {
      const place = moved.get(node.id);
      return place
        ? { ...node, position: { x: node.position.x, y: place.y }, height: place.height }
        : node;
    }),
  };
}

/** The groups of two or more boxes of a lane that share an x range, each top to bottom. */
function stacks(layout: CanvasLayout): StepNode[][] {
  const groups: StepNode[][] = [];
  for (const node of layout.nodes) {
    if (!isStacked(layout, node)) continue;
    const group = groups.find((members) => members.some((other) => sameColumn(node, other)));
    if (group) group.push(node);
    else groups.push([node]);
  }
  for (const group of groups) group.sort((a, b) => a.position.y - b.position.y);
  return groups;
}
