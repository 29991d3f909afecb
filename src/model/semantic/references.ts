/** Everything named by id must exist: flow ends, phases, pools, failure targets, entries, classes. */
import { arrivalStreams, isProcessStep } from '../graph.ts';
import type { PathSegment } from '../findings.ts';
import { closestName } from '../spelling.ts';
import type { Check, CheckContext } from './context.ts';

function missing(
  context: CheckContext,
  what: string,
  id: string,
  known: readonly string[],
  path: PathSegment[],
  stepId?: string,
): void {
  const suggestion = closestName(id, known);
  context.report({
    severity: 'error',
    code: `unknown-${what}`,
    path,
    message: `${what} ${JSON.stringify(id)} does not exist${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}`,
    params: { id, suggestion: suggestion ?? '' },
    ...(stepId === undefined ? {} : { stepId }),
  });
}

export const checkReferences: Check = (context) => {
  const { blueprint, steps } = context;
  const stepIds = [...steps.keys()];
  const phaseIds = (blueprint.phases ?? []).map((phase) => phase.id);
  const poolIds = (blueprint.resources ?? []).map((pool) => pool.id);
  const classIds = (blueprint.classes ?? []).map((customerClass) => customerClass.id);

  blueprint.steps.forEach((step, index) => {
    if (step.phase !== undefined && !phaseIds.includes(step.phase)) {
      missing(context, 'phase', step.phase, phaseIds, ['steps', index, 'phase'], step.id);
    }
    if (step.resource && !poolIds.includes(step.resource.pool)) {
      missing(
        context,
        'pool',
        step.resource.pool,
        poolIds,
        ['steps', index, 'resource', 'pool'],
        step.id,
      );
    }
    const keepUntil = step.resource?.keepUntil;
    if (keepUntil !== undefined && !steps.has(keepUntil)) {
      missing(
        context,
        'step',
        keepUntil,
        stepIds,
        ['steps', index, 'resource', 'keepUntil'],
        step.id,
      );
    }
    const onFailure = step.failure?.then;
    if (onFailure?.action === 'goto') {
      const target = steps.get(onFailure.step);
      if (!target) {
        missing(
          context,
          'step',
          onFailure.step,
          stepIds,
          ['steps', index, 'failure', 'then', 'step'],
          step.id,
        );
      } else if (!isProcessStep(target)) {
        context.report({
          severity: 'error',
          code: 'goto-not-process',
          path: ['steps', index, 'failure', 'then', 'step'],
          message: `step ${JSON.stringify(target.id)} is ${target.kind === 'note' ? 'a note' : 'evidence'}, which customers cannot be sent to`,
          stepId: step.id,
        });
      }
    }
  });

  blueprint.flows.forEach((flow, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!steps.has(flow[end]))
        missing(context, 'step', flow[end], stepIds, ['flows', index, end]);
    }
    flow.classes?.forEach((classId, classIndex) => {
      if (!classIds.includes(classId)) {
        missing(context, 'class', classId, classIds, ['flows', index, 'classes', classIndex]);
      }
    });
  });

  for (const { arrivals, path } of arrivalStreams(blueprint)) {
    const entry = steps.get(arrivals.entry);
    if (!entry) {
      missing(context, 'step', arrivals.entry, stepIds, [...path, 'entry']);
    } else if (!isProcessStep(entry)) {
      context.report({
        severity: 'error',
        code: 'entry-not-process',
        path: [...path, 'entry'],
        message: `customers cannot enter at ${JSON.stringify(entry.id)}: it is ${entry.kind === 'note' ? 'a note' : 'evidence'}, not an action or decision`,
        stepId: entry.id,
      });
    }
  }
};
