/**
 * A step must be able to get the units it needs: a pool that never has enough capacity
 * would keep its customers waiting forever, so that is an error, not a warning.
 */
import { isProcessStep } from '../graph.ts';
import type { ResourcePool } from '../schema/resource.ts';
import type { Check } from './context.ts';
import { checkPeriods } from './periods.ts';

/** The most units the pool ever has during the day. */
export function peakCapacity(pool: ResourcePool): number {
  return Math.max(pool.capacity, ...(pool.schedule ?? []).map((period) => period.capacity));
}

export const checkResources: Check = (context) => {
  const { blueprint } = context;
  const pools = new Map((blueprint.resources ?? []).map((pool) => [pool.id, pool]));
  const used = new Set<string>();

  blueprint.resources?.forEach((pool, index) => {
    if (pool.schedule) checkPeriods(context, pool.schedule, ['resources', index, 'schedule']);
  });

  blueprint.steps.forEach((step, index) => {
    // Settings on evidence and notes are ignored (with a warning elsewhere), not checked.
    if (!step.resource || !isProcessStep(step)) return;
    const pool = pools.get(step.resource.pool);
    if (!pool) return; // reported as unknown pool
    used.add(pool.id);
    const units = step.resource.units ?? 1;
    const peak = peakCapacity(pool);
    if (peak === 0) {
      context.report({
        severity: 'error',
        code: 'pool-empty',
        path: ['steps', index, 'resource', 'pool'],
        params: { pool: pool.id },
        stepId: step.id,
      });
    } else if (units > peak) {
      context.report({
        severity: 'error',
        code: 'units-over-capacity',
        path: ['steps', index, 'resource', 'units'],
        params: { pool: pool.id, units, peak },
        stepId: step.id,
      });
    }
    if (step.duration === undefined && step.resource.keepUntil === undefined) {
      context.report({
        severity: 'warning',
        code: 'pool-without-duration',
        path: ['steps', index, 'resource'],
        stepId: step.id,
      });
    }
  });
};
