/**
 * Branching must be unambiguous for every customer class that reaches a step: its open
 * branches either all have chances that sum to 1, or none has (equal chances), leaving
 * out a branch taken by a queue's length (conditions.ts). Flows
 * drawn to evidence or notes are pictures only, so simulation settings on them are pointless.
 */
import { isProcessFlow } from '../graph.ts';
import {
  type ClassId,
  classIdsOf,
  flowChance,
  flowIsOpenTo,
  hasArrivals,
  isConditional,
  reachableByClass,
} from '../routing.ts';
import type { Flow } from '../schema/flow.ts';
import { type FindingParams, englishMessage } from '../wording/findingText.ts';
import type { FindingCode } from '../wording/findingsEn.ts';
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
      code: FindingCode;
      params?: FindingParams;
    }
  | undefined {
  const openToClass = branches.filter(({ flow }) => flowIsOpenTo(flow, classId));
  if (openToClass.length === 0) {
    return {
      severity: 'warning',
      code: 'no-branch-for-class',
    };
  }
  // A flow taken by a queue's length is no chance (conditions.ts checks it): the chances
  // are among the others, the ways on when the queue is shorter.
  const open = openToClass.filter(({ flow }) => !isConditional(flow));
  if (open.length === 0) return undefined;
  const chances = open.map(({ flow }) => flowChance(flow, classId));
  const given = chances.filter((chance): chance is number => chance !== undefined);
  if (given.length === 0) {
    if (open.length < 2 || !hasArrivals(context.blueprint)) return undefined;
    return {
      severity: 'warning',
      code: 'branches-without-probability',
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
      params: { variant: missing.length === 1 ? 'one' : 'many', flows: missing.join(', ') },
    };
  }
  const sum = given.reduce((total, chance) => total + chance, 0);
  if (Math.abs(sum - 1) <= TOLERANCE) return undefined;
  const parts = open.map(({ flow }, i) => `${flow.id}: ${formatShare(chances[i]!)}`).join(', ');
  return {
    severity: 'error',
    code: 'branch-probabilities-sum',
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
    'when',
  ] as const) {
    if (flow[key] === undefined) continue;
    context.report({
      severity: 'warning',
      code: 'ignored-on-drawing-flow',
      path: ['flows', index, key],
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
      if (!problem) continue;
      const params = { class: classId ?? '', ...problem.params };
      // The same problem said the same way once per step.
      const said = englishMessage(problem.code, params);
      if (reported.has(said)) continue;
      reported.add(said);
      context.report({ ...problem, path: ['steps', stepIndex], params, stepId });
    }
  }
};
