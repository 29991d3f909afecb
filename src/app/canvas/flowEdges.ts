/**
 * Flows as edges. Each edge leaves and enters the sides of the boxes that face each
 * other: left to right along the journey, top to bottom when one step sits above the
 * other, as designers draw the arrows between lanes.
 */
import { isProcessFlow, stepsById, type Blueprint, type Flow } from '../../model/index.ts';
import { STEP_WIDTH } from './geometry.ts';
import type { ClassChance, FlowEdge, FlowRole, Rect } from './types.ts';

type Side = 'top' | 'right' | 'bottom' | 'left';

/** Handle ids on every step box: one source and one target handle per side. */
export const sourceHandleId = (side: Side): string => `source-${side}`;
export const targetHandleId = (side: Side): string => `target-${side}`;
export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

/** Boxes closer than this horizontally count as one column: the arrow runs vertically. */
const SAME_COLUMN = STEP_WIDTH * 0.75;

export function facingSides(source: Rect, target: Rect): { from: Side; to: Side } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  if (Math.abs(dx) < SAME_COLUMN && dy !== 0) {
    return dy > 0 ? { from: 'bottom', to: 'top' } : { from: 'top', to: 'bottom' };
  }
  return dx >= 0 ? { from: 'right', to: 'left' } : { from: 'left', to: 'right' };
}

export function flowRole(flow: Flow, blueprint: Blueprint, steps = stepsById(blueprint)): FlowRole {
  if (flow.background === true) return 'background';
  return isProcessFlow(flow, steps) ? 'process' : 'drawing';
}

/**
 * One edge per flow whose two steps exist (a flow to an unknown step is reported by the
 * checks, and there is nothing to draw it to). `rects` holds each step id's box.
 */
export function flowsToEdges(blueprint: Blueprint, rects: ReadonlyMap<string, Rect>): FlowEdge[] {
  const steps = stepsById(blueprint);
  const classLabels = new Map(
    blueprint.classes?.map((customerClass) => [customerClass.id, customerClass.label]),
  );
  const usedIds = new Set<string>();
  const edges: FlowEdge[] = [];
  for (const flow of blueprint.flows) {
    const source = rects.get(flow.from);
    const target = rects.get(flow.to);
    if (!source || !target) continue;
    const { from, to } = facingSides(source, target);
    const role = flowRole(flow, blueprint, steps);
    const classChances = Object.entries(flow.classProbability ?? {}).map(
      ([classId, probability]): ClassChance => ({
        classId,
        // An unknown class is reported by the checks; its id still says which one was meant.
        label: classLabels.get(classId) ?? classId,
        probability,
      }),
    );
    // Only a branch customers take can fail; elsewhere the checks warn that it is ignored.
    const failing = flow.failing === true && role === 'process';
    const data = {
      flow,
      role,
      ...(classChances.length > 0 ? { classChances } : {}),
      ...(failing ? { failing: true as const } : {}),
    };
    edges.push({
      id: uniqueId(flow.id, usedIds),
      type: 'flow',
      source: flow.from,
      target: flow.to,
      sourceHandle: sourceHandleId(from),
      targetHandle: targetHandleId(to),
      data,
      className: `flow flow--${role}${failing ? ' flow--failing' : ''}`,
      markerEnd: {
        type: 'arrowclosed',
        width: 18,
        height: 18,
        color: failing ? FAILING_MARKER_COLOR : MARKER_COLORS[role],
      },
    });
  }
  return edges;
}

/** Arrow heads take the colour of their line (see canvas.css). */
const MARKER_COLORS: Record<FlowRole, string> = {
  process: '#1f2937',
  background: '#475569',
  drawing: '#8a94a6',
};

/** The failing branch's arrow head: the F marks' red (--mark-fail in base.css). */
const FAILING_MARKER_COLOR = '#c62828';

/**
 * Duplicate ids are an error the checks report; the canvas still draws every element,
 * so repeats get a suffix instead of colliding in React's keys.
 */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let copy = 2; used.has(candidate); copy += 1) candidate = `${id}#${copy}`;
  used.add(candidate);
  return candidate;
}
