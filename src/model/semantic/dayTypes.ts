/**
 * Day types name pools that exist, give them schedules that make sense, and do not close
 * a pool that steps need for the whole day (that day could serve nobody there).
 */
import { isProcessStep } from '../graph.ts';
import type { Check } from './context.ts';
import { checkPeriods } from './periods.ts';
import { reportMissing } from './references.ts';

export const checkDayTypes: Check = (context) => {
  const { blueprint } = context;
  const poolIds = (blueprint.resources ?? []).map((pool) => pool.id);
  const usedPools = new Set(
    blueprint.steps.flatMap((step) =>
      step.resource && isProcessStep(step) ? [step.resource.pool] : [],
    ),
  );
  blueprint.dayTypes?.forEach((dayType, index) => {
    for (const [poolId, staffing] of Object.entries(dayType.staffing ?? {})) {
      const path = ['dayTypes', index, 'staffing', poolId];
      if (!poolIds.includes(poolId)) {
        reportMissing(context, { what: 'pool', id: poolId, known: poolIds, path });
        continue;
      }
      if (staffing.schedule) checkPeriods(context, staffing.schedule, [...path, 'schedule']);
      const peak = Math.max(staffing.capacity, ...(staffing.schedule ?? []).map((p) => p.capacity));
      if (peak === 0 && usedPools.has(poolId))
        context.report({
          severity: 'error',
          code: 'day-type-pool-empty',
          path: [...path, 'capacity'],
          params: { dayType: dayType.id, pool: poolId },
        });
    }
  });
};
