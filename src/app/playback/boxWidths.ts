/**
 * Step boxes on the stage as wide as their names need, within their lane. The editor
 * draws every box 200 units wide in columns 240 apart; on a projector that leaves a long
 * name ten letters a line and cut after two. Here each box takes its column's whole pitch
 * but a narrow gap, then, if its name needs more, the empty columns of its lane to the
 * right, and (a box no queue stands before) to the left. The editor's full gap stays
 * before a step a queue may wait at: the queue is drawn there (tokenGeometry.ts, queueRoom).
 */
import type { CanvasLayout, StepNode } from '../canvas/types.ts';
import { STEP_GAP } from '../diagram/geometry.ts';

/** The gap between two boxes of a lane where no queue waits, canvas units. */
export const NARROW_GAP = 16;

export interface WidthRule {
  /** The width the node's name needs (its box's, padding included), given at most `room`. */
  need: (node: StepNode, room: number) => number;
  /** Whether a queue may wait before the step: its left edge stays, with the full gap before it. */
  queued: (node: StepNode) => boolean;
}

/** The layout with each box as wide as `rule` asks and its lane leaves room for. */
export function fitBoxWidths(layout: CanvasLayout, rule: WidthRule): CanvasLayout {
  if (layout.nodes.length === 0) return layout;
  const right = (node: StepNode) => node.position.x + (node.width ?? 0);
  // The steps' own extent: no box grows past the outermost ones.
  const leftEdge = Math.min(...layout.nodes.map((node) => node.position.x));
  const rightEdge = Math.max(...layout.nodes.map(right));
  const fitted = new Map<StepNode, StepNode>();
  for (const lane of new Set(layout.nodes.map((node) => node.data.step.lane))) {
    const row = layout.nodes
      .filter((node) => node.data.step.lane === lane)
      .sort((a, b) => a.position.x - b.position.x);
    // Two boxes one above the other in a lane keep their places and sizes.
    const stacked = (node: StepNode) =>
      row.some(
        (other) =>
          other !== node && other.position.x < right(node) && node.position.x < right(other),
      );
    // What each name needs with its whole lane free: a box leaves the next one, when that
    // one can grow leftwards, room for its own name.
    const span = rightEdge - leftEdge;
    const wants = new Map(row.map((node) => [node, rule.need(node, span)]));
    const after = (node: StepNode) => row.find((other) => other.position.x > node.position.x);
    const gapBefore = (node: StepNode) => (rule.queued(node) ? STEP_GAP : NARROW_GAP);
    // How far right a box can grow: to the gap before the next one, or the steps' extent.
    const reach = (node: StepNode) => {
      const next = after(node);
      return next ? next.position.x - gapBefore(next) : rightEdge;
    };
    let reached = -Infinity;
    row.forEach((node) => {
      const queued = rule.queued(node);
      const next = after(node);
      if (stacked(node)) {
        fitted.set(node, node);
        reached = Math.max(reached, right(node));
        return;
      }
      const leftLimit = queued
        ? node.position.x
        : Math.min(node.position.x, Math.max(leftEdge, reached + gapBefore(node)));
      // The next box keeps what its name needs beyond its own reach to the right.
      const rightLimit = Math.max(
        right(node),
        next === undefined
          ? rightEdge
          : rule.queued(next)
            ? next.position.x - STEP_GAP
            : Math.min(next.position.x, reach(next) - wants.get(next)!) - NARROW_GAP,
      );
      let x = node.position.x;
      // The column's pitch less a narrow gap, whatever the name.
      let end = Math.min(rightLimit, right(node) + STEP_GAP - NARROW_GAP);
      const need = rule.need(node, rightLimit - leftLimit);
      if (need > end - x) end = Math.min(rightLimit, x + need);
      if (need > end - x) x = Math.max(leftLimit, end - need);
      fitted.set(node, { ...node, position: { ...node.position, x }, width: end - x });
      reached = end;
    });
  }
  return { ...layout, nodes: layout.nodes.map((node) => fitted.get(node) ?? node) };
}
