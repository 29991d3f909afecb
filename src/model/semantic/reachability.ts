/**
 * The journey must hang together: every process step reachable from an entry, every
 * step with a way to the end, and ends marked as exits. All warnings: a half-drawn
 * blueprint is normal while designing, and the simulator copes (a dead end ends the visit).
 */
import type { Flow } from '../schema/flow.ts';
import {
  arrivalStreams,
  isProcessFlow,
  isProcessStep,
  reachableFrom,
  reversed,
  successors,
} from '../graph.ts';
import type { FindingCode } from '../wording/findingsEn.ts';
import type { Check } from './context.ts';

type Edges = Map<string, Set<string>>;

function addEdge(edges: Edges, from: string, to: string): void {
  const set = edges.get(from) ?? new Set<string>();
  set.add(to);
  edges.set(from, set);
}

export const checkReachability: Check = ({ blueprint, steps, report }) => {
  const processFlows = blueprint.flows.filter((flow) => isProcessFlow(flow, steps));
  const customerFlows: Flow[] = processFlows.filter((flow) => !flow.background);
  const backgroundTargets = processFlows.filter((flow) => flow.background).map((flow) => flow.to);

  // Where a customer (or a piece of background work) can go next: flows and failure gotos.
  const customerNext: Edges = new Map();
  for (const flow of customerFlows) addEdge(customerNext, flow.from, flow.to);
  const flowsOut = new Set(customerNext.keys());
  for (const step of blueprint.steps) {
    const onFailure = step.failure?.then;
    if (isProcessStep(step) && onFailure?.action === 'goto' && steps.has(onFailure.step)) {
      addEdge(customerNext, step.id, onFailure.step);
    }
  }

  const entries = arrivalStreams(blueprint)
    .map(({ arrivals }) => arrivals.entry)
    .filter((id) => steps.has(id) && isProcessStep(steps.get(id)!));
  const reachable =
    entries.length > 0 ? reachableFrom(entries, successors(blueprint, steps)) : undefined;
  // Steps that only background work reaches end that work, not a customer's visit.
  const entered = new Set(customerFlows.map((flow) => flow.to));
  const byCustomers =
    entries.length > 0
      ? reachableFrom(entries, customerNext)
      : new Set(
          blueprint.steps
            .filter((s) => entered.has(s.id) || !backgroundTargets.includes(s.id))
            .map((s) => s.id),
        );
  const viaBackground = reachableFrom(backgroundTargets, customerNext);

  const ends = blueprint.steps
    .filter((step) => isProcessStep(step) && (step.exit || !flowsOut.has(step.id)))
    .map((step) => step.id);
  const canEnd = reachableFrom(ends, reversed(customerNext));

  blueprint.steps.forEach((step, index) => {
    if (!isProcessStep(step)) return;
    const stepId = step.id;
    const warn = (
      code: FindingCode,
      path: (string | number)[] = [],
      params: Record<string, string> = {},
    ): void =>
      report({
        severity: 'warning',
        code,
        path: ['steps', index, ...path],
        params: { step: stepId, ...params },
        stepId,
      });

    if (reachable && !reachable.has(stepId)) warn('unreachable');
    const backgroundOnly = viaBackground.has(stepId) && !byCustomers.has(stepId);
    if (!flowsOut.has(stepId) && !step.exit && !backgroundOnly) warn('dead-end');
    if (step.exit && flowsOut.has(stepId)) warn('exit-with-flows', ['exit']);
    // A keepUntil naming a missing or drawing-only step is an error reported elsewhere.
    const keepUntil = step.resource?.keepUntil;
    const holdEnd = keepUntil === undefined ? undefined : steps.get(keepUntil);
    if (
      holdEnd &&
      isProcessStep(holdEnd) &&
      !reachableFrom([stepId], customerNext).has(holdEnd.id)
    ) {
      warn('keep-until-unreachable', ['resource', 'keepUntil'], { keepUntil: holdEnd.id });
    }
    if (!canEnd.has(stepId) && (!reachable || reachable.has(stepId))) warn('no-way-to-end');
  });
};
