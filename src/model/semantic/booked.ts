/**
 * A booked step (`resource.booked`, an appointment) only changes how the customer waits
 * for the step's pool: where nobody waits in person (only the file, `customerPresent:
 * false`) or nobody waits at all (a batch: the customer goes on at once) it is ignored.
 */
import { isProcessStep } from '../graph.ts';
import type { Check } from './context.ts';

export const checkBooked: Check = (context) => {
  context.blueprint.steps.forEach((step, index) => {
    if (step.resource?.booked !== true || !isProcessStep(step)) return;
    const variant = step.batch ? 'batch' : step.customerPresent === false ? 'customer-away' : null;
    if (variant === null) return;
    context.report({
      severity: 'warning',
      code: 'booked-ignored',
      path: ['steps', index, 'resource', 'booked'],
      params: { variant },
      stepId: step.id,
    });
  });
};
