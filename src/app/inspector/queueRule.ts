/**
 * The choices of a flow's queue rule (`when`, the lobby manager's diversion): the steps
 * whose queue it can read, and the one to start with when the rule is switched on.
 */
import {
  type Blueprint,
  type Flow,
  conditionQueueStep,
  isProcessStep,
  stepsById,
} from '../../model/index.ts';

/** What a new rule diverts at: a line of 6, a common lobby manager's threshold. */
export const DEFAULT_QUEUE_THRESHOLD = 6;

/** Steps whose queue a rule can read: those with a pool, and the waiting steps before them. */
export function queueSteps(blueprint: Blueprint): string[] {
  const steps = stepsById(blueprint);
  return blueprint.steps
    .filter((step) => isProcessStep(step))
    .filter((step) => conditionQueueStep(blueprint, step.id, steps) !== undefined)
    .map((step) => step.id);
}

/**
 * The queue the customers would join if not diverted: the first step with a queue along
 * the step's other branches (breadth first), else the first step with a queue at all.
 */
export function defaultQueueStep(blueprint: Blueprint, flow: Flow): string | undefined {
  const candidates = new Set(queueSteps(blueprint));
  const seen = new Set<string>([flow.from]);
  let frontier = blueprint.flows
    .filter((other) => other.from === flow.from && other.id !== flow.id && !other.background)
    .map((other) => other.to);
  while (frontier.length > 0) {
    const found = frontier.find((id) => candidates.has(id));
    if (found !== undefined) return found;
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const out of blueprint.flows)
        if (out.from === id && !out.background && !seen.has(out.to)) next.push(out.to);
    }
    frontier = next;
  }
  return candidates.values().next().value;
}
