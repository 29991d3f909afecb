/**
 * Copy, paste and duplicate: selected steps with the flows between them, pasted with new
 * ids (references inside the fragment follow the new ids) and a small offset.
 */
import type { Blueprint, Flow, Step } from '../../../model/index.ts';
import { freshId } from './ids.ts';

export interface Fragment {
  steps: Step[];
  flows: Flow[];
}

export const PASTE_OFFSET = 32;

export function copySteps(blueprint: Blueprint, ids: ReadonlySet<string>): Fragment {
  return structuredClone({
    steps: blueprint.steps.filter((step) => ids.has(step.id)),
    flows: blueprint.flows.filter((flow) => ids.has(flow.from) && ids.has(flow.to)),
  });
}

/** Pastes a fragment; returns the new steps' ids. */
export function pasteFragment(
  draft: Blueprint,
  fragment: Fragment,
  offset = PASTE_OFFSET,
): string[] {
  const stepIds = new Set(draft.steps.map((step) => step.id));
  const flowIds = new Set(draft.flows.map((flow) => flow.id));
  const renamed = new Map<string, string>();
  for (const step of fragment.steps) {
    const id = freshId(`${step.id}-copy`, stepIds);
    stepIds.add(id);
    renamed.set(step.id, id);
  }
  const follow = (id: string): string => renamed.get(id) ?? id;
  for (const original of fragment.steps) {
    const step = structuredClone(original);
    step.id = renamed.get(original.id)!;
    if (step.position) step.position = { x: step.position.x + offset, y: step.position.y + offset };
    if (step.failure?.then.action === 'goto')
      step.failure.then.step = follow(step.failure.then.step);
    if (step.resource?.keepUntil !== undefined)
      step.resource.keepUntil = follow(step.resource.keepUntil);
    if (step.resource?.sameUnitAs !== undefined)
      step.resource.sameUnitAs = follow(step.resource.sameUnitAs);
    draft.steps.push(step);
  }
  for (const original of fragment.flows) {
    const flow = structuredClone(original);
    flow.id = freshId(`${follow(flow.from)}--${follow(flow.to)}`, flowIds);
    flowIds.add(flow.id);
    flow.from = follow(flow.from);
    flow.to = follow(flow.to);
    draft.flows.push(flow);
  }
  return [...renamed.values()];
}
