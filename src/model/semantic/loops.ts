/**
 * Loops the simulator can only stop by force. A step whose only way on is back to itself
 * (a flow to itself that every customer takes, or a failure that always happens and sends
 * the customer back) keeps each customer going round until the engine's loop guard stops
 * them, counted as stuck. Warnings: the simulator copes, but the results say little.
 *
 * A flow taken by a queue's length (`when`) may be taken and may not: the line may never
 * get long, or stay long. So a flow back to the step that every customer takes whenever
 * the rule does not send them on is a certain loop while the line is short (`fallback`);
 * and the rule's own flow back to its step is one while the line is long when the step
 * takes no time for the class (`rule`): the line cannot change while they go round, which
 * takes no time. With a duration, it is a "wait and look again", which the line ends.
 */
import { durationFor, failureChanceFor } from '../classService.ts';
import { isProcessFlow, isProcessStep } from '../graph.ts';
import { type ClassId, classIdsOf, flowChance, flowIsOpenTo, isConditional } from '../routing.ts';
import type { Step } from '../schema/step.ts';
import type { Flow } from '../schema/flow.ts';
import type { Check } from './context.ts';

export const checkCertainLoops: Check = ({ blueprint, steps, report }) => {
  const customerFlowsFrom = new Map<string, { flow: Flow; index: number }[]>();
  blueprint.flows.forEach((flow, index) => {
    if (flow.background || !isProcessFlow(flow, steps)) return;
    const list = customerFlowsFrom.get(flow.from);
    if (list) list.push({ flow, index });
    else customerFlowsFrom.set(flow.from, [{ flow, index }]);
  });
  const classIds = classIdsOf(blueprint);

  blueprint.steps.forEach((step, stepIndex) => {
    if (!isProcessStep(step)) return;
    const failure = step.failure;
    if (
      failure !== undefined &&
      classIds.some((classId) => failureChanceFor(step, classId) === 1) &&
      failure.then.action === 'goto' &&
      failure.then.step === step.id
    ) {
      report({
        severity: 'warning',
        code: 'certain-loop',
        path: ['steps', stepIndex, 'failure'],
        params: { variant: 'failure', step: step.id },
        stepId: step.id,
      });
    }
    if (step.exit) return;
    const out = (customerFlowsFrom.get(step.id) ?? []).map(({ flow }) => flow);
    for (const { flow, index } of customerFlowsFrom.get(step.id) ?? []) {
      if (flow.to !== step.id) continue;
      const variant = certainLoopVariant(step, flow, out, classIds);
      if (variant === null) continue;
      report({
        severity: 'warning',
        code: 'certain-loop',
        path: ['flows', index],
        params:
          variant === 'rule'
            ? { variant, step: step.id, waitStep: flow.when!.queueAt }
            : { variant, step: step.id },
        stepId: step.id,
      });
    }
  });
};

/**
 * Whether a flow from `step` back to it is a loop every customer of some class is caught
 * in, and in which words: null when none is.
 */
function certainLoopVariant(
  step: Step,
  flow: Flow,
  out: readonly Flow[],
  classIds: readonly ClassId[],
): 'flow' | 'fallback' | 'rule' | null {
  const open = (classId: ClassId) => out.filter((other) => flowIsOpenTo(other, classId));
  if (isConditional(flow)) {
    const instant = classIds.some(
      (classId) => flowIsOpenTo(flow, classId) && durationFor(step, classId) === undefined,
    );
    return instant ? 'rule' : null;
  }
  let ruled = false;
  // Certain for a class when, the rule not taking them, it is the only branch or has chance 1.
  const certain = classIds.some((classId) => {
    if (!flowIsOpenTo(flow, classId)) return false;
    const branches = open(classId).filter((other) => !isConditional(other));
    const chance = flowChance(flow, classId);
    const caught = chance === undefined ? branches.length === 1 : chance >= 1;
    if (caught && branches.length < open(classId).length) ruled = true;
    return caught;
  });
  if (!certain) return null;
  return ruled ? 'fallback' : 'flow';
}
