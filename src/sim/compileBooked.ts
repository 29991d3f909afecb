/**
 * Booked steps (`resource.booked`, an appointment), compiled: which steps the customer
 * comes to by appointment, and so which pools' lines keep a booked level ahead of each
 * priority level. A step where the booking is ignored (a batch, only the file waiting:
 * the checks warn `booked-ignored`) is not booked.
 */
import type { Blueprint } from '../model/index.ts';
import { isProcessStep } from '../model/graph.ts';

/** Per step: the customer comes to it by appointment. */
export function bookedSteps(blueprint: Blueprint): boolean[] {
  return blueprint.steps.map(
    (step) =>
      step.resource?.booked === true &&
      isProcessStep(step) &&
      !step.batch &&
      step.customerPresent !== false,
  );
}

/** Ids of the pools some booked step needs. */
export function bookedPools(blueprint: Blueprint, booked: boolean[]): Set<string> {
  return new Set(blueprint.steps.filter((_, i) => booked[i]).map((step) => step.resource!.pool));
}
