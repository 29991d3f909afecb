/**
 * Flows between placed steps. Each flow leaves and enters the sides of the boxes that
 * face each other: left to right along the journey, top to bottom when one step sits
 * above the other, as designers draw the arrows between lanes.
 */
import { isProcessFlow, stepsById, type Blueprint, type Flow } from '../../model/index.ts';
import { STEP_WIDTH } from './geometry.ts';
import type { ClassChance, DiagramFlow, FlowRole, Rect, Side } from './types.ts';

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

/** The middle of a box's side: where a flow attaches. */
export function sideMiddle(rect: Rect, side: Side): { x: number; y: number } {
  switch (side) {
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 };
  }
}

export function flowRole(flow: Flow, blueprint: Blueprint, steps = stepsById(blueprint)): FlowRole {
  if (flow.background === true) return 'background';
  return isProcessFlow(flow, steps) ? 'process' : 'drawing';
}

/**
 * One entry per flow whose two steps exist (a flow to an unknown step is reported by the
 * checks, and there is nothing to draw it to). `rects` holds each step id's box.
 */
export function layoutFlows(blueprint: Blueprint, rects: ReadonlyMap<string, Rect>): DiagramFlow[] {
  const steps = stepsById(blueprint);
  const classLabels = new Map(
    blueprint.classes?.map((customerClass) => [customerClass.id, customerClass.label]),
  );
  const usedIds = new Set<string>();
  const flows: DiagramFlow[] = [];
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
    flows.push({
      key: uniqueId(flow.id, usedIds),
      flow,
      role,
      fromSide: from,
      toSide: to,
      classChances,
      // Only a branch customers take can fail; elsewhere the checks warn that it is ignored.
      failing: flow.failing === true && role === 'process',
      ...(flow.when
        ? { queueStepLabel: steps.get(flow.when.queueAt)?.label ?? flow.when.queueAt }
        : {}),
    });
  }
  return flows;
}

/**
 * Duplicate ids are an error the checks report; the drawing still shows every element,
 * so repeats get a suffix instead of colliding (in React's keys, in SVG ids).
 */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let copy = 2; used.has(candidate); copy += 1) candidate = `${id}#${copy}`;
  used.add(candidate);
  return candidate;
}
