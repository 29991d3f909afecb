/**
 * Every flow's line on the canvas laid out together, as the exported picture does
 * (diagram/flowRoutes.ts): routed around the layout's boxes, and those sharing a gap
 * spread apart, which a flow routed alone cannot know. Handed to every FlowEdge through a
 * context; an edge whose ends have moved (a drag in progress) routes alone instead.
 */
import { createContext } from 'react';
import type { BoxIndex, IndexedBox } from '../diagram/boxIndex.ts';
import type { Point } from '../diagram/flowPath.ts';
import { routedFlows } from '../diagram/flowRoutes.ts';
import type { FlowEnds } from '../diagram/route.ts';
import type { Rect, Side } from '../diagram/types.ts';
import type { FlowEdge } from './types.ts';

/** A flow's line, and the boxes it was laid between (to tell whether it still holds). */
export interface LaidLine {
  source: Rect;
  target: Rect;
  points: Point[];
}

export const FlowLines = createContext<ReadonlyMap<string, LaidLine>>(new Map());

/** The side in a handle id ("source-right" → "right"). */
const sideOf = (handle: string | null | undefined): Side =>
  (handle?.slice(handle.indexOf('-') + 1) ?? 'right') as Side;

/** Each edge's line by edge id; edges whose steps are not laid out are left out. */
export function layFlowLines(edges: readonly FlowEdge[], boxes: BoxIndex): Map<string, LaidLine> {
  const byId = new Map<string, IndexedBox>(boxes.boxes.map((box) => [box.id, box]));
  const laid: { id: string; ends: FlowEnds }[] = [];
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    laid.push({
      id: edge.id,
      ends: {
        source,
        fromSide: sideOf(edge.sourceHandle),
        target,
        toSide: sideOf(edge.targetHandle),
      },
    });
  }
  const lines = routedFlows(
    laid.map(({ ends }) => ends),
    boxes,
  );
  return new Map(
    laid.map(({ id, ends }, index) => [
      id,
      { source: ends.source.rect, target: ends.target.rect, points: lines[index]! },
    ]),
  );
}

/** A signature of the edges' ends: what the laid lines depend on besides the boxes. */
export const edgeEndsKey = (edges: readonly FlowEdge[]): string =>
  edges
    .map(
      (edge) =>
        `${edge.id} ${edge.source} ${edge.sourceHandle} ${edge.target} ${edge.targetHandle}`,
    )
    .join('\n');
