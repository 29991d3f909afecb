/**
 * The stage's flow lines: the same lines the editor and the exported picture draw, around
 * the step boxes (diagram/route.ts) or the plain way when the user turned routing off,
 * routed among the stage's own boxes (sized for a projector, so not the editor's places).
 */
import type { CanvasLayout } from '../canvas/types.ts';
import { BoxIndex, type IndexedBox } from '../diagram/boxIndex.ts';
import { flowPoints, type Point } from '../diagram/flowPath.ts';
import { facingSides } from '../diagram/flows.ts';
import { routeFlow } from '../diagram/route.ts';
import type { FlowRole } from '../diagram/types.ts';

export interface StageFlow {
  id: string;
  role: FlowRole;
  /** The line's corners, from the source box's side to the target's, canvas units. */
  points: Point[];
}

export function stageFlows(layout: CanvasLayout, aroundSteps: boolean): StageFlow[] {
  const boxes = new BoxIndex(
    layout.nodes.map((node): IndexedBox => ({
      id: node.id,
      rect: {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      },
    })),
  );
  const byId = new Map(boxes.boxes.map((box) => [box.id, box]));
  const flows: StageFlow[] = [];
  for (const edge of layout.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    // The sides face each other as the stage places the boxes, as the editor does its own.
    const { from, to } = facingSides(source.rect, target.rect);
    const ends = { source, fromSide: from, target, toSide: to };
    flows.push({
      id: edge.id,
      role: edge.data?.role ?? 'process',
      points: aroundSteps ? routeFlow(ends, boxes) : flowPoints(source.rect, from, target.rect, to),
    });
  }
  return flows;
}
