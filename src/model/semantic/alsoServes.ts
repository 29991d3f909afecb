/**
 * A pool that serves other pools' queues: after its own when idle (`alsoServes`, the VIP
 * window that calls the next ordinary ticket) or before its own (`servesFirst`, every
 * teller window calling the next VIP ticket first). The pools it names must exist, be
 * others, and be named once across both lists. A step of such a pool that keeps its
 * units to a later step is left to its own pool (the engine lends a unit for one step
 * only), which is said as a warning.
 */
import { isProcessStep } from '../graph.ts';
import { keepsBeyondItself } from '../alsoServes.ts';
import type { Check } from './context.ts';
import { reportMissing } from './references.ts';

const lists = [
  { field: 'servesFirst', itself: 'serves-first-itself', twice: 'serves-first-twice' },
  { field: 'alsoServes', itself: 'also-serves-itself', twice: 'also-serves-twice' },
] as const;

export const checkAlsoServes: Check = (context) => {
  const { blueprint } = context;
  const poolIds = (blueprint.resources ?? []).map((pool) => pool.id);
  blueprint.resources?.forEach((pool, index) => {
    // One set for both lists: a pool served first cannot also be served after.
    const seen = new Set<string>();
    for (const { field, itself, twice } of lists) {
      pool[field]?.forEach((other, item) => {
        const path = ['resources', index, field, item];
        if (!poolIds.includes(other)) {
          reportMissing(context, {
            what: 'pool',
            id: other,
            known: poolIds.filter((id) => id !== pool.id),
            path,
          });
          return;
        }
        if (other === pool.id) {
          context.report({ severity: 'error', code: itself, path, params: { pool: pool.id } });
          return;
        }
        if (seen.has(other)) {
          context.report({ severity: 'error', code: twice, path, params: { pool: other } });
          return;
        }
        seen.add(other);
        for (const step of blueprint.steps) {
          if (!isProcessStep(step) || step.resource?.pool !== other || !keepsBeyondItself(step))
            continue;
          context.report({
            severity: 'warning',
            code: 'also-serves-kept-step',
            path,
            params: { step: step.id, pool: other },
            stepId: step.id,
          });
        }
      });
    }
  });
};
