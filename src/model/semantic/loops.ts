/**
 * Loops the simulator can only stop by force. A step whose only way on is back to itself
 * (a flow to itself that every customer takes, or a failure that always happens and sends
 * the customer back) keeps each customer going round until the engine's loop guard stops
 * them, counted as stuck. Warnings: the simulator copes, but the results say little.
 */
import { failureChanceFor } from '../classService.ts';
import { isProcessFlow, isProcessStep } from '../graph.ts';
import { classIdsOf, flowChance, flowIsOpenTo } from '../routing.ts';
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
    const out = customerFlowsFrom.get(step.id) ?? [];
    for (const { flow, index } of out) {
      if (flow.to !== step.id) continue;
      // Certain for a class when it is the only open branch, or has chance 1.
      const certain = classIds.some((classId) => {
        if (!flowIsOpenTo(flow, classId)) return false;
        const open = out.filter((other) => flowIsOpenTo(other.flow, classId));
        const chance = flowChance(flow, classId);
        return chance === undefined ? open.length === 1 : chance >= 1;
      });
      if (!certain) continue;
      report({
        severity: 'warning',
        code: 'certain-loop',
        path: ['flows', index],
        params: { variant: 'flow', step: step.id },
        stepId: step.id,
      });
    }
  });
};
