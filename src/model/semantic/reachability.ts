/**
 * The journey must hang together: every process step reachable from an entry, every
 * step with a way to the end, and ends marked as exits. All warnings: a half-drawn
 * blueprint is normal while designing, and the simulator copes (a dead end ends the visit).
 */
import { arrivalStreams, isProcessStep, reachableFrom, reversed, successors } from '../graph.ts';
import type { Check } from './context.ts';

export const checkReachability: Check = ({ blueprint, steps, report }) => {
  const next = successors(blueprint, steps);
  const customerNext = new Map<string, Set<string>>();
  // Customers do not follow background flows; without them, can a customer get out?
  for (const flow of blueprint.flows) {
    if (flow.background || !steps.has(flow.to) || !next.get(flow.from)?.has(flow.to)) continue;
    const set = customerNext.get(flow.from) ?? new Set<string>();
    set.add(flow.to);
    customerNext.set(flow.from, set);
  }
  // Steps with a flow out that customers follow (failure targets aside).
  const flowsOut = new Set(customerNext.keys());
  for (const step of blueprint.steps) {
    if (step.failure?.then.action === 'goto' && steps.has(step.failure.then.step)) {
      const set = customerNext.get(step.id) ?? new Set<string>();
      set.add(step.failure.then.step);
      customerNext.set(step.id, set);
    }
  }

  const entries = arrivalStreams(blueprint)
    .map(({ arrivals }) => arrivals.entry)
    .filter((id) => steps.get(id) && isProcessStep(steps.get(id)!));
  const reachable = entries.length > 0 ? reachableFrom(entries, next) : undefined;

  const ends = blueprint.steps
    .filter((step) => isProcessStep(step) && (step.exit || !flowsOut.has(step.id)))
    .map((step) => step.id);
  const canEnd = reachableFrom(ends, reversed(customerNext));

  blueprint.steps.forEach((step, index) => {
    if (!isProcessStep(step)) return;
    const stepId = step.id;
    const label = JSON.stringify(stepId);
    if (reachable && !reachable.has(stepId)) {
      report({
        severity: 'warning',
        code: 'unreachable',
        path: ['steps', index],
        message: `no customer can reach step ${label} from an entry`,
        stepId,
      });
    }
    const hasWayOut = flowsOut.has(stepId);
    if (!hasWayOut && !step.exit) {
      report({
        severity: 'warning',
        code: 'dead-end',
        path: ['steps', index],
        message: `step ${label} has no flow out and is not marked as an exit: the visit ends here`,
        stepId,
      });
    }
    if (step.exit && hasWayOut) {
      report({
        severity: 'warning',
        code: 'exit-with-flows',
        path: ['steps', index, 'exit'],
        message: `step ${label} is an exit, so its flows out are never taken`,
        stepId,
      });
    }
    const keepUntil = step.resource?.keepUntil;
    if (
      keepUntil !== undefined &&
      steps.has(keepUntil) &&
      !reachableFrom([stepId], customerNext).has(keepUntil)
    ) {
      report({
        severity: 'warning',
        code: 'keep-until-unreachable',
        path: ['steps', index, 'resource', 'keepUntil'],
        message: `customers cannot get from step ${label} to ${JSON.stringify(keepUntil)}, so the units are kept until they leave`,
        stepId,
      });
    }
    if (!canEnd.has(stepId) && (!reachable || reachable.has(stepId))) {
      report({
        severity: 'warning',
        code: 'no-way-to-end',
        path: ['steps', index],
        message: `customers at step ${label} can never leave: every path from it loops back`,
        stepId,
      });
    }
  });
};
