/**
 * Where each step is drawn. A step's own `position` wins (x absolute, y from the top of
 * its lane). Steps without one are placed automatically: in their phase's column, to the
 * right of the already placed steps that lead to them, at the first spot of their lane
 * where they overlap nothing.
 */
import { isProcessFlow, stepsById, type Blueprint, type Step } from '../../model/index.ts';
import { AUTO_X, AUTO_Y, STEP_GAP, STEP_HEIGHT, STEP_WIDTH } from './geometry.ts';

/** x in canvas units from the left; y in canvas units from the top of the step's lane. */
export interface Placement {
  x: number;
  y: number;
}

/** One placement per step, in the order of `blueprint.steps`. */
export function placeSteps(blueprint: Blueprint): Placement[] {
  const placements: (Placement | undefined)[] = blueprint.steps.map((step) =>
    // A step above its lane's top would leave its band; the band grows downwards only.
    step.position ? { x: step.position.x, y: Math.max(0, step.position.y) } : undefined,
  );
  const phaseOrder = new Map(blueprint.phases?.map((phase, index) => [phase.id, index]));
  const byId = stepsById(blueprint);
  const firstIndex = new Map<string, number>();
  blueprint.steps.forEach((step, index) => {
    if (!firstIndex.has(step.id)) firstIndex.set(step.id, index);
  });
  const placedOf = (id: string): Placement | undefined => {
    const index = firstIndex.get(id);
    return index === undefined ? undefined : placements[index];
  };

  const placedWhere = (keep: (step: Step) => boolean): Placement[] =>
    blueprint.steps.flatMap((step, index) => {
      const placement = placements[index];
      return placement && keep(step) ? [placement] : [];
    });

  /** Left edge for a new step of the phase: its column so far, or right after earlier phases. */
  const phaseStart = (phaseId: string | undefined): number => {
    const order = phaseId === undefined ? undefined : phaseOrder.get(phaseId);
    if (order === undefined) return AUTO_X;
    const inPhase = placedWhere((step) => step.phase === phaseId);
    if (inPhase.length > 0) return Math.min(...inPhase.map((placement) => placement.x));
    const earlier = placedWhere((step) => {
      const stepOrder = step.phase === undefined ? undefined : phaseOrder.get(step.phase);
      return stepOrder !== undefined && stepOrder < order;
    });
    return earlier.length === 0
      ? AUTO_X
      : Math.max(...earlier.map((placement) => placement.x + STEP_WIDTH + STEP_GAP));
  };

  /** Customers read a blueprint left to right: a step comes after the steps leading to it. */
  const afterPredecessors = (id: string): number => {
    let x = -Infinity;
    for (const flow of blueprint.flows) {
      if (flow.to !== id || !isProcessFlow(flow, byId)) continue;
      const from = placedOf(flow.from);
      if (from) x = Math.max(x, from.x + STEP_WIDTH + STEP_GAP);
    }
    return x;
  };

  const firstFreeX = (step: Step, startX: number): number => {
    const taken = placedWhere((other) => other.lane === step.lane);
    let x = startX;
    for (;;) {
      const blocker = taken.find(
        (other) =>
          x < other.x + STEP_WIDTH + STEP_GAP &&
          other.x < x + STEP_WIDTH + STEP_GAP &&
          AUTO_Y < other.y + STEP_HEIGHT &&
          other.y < AUTO_Y + STEP_HEIGHT,
      );
      if (!blocker) return x;
      // Jumping past the blocker only ever moves right, so the search ends.
      x = blocker.x + STEP_WIDTH + STEP_GAP;
    }
  };

  // Phase by phase, so an early phase's steps never find their spot taken by a later
  // phase's; steps without a (known) phase last, in the gaps. Sorting is stable.
  const phaseRank = (step: Step): number =>
    (step.phase === undefined ? undefined : phaseOrder.get(step.phase)) ?? phaseOrder.size;
  const unplaced = blueprint.steps
    .map((step, index) => ({ step, index }))
    .filter(({ index }) => placements[index] === undefined)
    .sort((a, b) => phaseRank(a.step) - phaseRank(b.step));
  for (const { step, index } of unplaced) {
    const startX = Math.max(phaseStart(step.phase), afterPredecessors(step.id));
    placements[index] = { x: firstFreeX(step, startX), y: AUTO_Y };
  }
  return placements.map((placement) => placement!);
}
