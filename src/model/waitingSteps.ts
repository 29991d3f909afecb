/**
 * Where a queue is drawn. The simulator measures the wait for a pool at the step that
 * needs the pool ("Hand over passbook"), but a designer often draws the queue as a step
 * of its own before it ("Wait to be called", 排队等待), marks that one W, and expects
 * the wait to show there. Such a step is the pool step's **waiting step**:
 *
 * - a process step (action or decision) in the customer lane, with no `resource`, no
 *   `failure`, not an exit, and not where customers enter (arriving is not waiting);
 * - that takes no time of its own (no `duration`): the customer only waits there;
 * - whose only process flow out (background flows aside) leads to a step with a
 *   `resource`;
 * - that step has no other such waiting step (with two, neither is chosen);
 * - and the designer did not put the W on that pool step instead (then the queue is
 *   drawn where it is measured, and nothing moves).
 *
 * A step that does something of its own before the pool step ("Fill in the slip", with a
 * duration) is not a waiting step: its time is its own, not the queue's; nor is a
 * system's step ("Issue the ticket", support lane).
 * The queue's wait then shows, and is judged, at the waiting step: in the results
 * (`queueOf`, docs/results-format.md), the CLI's wait points and the canvas marks.
 */
import { arrivalStreams, isProcessStep, stepsById } from './graph.ts';
import type { Blueprint } from './schema/blueprint.ts';

/** Waiting step id → the id of the pool step whose queue it is. */
export function waitingSteps(blueprint: Blueprint): Map<string, string> {
  const steps = stepsById(blueprint);
  const entries = new Set(arrivalStreams(blueprint).map(({ arrivals }) => arrivals.entry));
  const candidates = new Map<string, string>();
  const waitersOf = new Map<string, number>();
  for (const step of blueprint.steps) {
    if (!isProcessStep(step) || step.lane !== 'customer' || step.duration) continue;
    if (step.resource || step.failure || step.exit || entries.has(step.id)) continue;
    const out = blueprint.flows.filter((flow) => flow.from === step.id && !flow.background);
    if (out.length !== 1) continue;
    const target = steps.get(out[0]!.to);
    if (!target || !isProcessStep(target) || !target.resource) continue;
    if (target.waitPoint && !step.waitPoint) continue;
    candidates.set(step.id, target.id);
    waitersOf.set(target.id, (waitersOf.get(target.id) ?? 0) + 1);
  }
  const chosen = new Map<string, string>();
  for (const [waiting, target] of candidates)
    if (waitersOf.get(target) === 1) chosen.set(waiting, target);
  return chosen;
}
