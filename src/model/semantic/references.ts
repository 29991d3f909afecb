/**
 * Everything named by id must exist: flow ends, phases, pools, failure targets, entries,
 * classes, the steps whose queues flows read.
 */
import type { PathSegment } from '../findings.ts';
import { arrivalStreams, isProcessFlow, isProcessStep } from '../graph.ts';
import type { Step } from '../schema/step.ts';
import { closestName } from '../spelling.ts';
import type { Check, CheckContext } from './context.ts';

interface Reference {
  what: 'step' | 'phase' | 'pool' | 'class';
  id: string;
  known: readonly string[];
  path: PathSegment[];
  stepId?: string;
}

export function reportMissing(
  context: CheckContext,
  { what, id, known, path, stepId }: Reference,
): void {
  const suggestion = closestName(id, known);
  context.report({
    severity: 'error',
    code: `unknown-${what}`,
    path,
    params: { id, suggestion: suggestion ?? '' },
    ...(stepId === undefined ? {} : { stepId }),
  });
}

/** Customers pass through actions and decisions only; evidence and notes are drawn. */
function reportNotProcess(
  context: CheckContext,
  target: Step,
  path: PathSegment[],
  stepId: string,
): void {
  context.report({
    severity: 'error',
    code: 'not-a-process-step',
    path,
    params: { id: target.id, variant: target.kind === 'note' ? 'note' : 'evidence' },
    stepId,
  });
}

/** A reference to a step that customers must be able to reach (entry, goto, keepUntil, sameUnitAs). */
function checkProcessStep(
  context: CheckContext,
  id: string,
  path: PathSegment[],
  stepId?: string,
): void {
  const target = context.steps.get(id);
  if (!target) {
    const known = [...context.steps.keys()];
    reportMissing(context, {
      what: 'step',
      id,
      known,
      path,
      ...(stepId === undefined ? {} : { stepId }),
    });
  } else if (!isProcessStep(target)) {
    reportNotProcess(context, target, path, stepId ?? target.id);
  }
}

/** The class ids keying a per-class setting, each with its path. */
function keyedByClass(
  byClass: Record<string, unknown> | undefined,
  path: PathSegment[],
): [string, PathSegment[]][] {
  return Object.keys(byClass ?? {}).map((id) => [id, [...path, id]]);
}

export const checkReferences: Check = (context) => {
  const { blueprint, steps } = context;
  const stepIds = [...steps.keys()];
  const phaseIds = (blueprint.phases ?? []).map((phase) => phase.id);
  const poolIds = (blueprint.resources ?? []).map((pool) => pool.id);
  const classIds = (blueprint.classes ?? []).map((customerClass) => customerClass.id);

  blueprint.steps.forEach((step, index) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['steps', index, ...rest];
    if (step.phase !== undefined && !phaseIds.includes(step.phase)) {
      reportMissing(context, {
        what: 'phase',
        id: step.phase,
        known: phaseIds,
        path: at('phase'),
        stepId: step.id,
      });
    }
    // Simulation settings on evidence and notes are ignored (warned about elsewhere), not checked.
    if (!isProcessStep(step)) return;
    const resource = step.resource;
    if (resource && !poolIds.includes(resource.pool)) {
      reportMissing(context, {
        what: 'pool',
        id: resource.pool,
        known: poolIds,
        path: at('resource', 'pool'),
        stepId: step.id,
      });
    }
    if (resource?.keepUntil !== undefined) {
      checkProcessStep(context, resource.keepUntil, at('resource', 'keepUntil'), step.id);
    }
    if (resource?.sameUnitAs !== undefined) {
      checkProcessStep(context, resource.sameUnitAs, at('resource', 'sameUnitAs'), step.id);
    }
    const onFailure = step.failure?.then;
    if (onFailure?.action === 'goto')
      checkProcessStep(context, onFailure.step, at('failure', 'then', 'step'), step.id);
    const perClass = [
      ...keyedByClass(step.classDuration, at('classDuration')),
      ...keyedByClass(step.failure?.classProbability, at('failure', 'classProbability')),
      ...keyedByClass(step.missedCall?.classProbability, at('missedCall', 'classProbability')),
    ];
    for (const [id, path] of perClass) {
      if (!classIds.includes(id))
        reportMissing(context, { what: 'class', id, known: classIds, path, stepId: step.id });
    }
  });

  blueprint.flows.forEach((flow, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!steps.has(flow[end])) {
        reportMissing(context, {
          what: 'step',
          id: flow[end],
          known: stepIds,
          path: ['flows', index, end],
        });
      }
    }
    // A flow drawn to evidence or a note ignores its class settings (warned about in routing).
    if (steps.has(flow.from) && steps.has(flow.to) && !isProcessFlow(flow, steps)) return;
    const named: [string, PathSegment[]][] = [
      ...(flow.classes ?? []).map((id, i): [string, PathSegment[]] => [
        id,
        ['flows', index, 'classes', i],
      ]),
      ...keyedByClass(flow.classProbability, ['flows', index, 'classProbability']),
    ];
    for (const [id, path] of named) {
      if (!classIds.includes(id))
        reportMissing(context, { what: 'class', id, known: classIds, path });
    }
    if (flow.when)
      checkProcessStep(context, flow.when.queueAt, ['flows', index, 'when', 'queueAt']);
  });

  for (const { arrivals, path } of arrivalStreams(blueprint)) {
    checkProcessStep(context, arrivals.entry, [...path, 'entry']);
  }
};
