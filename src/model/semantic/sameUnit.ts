/**
 * The same unit for a whole case (`resource.sameUnitAs`, the account manager who took the
 * application also explains the contract): the named step must be served by the same
 * pool, and with the customer there (not a batch); a customer who can reach the step
 * without passing the named one takes any unit there, which is said as a warning. A
 * step may name itself: the first visit takes any unit, a second one the same.
 */
import { arrivalStreams, isProcessFlow, isProcessStep, reachableFrom } from '../graph.ts';
import type { Step } from '../schema/step.ts';
import type { Check, CheckContext } from './context.ts';

export const checkSameUnit: Check = (context) => {
  context.blueprint.steps.forEach((step, index) => {
    const resource = step.resource;
    const anchorId = resource?.sameUnitAs;
    if (!resource || anchorId === undefined || !isProcessStep(step)) return;
    const path = ['steps', index, 'resource', 'sameUnitAs'];
    if (step.batch) {
      context.report({
        severity: 'error',
        code: 'batch-with',
        path,
        params: { variant: 'sameUnitAs' },
        stepId: step.id,
      });
    }
    // A name of no step, or of a drawing, is reported with the references.
    const anchor = context.steps.get(anchorId);
    if (!anchor || !isProcessStep(anchor)) return;
    const report = (code: 'same-unit-other-pool' | 'same-unit-batch', params = {}): void =>
      context.report({
        severity: 'error',
        code,
        path,
        params: { step: anchor.id, ...params },
        stepId: step.id,
      });
    if (anchor.resource?.pool !== resource.pool) {
      const other = anchor.resource?.pool;
      return report(
        'same-unit-other-pool',
        other === undefined
          ? { variant: 'no-pool', pool: resource.pool }
          : { variant: 'other', pool: resource.pool, other },
      );
    }
    if (anchor.batch) return report('same-unit-batch');
    if (anchor.id !== step.id && reachableAround(context, anchor.id).has(step.id)) {
      context.report({
        severity: 'warning',
        code: 'same-unit-not-before',
        path,
        params: { step: anchor.id },
        stepId: step.id,
      });
    }
  });
};

/**
 * The steps a customer (or a piece of background work, which starts with no unit of its
 * own) can reach from where it starts without passing step `avoided`: along customer
 * flows and failures' gotos.
 */
function reachableAround(context: CheckContext, avoided: string): Set<string> {
  const { blueprint, steps } = context;
  const next = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (from === avoided || to === avoided || !steps.has(to)) return;
    next.set(from, (next.get(from) ?? new Set<string>()).add(to));
  };
  const starts: string[] = [];
  for (const flow of blueprint.flows) {
    if (!isProcessFlow(flow, steps)) continue;
    if (flow.background) starts.push(flow.to);
    else add(flow.from, flow.to);
  }
  for (const step of blueprint.steps) {
    const then = step.failure?.then;
    if (isProcessStep(step) && then?.action === 'goto') add(step.id, then.step);
  }
  for (const { arrivals } of arrivalStreams(blueprint)) starts.push(arrivals.entry);
  return reachableFrom(
    starts.filter((id) => id !== avoided && isCustomerStep(steps.get(id))),
    next,
  );
}

function isCustomerStep(step: Step | undefined): boolean {
  return step !== undefined && isProcessStep(step);
}
