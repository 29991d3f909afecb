/**
 * The step boxes the canvas's flows are routed around, handed to every FlowEdge through
 * a context. They come from the blueprint's layout, not from a drag in progress: while
 * steps are dragged, the flows of the dragged steps find their way around the others,
 * and the rest keep their lines until the drop. The index is reused (same object) while
 * no box moves, so an edit that moves nothing (a renamed step) routes nothing again.
 */
import { createContext } from 'react';
import { BoxIndex } from '../diagram/boxIndex.ts';
import type { StepNode } from './types.ts';

export const FlowBoxes = createContext<BoxIndex>(new BoxIndex([]));

/** The index last handed out, kept by the canvas across renders. */
export interface BoxCache {
  last?: BoxIndex;
}

export function reuseBoxes(nodes: readonly StepNode[], cache: BoxCache): BoxIndex {
  if (cache.last && sameBoxes(cache.last, nodes)) return cache.last;
  cache.last = new BoxIndex(
    nodes.map((node) => ({
      id: node.id,
      rect: { ...node.position, width: node.width ?? 0, height: node.height ?? 0 },
    })),
  );
  return cache.last;
}

function sameBoxes(index: BoxIndex, nodes: readonly StepNode[]): boolean {
  return (
    index.boxes.length === nodes.length &&
    index.boxes.every(({ id, rect }, at) => {
      const node = nodes[at]!;
      return (
        node.id === id &&
        node.position.x === rect.x &&
        node.position.y === rect.y &&
        (node.width ?? 0) === rect.width &&
        (node.height ?? 0) === rect.height
      );
    })
  );
}
