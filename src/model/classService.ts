/**
 * A step's service for one customer class: the one rule shared by the checks, the
 * simulator, the estimates and the editor. A class named in `classDuration` takes that
 * duration, else the step's `duration`; a class named in `failure.classProbability`
 * fails with that chance, else with `failure.probability`.
 */
import { ownValue } from './ownValue.ts';
import type { ClassId } from './routing.ts';
import type { Distribution } from './schema/distribution.ts';
import type { Step } from './schema/step.ts';

function forClass<T>(byClass: Record<string, T> | undefined, classId: ClassId): T | undefined {
  return classId === undefined || byClass === undefined ? undefined : ownValue(byClass, classId);
}

/** How long the step takes for the class; undefined: no time. */
export function durationFor(step: Step, classId: ClassId): Distribution | undefined {
  return forClass(step.classDuration, classId) ?? step.duration;
}

/** The chance one attempt fails for the class (0 without a failure). */
export function failureChanceFor(step: Step, classId: ClassId): number {
  const failure = step.failure;
  if (!failure) return 0;
  return forClass(failure.classProbability, classId) ?? failure.probability;
}

/** The chance a customer of the class called from the step's queue is not there (0 without `missedCall`). */
export function missedCallChanceFor(step: Step, classId: ClassId): number {
  const missed = step.missedCall;
  if (!missed) return 0;
  return forClass(missed.classProbability, classId) ?? missed.probability;
}

/** Whether the step's service differs by class at all. */
export function hasClassService(step: Step): boolean {
  return (
    Object.keys(step.classDuration ?? {}).length > 0 ||
    Object.keys(step.failure?.classProbability ?? {}).length > 0
  );
}
