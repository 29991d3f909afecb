/**
 * Branching must be unambiguous for every customer class that reaches a step: its open
 * branches either all have chances that sum to 1, or none has (equal chances). Flows
 * drawn to evidence or notes are pictures only, so simulation settings on them are pointless.
 */
import { isProcessFlow } from '../graph.ts';
import {
  type ClassId,
  classIdsOf,
  flowChance,
  flowIsOpenTo,
  hasArrivals,
  reachableByClass,
} from '../routing.ts';
import type { Flow } from '../schema/flow.ts';
import type { Check, CheckContext } from './context.ts';

const TOLERANCE = 1e-6;

function formatShare(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

interface Branch {
  flow: Flow;
  index: number;
}

/** The problem with one class's branches at one step, if any. */
function branchProblem(
  context: CheckContext,
  branches: Branch[],
  classId: ClassId,
):
  | {
      severity: 'error' | 'warning';
      code: string;
      message: string;
      params?: Record<string, string | number>;
    }
  | undefined {
  const forClass = classId === undefined ? '' : ` for class ${JSON.stringify(classId)}`;
  const open = branches.filter(({ flow }) => flowIsOpenTo(flow, classId));
  if (open.length === 0) {
    return {
      severity: 'warning',
      code: 'no-branch-for-class',
      message: `no flow out of this step is open to class ${JSON.stringify(classId)}: their visit ends here`,
    };
  }
  const chances = open.map(({ flow }) => flowChance(flow, classId));
  const given = chances.filter((chance): chance is number => chance !== undefined);
  if (given.length === 0) {
    if (open.length < 2 || !hasArrivals(context.blueprint)) return undefined;
    return {
      severity: 'warning',
      code: 'branches-without-probability',
      message: `${open.length} branches without probabilities${forClass}: each is taken with equal chance`,
      params: { count: open.length },
    };
  }
  if (given.length < open.length) {
    const missing = open
      .filter((_, i) => chances[i] === undefined)
      .map(({ flow }) => JSON.stringify(flow.id));
    return {
      severity: 'error',
      code: 'branch-probability-missing',
      message: `give every branch${forClass} a probability, or none: ${missing.join(', ')} ha${missing.length === 1 ? 's' : 've'} none`,
      params: { variant: missing.length === 1 ? 'one' : 'many', flows: missing.join(', ') },
    };
  }
  const sum = given.reduce((total, chance) => total + chance, 0);
  if (Math.abs(sum - 1) <= TOLERANCE) return undefined;
  const parts = open.map(({ flow }, i) => `${flow.id}: ${formatShare(chances[i]!)}`).join(', ');
  return {
    severity: 'error',
    code: 'branch-probabilities-sum',
    message: `branch probabilities${forClass} add up to ${formatShare(sum)}, not 1 (${parts})`,
    params: { sum: Number(formatShare(sum)), parts },
  };
}

function warnIgnoredOnDrawingFlow(context: CheckContext, flow: Flow, index: number): void {
  for (const key of [
    'probability',
    'classProbability',
    'background',
    'classes',
    'failing',
  ] as const) {
    if (flow[key] === undefined) continue;
    context.report({
      severity: 'warning',
      code: 'ignored-on-drawing-flow',
      path: ['flows', index, key],
      message: 'ignored: this flow touches evidence or a note, which customers do not pass through',
    });
  }
}

export const checkRouting: Check = (context) => {
  const { blueprint, steps } = context;
  const byStep = new Map<string, Branch[]>();
  blueprint.flows.forEach((flow, index) => {
    if (!steps.has(flow.from) || !steps.has(flow.to)) return; // reported as unknown step
    if (!isProcessFlow(flow, steps)) return warnIgnoredOnDrawingFlow(context, flow, index);
    if (flow.background) {
      // Started on its own, not a branch: it cannot be the step's failing branch either.
      if (flow.failing !== undefined)
        context.report({
          severity: 'warning',
          code: 'failing-background-flow',
          path: ['flows', index, 'failing'],
          message: 'ignored: background work is not a branch the customer takes',
        });
      return;
    }
    const list = byStep.get(flow.from) ?? [];
    list.push({ flow, index });
    byStep.set(flow.from, list);
  });

  const reach = classIdsOf(blueprint).map((classId) => ({
    classId,
    reaches: hasArrivals(blueprint) ? reachableByClass(blueprint, classId, steps) : undefined,
  }));
  for (const [stepId, branches] of byStep) {
    // An exit's flows are never taken (reported as exit-with-flows), so they do not branch.
    if (steps.get(stepId)?.exit) continue;
    const stepIndex = blueprint.steps.findIndex((step) => step.id === stepId);
    const reported = new Set<string>();
    for (const { classId, reaches } of reach) {
      if (reaches && !reaches.has(stepId)) continue; // this class never gets here
      const problem = branchProblem(context, branches, classId);
      if (!problem || reported.has(problem.message)) continue;
      reported.add(problem.message);
      context.report({
        ...problem,
        path: ['steps', stepIndex],
        params: { class: classId ?? '', ...problem.params },
        stepId,
      });
    }
  }
};
