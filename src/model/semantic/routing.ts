/**
 * Branching must be unambiguous for every customer class: a step's branches either all
 * have probabilities that sum to 1, or none has (equal chances). Flows drawn to evidence
 * or notes are pictures only, so simulation settings on them are pointless.
 */
import { isProcessFlow } from '../graph.ts';
import type { Flow } from '../schema/flow.ts';
import type { Check, CheckContext } from './context.ts';

const TOLERANCE = 1e-6;

function formatShare(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

function checkBranches(
  context: CheckContext,
  stepId: string,
  branches: { flow: Flow; index: number }[],
  classIds: (string | undefined)[],
): void {
  const stepIndex = context.blueprint.steps.findIndex((step) => step.id === stepId);
  const reported = new Set<string>();
  for (const classId of classIds) {
    const applicable = branches.filter(
      ({ flow }) => classId === undefined || !flow.classes || flow.classes.includes(classId),
    );
    if (applicable.length === 0 && classId !== undefined && !context.steps.get(stepId)?.exit) {
      context.report({
        severity: 'warning',
        code: 'no-branch-for-class',
        path: ['steps', stepIndex],
        message: `no flow out of this step is open to class ${JSON.stringify(classId)}: their visit ends here`,
        params: { class: classId },
        stepId,
      });
      continue;
    }
    if (applicable.length < 2 && applicable.every(({ flow }) => flow.probability === undefined))
      continue;
    const given = applicable.filter(({ flow }) => flow.probability !== undefined);
    const forClass = classId === undefined ? '' : ` for class ${JSON.stringify(classId)}`;
    let code: string;
    let message: string;
    let severity: 'error' | 'warning' = 'error';
    if (given.length === 0) {
      if (
        context.blueprint.arrivals === undefined &&
        !context.blueprint.classes?.some((c) => c.arrivals)
      )
        continue;
      severity = 'warning';
      code = 'branches-without-probability';
      message = `${applicable.length} branches without probabilities${forClass}: each is taken with equal chance`;
    } else if (given.length < applicable.length) {
      code = 'branch-probability-missing';
      const missing = applicable
        .filter(({ flow }) => flow.probability === undefined)
        .map(({ flow }) => flow.id);
      message = `give every branch${forClass} a probability, or none: ${missing.map((id) => JSON.stringify(id)).join(', ')} ha${missing.length === 1 ? 's' : 've'} none`;
    } else {
      const sum = given.reduce((total, { flow }) => total + (flow.probability ?? 0), 0);
      if (Math.abs(sum - 1) <= TOLERANCE) continue;
      code = 'branch-probabilities-sum';
      message = `branch probabilities${forClass} add up to ${formatShare(sum)}, not 1 (${applicable.map(({ flow }) => `${flow.id}: ${formatShare(flow.probability ?? 0)}`).join(', ')})`;
    }
    if (reported.has(message)) continue;
    reported.add(message);
    context.report({
      severity,
      code,
      path: ['steps', stepIndex],
      message,
      params: { class: classId ?? '' },
      stepId,
    });
  }
}

export const checkRouting: Check = (context) => {
  const { blueprint, steps } = context;
  const byStep = new Map<string, { flow: Flow; index: number }[]>();
  blueprint.flows.forEach((flow, index) => {
    if (!steps.has(flow.from) || !steps.has(flow.to)) return; // reported as unknown step
    if (!isProcessFlow(flow, steps)) {
      for (const key of ['probability', 'background', 'classes'] as const) {
        if (flow[key] === undefined) continue;
        context.report({
          severity: 'warning',
          code: 'ignored-on-drawing-flow',
          path: ['flows', index, key],
          message: `ignored: this flow touches evidence or a note, which customers do not pass through`,
        });
      }
      return;
    }
    if (flow.background) return; // started independently, not a branch
    const list = byStep.get(flow.from) ?? [];
    list.push({ flow, index });
    byStep.set(flow.from, list);
  });
  const classIds = blueprint.classes?.length ? blueprint.classes.map((c) => c.id) : [undefined];
  for (const [stepId, branches] of byStep) checkBranches(context, stepId, branches, classIds);
};
