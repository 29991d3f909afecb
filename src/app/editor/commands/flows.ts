/** Editing flows: connect, reconnect, delete, change. */
import type { Blueprint, Flow } from '../../../model/index.ts';
import { freshId } from './ids.ts';

/** Draws a flow between two steps; returns its id, or undefined if it would repeat one. */
export function connect(draft: Blueprint, from: string, to: string): string | undefined {
  const ids = new Set(draft.steps.map((step) => step.id));
  if (!ids.has(from) || !ids.has(to)) return undefined;
  if (draft.flows.some((flow) => flow.from === from && flow.to === to && !flow.classes))
    return undefined;
  const id = freshId(`${from}--${to}`, new Set(draft.flows.map((flow) => flow.id)));
  draft.flows.push({ id, from, to });
  return id;
}

/** Moves one end of a flow to another step. */
export function reconnect(draft: Blueprint, id: string, end: 'from' | 'to', step: string): void {
  const flow = draft.flows.find((f) => f.id === id);
  if (flow && draft.steps.some((s) => s.id === step)) flow[end] = step;
}

export function deleteFlows(draft: Blueprint, ids: ReadonlySet<string>): void {
  draft.flows = draft.flows.filter((flow) => !ids.has(flow.id));
}

/** Changes a flow's fields. `undefined` in the patch removes a field. */
export function updateFlow(draft: Blueprint, id: string, patch: Partial<Omit<Flow, 'id'>>): void {
  const flow = draft.flows.find((f) => f.id === id);
  if (!flow) return;
  for (const [key, value] of Object.entries(patch) as [keyof Flow, unknown][]) {
    if (value === undefined) Reflect.deleteProperty(flow, key);
    else (flow as Record<string, unknown>)[key] = value;
  }
}

/**
 * Scales the chances of a step's customer branches to sum to 1 (the one-click fix for
 * "branch probabilities add up to 0.9"). Branches without a chance share what is left.
 */
export function normaliseBranches(draft: Blueprint, stepId: string): void {
  // A branch taken by a queue's length has no chance to scale.
  const branches = draft.flows.filter(
    (flow) => flow.from === stepId && !flow.background && !flow.when,
  );
  if (branches.length === 0) return;
  const given = branches.filter((flow) => flow.probability !== undefined);
  const sum = given.reduce((total, flow) => total + flow.probability!, 0);
  const missing = branches.length - given.length;
  if (missing > 0) {
    const share = Math.max(0, 1 - Math.min(1, sum)) / missing;
    const scale = sum > 1 ? 1 / sum : 1;
    for (const flow of branches)
      flow.probability = flow.probability === undefined ? share : flow.probability * scale;
  } else if (sum > 0) {
    for (const flow of branches) flow.probability = flow.probability! / sum;
  } else {
    for (const flow of branches) flow.probability = 1 / branches.length;
  }
  // Keep the sum exactly 1 despite rounding: the last branch takes the remainder.
  const rounded = branches.map((flow) => Math.round(flow.probability! * 1e6) / 1e6);
  rounded[rounded.length - 1] =
    Math.round((1 - rounded.slice(0, -1).reduce((a, b) => a + b, 0)) * 1e6) / 1e6;
  branches.forEach((flow, i) => (flow.probability = rounded[i]!));
}
