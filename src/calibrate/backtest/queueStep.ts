/**
 * Which step of the blueprint stands for the ticket queue: the simulated customer's
 * "ticket" is their joining that step's queue and the "call" is the start of it, as a
 * queue-ticket system sees it. Given by the user (`--step`), or else the one step that
 * needs a pool and carries the designer's W, on itself or on its waiting step
 * (src/model/waitingSteps.ts: "Wait to be called" before "Hand over passbook").
 */
import { isProcessStep, stepsById } from '../../model/graph.ts';
import type { Blueprint } from '../../model/schema/blueprint.ts';
import { waitingSteps } from '../../model/waitingSteps.ts';

export type QueueStepProblem =
  | { code: 'step-unknown'; params: { step: string } }
  | { code: 'step-without-pool'; params: { step: string } }
  /** No W-marked step needs a pool, or several do: the user names one. */
  | { code: 'queue-step-unclear'; params: { candidates: string[] } };

export type QueueStepChoice =
  | { ok: true; step: string; chosenBy: 'user' | 'wait-point' }
  | { ok: false; problem: QueueStepProblem };

export function chooseQueueStep(blueprint: Blueprint, requested?: string): QueueStepChoice {
  const steps = stepsById(blueprint);
  if (requested !== undefined) {
    const step = steps.get(requested);
    if (!step) return { ok: false, problem: { code: 'step-unknown', params: { step: requested } } };
    if (!isProcessStep(step) || !step.resource)
      return { ok: false, problem: { code: 'step-without-pool', params: { step: requested } } };
    return { ok: true, step: requested, chosenBy: 'user' };
  }
  const marked = new Set<string>();
  for (const [waiting, poolStep] of waitingSteps(blueprint))
    if (steps.get(waiting)?.waitPoint) marked.add(poolStep);
  for (const step of blueprint.steps)
    if (isProcessStep(step) && step.resource && step.waitPoint) marked.add(step.id);
  const candidates = [...marked];
  if (candidates.length === 1) return { ok: true, step: candidates[0]!, chosenBy: 'wait-point' };
  return { ok: false, problem: { code: 'queue-step-unclear', params: { candidates } } };
}
