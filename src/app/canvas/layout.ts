/**
 * The canvas as a pure function of the blueprint: step nodes, flow edges, lane bands,
 * lines and phase columns. The store holds only the blueprint; everything React Flow
 * draws is derived here, so there is never a second copy to keep in step.
 */
import { type Blueprint, isProcessStep } from '../../model/index.ts';
import { meanMinutes } from './duration.ts';
import { flowsToEdges, uniqueId } from './flowEdges.ts';
import { CONTENT_MARGIN, STEP_HEIGHT, STEP_WIDTH } from './geometry.ts';
import { STEP_HANDLES } from './handleBounds.ts';
import { layoutLanes } from './lanes.ts';
import { layoutPhases } from './phases.ts';
import { placeSteps } from './placement.ts';
import type { CanvasLayout, Rect, StepNode } from './types.ts';

export function layoutBlueprint(blueprint: Blueprint): CanvasLayout {
  const placements = placeSteps(blueprint);
  const { lanes, lines } = layoutLanes(blueprint, placements);
  const laneTop = new Map(lanes.map((lane) => [lane.id, lane.top]));
  const pools = new Map(blueprint.resources?.map((pool) => [pool.id, pool.label]));

  const usedIds = new Set<string>();
  const rects = new Map<string, Rect>();
  const nodes = blueprint.steps.map((step, index): StepNode => {
    const placement = placements[index]!;
    const position = { x: placement.x, y: laneTop.get(step.lane)! + placement.y };
    // Flows name steps by id; with duplicate ids they attach to the first, as the checks assume.
    if (!rects.has(step.id))
      rects.set(step.id, { ...position, width: STEP_WIDTH, height: STEP_HEIGHT });
    const poolLabel = step.resource ? pools.get(step.resource.pool) : undefined;
    // An exit on evidence or a note is ignored by the simulator, so it shows no outcome.
    const exit = isProcessStep(step) ? step.exit : undefined;
    return {
      id: uniqueId(step.id, usedIds),
      type: 'step',
      position,
      width: STEP_WIDTH,
      height: STEP_HEIGHT,
      // Known up front, so React Flow need not mount every box to measure it.
      handles: STEP_HANDLES,
      data: {
        step,
        ...(step.duration ? { meanMinutes: meanMinutes(step.duration) } : {}),
        ...(poolLabel !== undefined ? { poolLabel } : {}),
        ...(exit ? { outcome: exit.outcome } : {}),
        ...(exit?.label !== undefined ? { outcomeLabel: exit.label } : {}),
      },
    };
  });

  const edges = flowsToEdges(blueprint, rects);
  const phases = layoutPhases(blueprint, placements);
  return { nodes, edges, lanes, lines, phases, bounds: contentBounds(nodes, phases, lanes) };
}

function contentBounds(
  nodes: readonly StepNode[],
  phases: CanvasLayout['phases'],
  lanes: CanvasLayout['lanes'],
): Rect {
  const lefts = [...nodes.map((node) => node.position.x), ...phases.map((phase) => phase.left)];
  const rights = [
    ...nodes.map((node) => node.position.x + STEP_WIDTH),
    ...phases.map((phase) => phase.right),
  ];
  const left = Math.min(0, ...lefts) - CONTENT_MARGIN;
  const right = Math.max(STEP_WIDTH, ...rights) + CONTENT_MARGIN;
  const last = lanes[lanes.length - 1]!;
  return { x: left, y: 0, width: right - left, height: last.top + last.height };
}
