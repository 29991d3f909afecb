/**
 * Derived facts about a blueprint's process graph: which steps customers pass through,
 * where they enter, which flows lead on, what is reachable. Pure functions of the
 * blueprint, shared by the checks, the simulator's compiler and the editor.
 */
import type { Arrivals } from './schema/arrivals.ts';
import type { Blueprint } from './schema/blueprint.ts';
import type { Flow } from './schema/flow.ts';
import { PROCESS_STEP_KINDS } from './constants.ts';
import type { Step } from './schema/step.ts';

export function isProcessStep(step: Step): boolean {
  return PROCESS_STEP_KINDS.includes(step.kind);
}

export function stepsById(blueprint: Blueprint): Map<string, Step> {
  const map = new Map<string, Step>();
  for (const step of blueprint.steps) if (!map.has(step.id)) map.set(step.id, step);
  return map;
}

/** Every arrival stream with where it is written: the blueprint's and each class's own. */
export function arrivalStreams(
  blueprint: Blueprint,
): { arrivals: Arrivals; path: (string | number)[] }[] {
  const streams: { arrivals: Arrivals; path: (string | number)[] }[] = [];
  if (blueprint.arrivals) streams.push({ arrivals: blueprint.arrivals, path: ['arrivals'] });
  blueprint.classes?.forEach((customerClass, index) => {
    if (customerClass.arrivals)
      streams.push({ arrivals: customerClass.arrivals, path: ['classes', index, 'arrivals'] });
  });
  return streams;
}

/** A flow customers follow: between two process steps. Others are drawn only. */
export function isProcessFlow(flow: Flow, steps: Map<string, Step>): boolean {
  const from = steps.get(flow.from);
  const to = steps.get(flow.to);
  return from !== undefined && to !== undefined && isProcessStep(from) && isProcessStep(to);
}

/** Process flows leaving each step, in file order. */
export function outgoingFlows(
  blueprint: Blueprint,
  steps = stepsById(blueprint),
): Map<string, Flow[]> {
  const outgoing = new Map<string, Flow[]>();
  for (const flow of blueprint.flows) {
    if (!isProcessFlow(flow, steps)) continue;
    const list = outgoing.get(flow.from);
    if (list) list.push(flow);
    else outgoing.set(flow.from, [flow]);
  }
  return outgoing;
}

/** Steps each step can lead to: its process flows (customer and background) and a failure's goto. */
export function successors(
  blueprint: Blueprint,
  steps = stepsById(blueprint),
): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (!steps.has(to)) return;
    const set = next.get(from) ?? new Set<string>();
    set.add(to);
    next.set(from, set);
  };
  for (const flow of blueprint.flows) if (isProcessFlow(flow, steps)) add(flow.from, flow.to);
  for (const step of blueprint.steps) {
    if (isProcessStep(step) && step.failure?.then.action === 'goto')
      add(step.id, step.failure.then.step);
  }
  return next;
}

/** Ids reachable from the starting ids by following `next` (the starts included). */
export function reachableFrom(
  starts: Iterable<string>,
  next: Map<string, Set<string>>,
): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Turns every edge around, for "which steps can reach an end". */
export function reversed(next: Map<string, Set<string>>): Map<string, Set<string>> {
  const back = new Map<string, Set<string>>();
  for (const [from, targets] of next) {
    for (const to of targets) {
      const set = back.get(to) ?? new Set<string>();
      set.add(from);
      back.set(to, set);
    }
  }
  return back;
}
