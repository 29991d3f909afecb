/**
 * Giving up, as the estimates model it: per class the rate of reneging and the queue
 * length that turns a customer away, none at a pool that works without the customer.
 */
import { distributionMoments } from '../analysis/index.ts';
import type { Blueprint } from '../model/index.ts';
import type { CompiledModel } from './model.ts';
import type { Abandonment } from './stretchQueue.ts';

/** Per class: the rate of giving up (1/mean patience) and the queue length that turns it away. */
export function abandonmentOf(blueprint: Blueprint, model: CompiledModel): Abandonment {
  const patience = new Map((blueprint.classes ?? []).map((c) => [c.id, c.patience]));
  return {
    renegeRate: Float64Array.from(model.classes, (customerClass) => {
      const distribution = patience.get(customerClass.id);
      // The shift lengthens every patience by its minutes, so the mean too.
      const mean = distribution
        ? customerClass.patienceShift + distributionMoments(distribution).mean
        : Infinity;
      return mean > 0 ? 1 / mean : 0;
    }),
    balkAt: Float64Array.from(model.classes, (customerClass) => customerClass.balkAt),
  };
}

/**
 * The abandonment at one pool: none where nobody gives up at any step that needs the pool
 * (`customerPresent: false`, a file in a back-office queue; `resource.booked`, customers
 * with an appointment). A pool shared by such steps and walk-ins keeps the classes'
 * patience: an approximation.
 */
export function abandonmentAt(
  model: CompiledModel,
  pool: number,
  classes: Abandonment,
): Abandonment {
  const steps = model.steps.filter((step) => step.pool === pool);
  if (steps.length === 0 || steps.some((step) => !step.patienceExempt)) return classes;
  return {
    renegeRate: new Float64Array(model.classes.length),
    balkAt: new Float64Array(model.classes.length).fill(Infinity),
  };
}

/** Per class: it gives up by a patience other than the exponential the stretches assume. */
export function notExponentialPatience(blueprint: Blueprint, model: CompiledModel): boolean[] {
  const patience = new Map((blueprint.classes ?? []).map((c) => [c.id, c.patience]));
  return model.classes.map((customerClass) => {
    const distribution = patience.get(customerClass.id);
    // A shifted exponential has no early leavers: not the exponential either.
    return (
      distribution !== undefined &&
      (distribution.type !== 'exponential' || customerClass.patienceShift > 0)
    );
  });
}
