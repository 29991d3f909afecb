/**
 * The blueprint as a drawing: step boxes, flows, lane bands, lines and phase columns, a
 * pure function of the blueprint. The canvas turns it into React Flow's nodes and edges
 * (canvas/layout.ts); the exporters draw it as SVG; both share this one geometry.
 */
import { type Blueprint, isProcessStep } from '../../model/index.ts';
import { layoutFlows, uniqueId } from './flows.ts';
import { CONTENT_MARGIN, STEP_HEIGHT, STEP_WIDTH } from './geometry.ts';
import { layoutLanes } from './lanes.ts';
import { layoutPhases } from './phases.ts';
import { placeSteps } from './placement.ts';
import type { Diagram, DiagramStep, LaneBand, PhaseColumn, Rect } from './types.ts';

export function layoutDiagram(blueprint: Blueprint): Diagram {
  const placements = placeSteps(blueprint);
  const { lanes, lines } = layoutLanes(blueprint, placements);
  const laneTop = new Map(lanes.map((lane) => [lane.id, lane.top]));
  const pools = new Map(blueprint.resources?.map((pool) => [pool.id, pool.label]));

  const usedIds = new Set<string>();
  const rects = new Map<string, Rect>();
  const steps = blueprint.steps.map((step, index): DiagramStep => {
    const placement = placements[index]!;
    const rect = {
      x: placement.x,
      y: laneTop.get(step.lane)! + placement.y,
      width: STEP_WIDTH,
      height: STEP_HEIGHT,
    };
    // Flows name steps by id; with duplicate ids they attach to the first, as the checks assume.
    if (!rects.has(step.id)) rects.set(step.id, rect);
    const poolLabel = step.resource ? pools.get(step.resource.pool) : undefined;
    // An exit on evidence or a note is ignored by the simulator, so it shows no outcome.
    const exit = isProcessStep(step) ? step.exit : undefined;
    return {
      key: uniqueId(step.id, usedIds),
      step,
      rect,
      ...(poolLabel !== undefined ? { poolLabel } : {}),
      ...(exit ? { outcome: exit.outcome } : {}),
      ...(exit?.label !== undefined ? { outcomeLabel: exit.label } : {}),
    };
  });

  const flows = layoutFlows(blueprint, rects);
  const phases = layoutPhases(blueprint, placements);
  return { steps, flows, lanes, lines, phases, bounds: contentBounds(steps, phases, lanes) };
}

function contentBounds(
  steps: readonly DiagramStep[],
  phases: readonly PhaseColumn[],
  lanes: readonly LaneBand[],
): Rect {
  const lefts = [...steps.map(({ rect }) => rect.x), ...phases.map((phase) => phase.left)];
  const rights = [
    ...steps.map(({ rect }) => rect.x + rect.width),
    ...phases.map((phase) => phase.right),
  ];
  const left = Math.min(0, ...lefts) - CONTENT_MARGIN;
  const right = Math.max(STEP_WIDTH, ...rights) + CONTENT_MARGIN;
  const last = lanes[lanes.length - 1]!;
  return { x: left, y: 0, width: right - left, height: last.top + last.height };
}
