/**
 * The canvas as a pure function of the blueprint: the diagram (diagram/layout.ts) as
 * React Flow's step nodes and flow edges, with the lane bands, lines and phase columns.
 * The store holds only the blueprint; everything React Flow draws is derived here, so
 * there is never a second copy to keep in step.
 */
import type { Blueprint } from '../../model/index.ts';
import { layoutDiagram } from '../diagram/layout.ts';
import { meanMinutes } from '../diagram/duration.ts';
import { flowEdge } from './flowEdges.ts';
import { STEP_HANDLES } from './handleBounds.ts';
import type { CanvasLayout, StepNode } from './types.ts';

export function layoutBlueprint(blueprint: Blueprint): CanvasLayout {
  const diagram = layoutDiagram(blueprint);
  const nodes = diagram.steps.map(
    ({ key, step, rect, poolLabel, outcome, outcomeLabel }): StepNode => ({
      id: key,
      type: 'step',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      // Known up front, so React Flow need not mount every box to measure it.
      handles: STEP_HANDLES,
      data: {
        step,
        ...(step.duration ? { meanMinutes: meanMinutes(step.duration) } : {}),
        ...(poolLabel !== undefined ? { poolLabel } : {}),
        ...(outcome ? { outcome } : {}),
        ...(outcomeLabel !== undefined ? { outcomeLabel } : {}),
      },
    }),
  );
  return {
    nodes,
    edges: diagram.flows.map(flowEdge),
    lanes: diagram.lanes,
    lines: diagram.lines,
    phases: diagram.phases,
    bounds: diagram.bounds,
  };
}
