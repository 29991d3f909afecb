/**
 * How customers of a class choose among a step's flows: the one rule shared by the
 * checks, the simulator and the editor.
 *
 * A flow is open to a class unless it lists `classes` without it. Its chance for the
 * class is `classProbability[class]`, else `probability`. Among the open customer flows
 * of a step, the chances are given for all (summing to 1) or for none (equal chances).
 * Background flows are not branches: each starts its work with its own chance.
 *
 * A flow with a queue condition (`when`) is not chosen by chance: it is taken when the
 * queue it reads is long enough at the moment the customer leaves the step, and the
 * chances are among the step's other open flows (its fallback branches).
 */
import { arrivalStreams, isProcessFlow, isProcessStep, reachableFrom, stepsById } from './graph.ts';
import type { Blueprint } from './schema/blueprint.ts';
import type { Flow } from './schema/flow.ts';
import type { Step } from './schema/step.ts';
import { waitingSteps } from './waitingSteps.ts';

/** `undefined` stands for the one implicit class of a blueprint without classes. */
export type ClassId = string | undefined;

export function flowIsOpenTo(flow: Flow, classId: ClassId): boolean {
  return classId === undefined || flow.classes === undefined || flow.classes.includes(classId);
}

export function flowChance(flow: Flow, classId: ClassId): number | undefined {
  const byClass = flow.classProbability;
  // Own keys only: a class named "constructor" must not find Object.prototype's.
  const own = classId !== undefined && byClass !== undefined && Object.hasOwn(byClass, classId);
  return (own ? byClass[classId] : undefined) ?? flow.probability;
}

/** Whether the flow is taken by the length of a queue (`when`) rather than by chance. */
export function isConditional(flow: Flow): boolean {
  return flow.when !== undefined;
}

/**
 * The step whose pool's line a queue condition reads: `queueAt` itself when it has a
 * pool, the pool step of a waiting step drawn before it, else undefined (no queue forms
 * there). A condition reads the whole line of the pool, as `balkAt` does.
 */
export function conditionQueueStep(
  blueprint: Blueprint,
  queueAt: string,
  steps: Map<string, Step> = stepsById(blueprint),
): Step | undefined {
  const step = steps.get(queueAt);
  if (!step || !isProcessStep(step)) return undefined;
  if (step.resource) return step;
  const poolStep = waitingSteps(blueprint).get(queueAt);
  return poolStep === undefined ? undefined : steps.get(poolStep);
}

/** The class ids to check or simulate: each declared class, or the implicit one. */
export function classIdsOf(blueprint: Blueprint): ClassId[] {
  return blueprint.classes?.length ? blueprint.classes.map((c) => c.id) : [undefined];
}

/** Where customers of a class enter: their own arrivals, and the shared ones if they take a share. */
export function entriesOf(blueprint: Blueprint, classId: ClassId): string[] {
  const entries: string[] = [];
  const own = blueprint.classes?.find((c) => c.id === classId);
  if (blueprint.arrivals && (classId === undefined || (own?.share ?? 0) > 0))
    entries.push(blueprint.arrivals.entry);
  if (own?.arrivals) entries.push(own.arrivals.entry);
  return entries;
}

/** Steps a class can reach: along open customer flows, failure gotos and background flows. */
export function reachableByClass(
  blueprint: Blueprint,
  classId: ClassId,
  steps: Map<string, Step> = stepsById(blueprint),
): Set<string> {
  const next = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (!steps.has(to)) return;
    const set = next.get(from) ?? new Set<string>();
    set.add(to);
    next.set(from, set);
  };
  for (const flow of blueprint.flows) {
    if (isProcessFlow(flow, steps) && flowIsOpenTo(flow, classId)) add(flow.from, flow.to);
  }
  for (const step of blueprint.steps) {
    if (isProcessStep(step) && step.failure?.then.action === 'goto')
      add(step.id, step.failure.then.step);
  }
  const entries = entriesOf(blueprint, classId).filter((id) => steps.has(id));
  return reachableFrom(entries, next);
}

/** Whether any customers arrive at all, which makes routing questions real. */
export function hasArrivals(blueprint: Blueprint): boolean {
  return arrivalStreams(blueprint).length > 0;
}
