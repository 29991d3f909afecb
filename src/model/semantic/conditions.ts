/**
 * Flows taken by the length of a queue (`when`, the lobby manager's diversion): the queue
 * they read must exist, the condition replaces the chance, and a step must know for each
 * class which one rule applies and where customers go when the queue is shorter.
 * (An unknown `queueAt` is reported with the other references, references.ts.)
 */
import { isProcessFlow } from '../graph.ts';
import {
  type ClassId,
  classIdsOf,
  conditionQueueStep,
  flowIsOpenTo,
  isConditional,
} from '../routing.ts';
import type { Flow } from '../schema/flow.ts';
import type { Check, CheckContext } from './context.ts';

interface Indexed {
  flow: Flow;
  index: number;
}

function checkOneFlow(context: CheckContext, { flow, index }: Indexed): boolean {
  const when = flow.when!;
  const at = (...rest: (string | number)[]) => ['flows', index, ...rest];
  if (flow.background) {
    context.report({ severity: 'error', code: 'condition-on-background-flow', path: at('when') });
    return false;
  }
  for (const key of ['probability', 'classProbability'] as const) {
    if (flow[key] !== undefined)
      context.report({ severity: 'error', code: 'condition-with-chance', path: at(key) });
  }
  const target = context.steps.get(when.queueAt);
  if (target && conditionQueueStep(context.blueprint, when.queueAt, context.steps) === undefined) {
    context.report({
      severity: 'error',
      code: 'condition-queue-without-pool',
      path: at('when', 'queueAt'),
      params: { step: when.queueAt },
    });
  }
  return true;
}

/** One class's view of a step's flows: at most one conditional, and a way on without it. */
function checkClass(
  context: CheckContext,
  flows: Indexed[],
  classId: ClassId,
  reported: Set<string>,
): void {
  const open = flows.filter(({ flow }) => flowIsOpenTo(flow, classId));
  const conditional = open.filter(({ flow }) => isConditional(flow));
  if (conditional.length === 0) return;
  const first = conditional[0]!;
  const step = first.flow.from;
  const forClass = { class: classId ?? '' };
  for (const other of conditional.slice(1)) {
    const key = `conflict:${other.index}`;
    if (reported.has(key)) continue;
    reported.add(key);
    context.report({
      severity: 'error',
      code: 'condition-conflict',
      path: ['flows', other.index, 'when'],
      params: { flow: other.flow.id, other: first.flow.id, step, ...forClass },
    });
  }
  if (open.length > conditional.length) return;
  for (const { index } of conditional) {
    const key = `fallback:${index}`;
    if (reported.has(key)) continue;
    reported.add(key);
    context.report({
      severity: 'error',
      code: 'condition-without-fallback',
      path: ['flows', index, 'when'],
      params: { step, ...forClass },
    });
  }
}

export const checkConditions: Check = (context) => {
  const { blueprint, steps } = context;
  const byStep = new Map<string, Indexed[]>();
  let any = false;
  blueprint.flows.forEach((flow, index) => {
    if (!steps.has(flow.from) || !steps.has(flow.to) || !isProcessFlow(flow, steps)) return;
    if (flow.background && !isConditional(flow)) return;
    if (isConditional(flow)) {
      if (!checkOneFlow(context, { flow, index })) return;
      any = true;
    }
    const list = byStep.get(flow.from) ?? [];
    list.push({ flow, index });
    byStep.set(flow.from, list);
  });
  if (!any) return;
  const classIds = classIdsOf(blueprint);
  for (const [stepId, flows] of byStep) {
    if (steps.get(stepId)?.exit) continue; // its flows are never taken (exit-with-flows)
    const reported = new Set<string>();
    for (const classId of classIds) checkClass(context, flows, classId, reported);
  }
};
