/**
 * Day types name pools that exist, give them schedules that make sense, do not close a
 * pool that steps need for the whole day (that day could serve nobody there), and do not
 * scale the arrivals past the simulator's limit (the day is run, not the file as written).
 */
import { arrivalStreams, isProcessStep } from '../graph.ts';
import type { Check } from './context.ts';
import { checkPeriods } from './periods.ts';
import { reportMissing } from './references.ts';
import { MAX_ARRIVALS_PER_HOUR } from './runaway.ts';

/** The highest walk-in rate of any stream, per hour (what a day type's factor multiplies). */
function peakWalkInRate(blueprint: Parameters<Check>[0]['blueprint']): number {
  let peak = 0;
  for (const { arrivals } of arrivalStreams(blueprint)) {
    if (arrivals.type === 'poisson') peak = Math.max(peak, arrivals.perHour);
    if (arrivals.type === 'profile')
      for (const period of arrivals.periods) peak = Math.max(peak, period.perHour);
  }
  return peak;
}

export const checkDayTypes: Check = (context) => {
  const { blueprint } = context;
  const poolIds = (blueprint.resources ?? []).map((pool) => pool.id);
  const usedPools = new Set(
    blueprint.steps.flatMap((step) =>
      step.resource && isProcessStep(step) ? [step.resource.pool] : [],
    ),
  );
  const peakRate = peakWalkInRate(blueprint);
  blueprint.dayTypes?.forEach((dayType, index) => {
    // A rate already over the limit is reported where it is written; here only the day's.
    if (
      peakRate <= MAX_ARRIVALS_PER_HOUR &&
      peakRate * (dayType.arrivalFactor ?? 1) > MAX_ARRIVALS_PER_HOUR
    )
      context.report({
        severity: 'error',
        code: 'arrival-rate-too-high',
        path: ['dayTypes', index, 'arrivalFactor'],
        params: { limit: MAX_ARRIVALS_PER_HOUR },
      });
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
