/**
 * Where a line can form: the steps a customer (or a piece of background work) may reach
 * needing a pool whose units they do not already keep. A step inside a held span
 * (`keepUntil`) that names the kept pool is done with the kept unit and never queues; the
 * stage reserves no room for a queue there. Follows the engine's own rules
 * (customerFlow.ts, pools.ts): one held span at a time, kept from the step that takes it
 * until its `keepUntil` step is done; a failure that sends the customer on releases
 * everything; a retry starts again with what is held; background work starts holding
 * nothing.
 */
import { type CompiledModel, OnFailure, routeTargets } from './model.ts';

/** Per step index: whether a customer may wait in line there. */
export function queuePlaces(model: CompiledModel): boolean[] {
  const steps = model.steps;
  const queues = steps.map(() => false);
  // A state is where the customer is and the span they keep (pool, until), or none: -1.
  const seen = new Set<string>();
  const pending: [step: number, pool: number, until: number][] = [];
  const visit = (step: number, pool: number, until: number) => {
    const key = `${step} ${pool} ${until}`;
    if (step < 0 || step >= steps.length || seen.has(key)) return;
    seen.add(key);
    pending.push([step, pool, until]);
  };
  for (const stream of model.streams) visit(stream.entry, -1, -1);
  while (pending.length > 0) {
    const [index, heldPool, heldUntil] = pending.pop()!;
    const step = steps[index]!;
    if (step.pool >= 0 && step.pool !== heldPool) queues[index] = true;
    // A failure that sends the customer elsewhere releases what they keep.
    if (step.onFailure === OnFailure.Goto) visit(step.failTarget, -1, -1);
    // Done: the step's own units kept for a span, or the span kept so far ending here.
    let pool = heldPool;
    let until = heldUntil;
    if (
      step.pool >= 0 &&
      step.pool !== heldPool &&
      step.keepUntil >= 0 &&
      step.keepUntil !== index
    ) {
      pool = step.pool;
      until = step.keepUntil;
    } else if (pool >= 0 && until === index) {
      pool = -1;
      until = -1;
    }
    for (const work of step.background) visit(work.target, -1, -1);
    if (step.exit) continue;
    for (const route of step.routes)
      for (const next of routeTargets(route)) visit(next, pool, until);
  }
  return queues;
}
