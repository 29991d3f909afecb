/** Whether a step's customer branches need the one-click "Normalise". */
import type { Blueprint } from '../../model/index.ts';

const TOLERANCE = 1e-6;

/**
 * The sum of the chances given on the customer (not background) branches leaving a step,
 * or undefined when no branch gives one (equal chances: nothing to fix).
 */
export function branchSum(blueprint: Blueprint, stepId: string): number | undefined {
  // A branch taken by a queue's length has no chance (the queue decides).
  const branches = blueprint.flows.filter(
    (flow) => flow.from === stepId && !flow.background && !flow.when,
  );
  if (!branches.some((flow) => flow.probability !== undefined)) return undefined;
  return branches.reduce((sum, flow) => sum + (flow.probability ?? 0), 0);
}

export function branchesNeedNormalising(blueprint: Blueprint, stepId: string): boolean {
  const sum = branchSum(blueprint, stepId);
  return sum !== undefined && Math.abs(sum - 1) > TOLERANCE;
}
