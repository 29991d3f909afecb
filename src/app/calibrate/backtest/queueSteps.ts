/** The steps a ticket queue can stand for: those that need a pool, so that customers queue for them. */
import { isProcessStep } from '../../../model/graph.ts';
import type { Blueprint } from '../../../model/index.ts';

export function poolSteps(blueprint: Blueprint): string[] {
  return blueprint.steps
    .filter((step) => isProcessStep(step) && 'resource' in step && step.resource !== undefined)
    .map((step) => step.id);
}
