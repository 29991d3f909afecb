/** The mean of a duration, as a step box shows it ("avg 1.6 min"). */
import type { Distribution } from '../../model/index.ts';

export function meanMinutes(distribution: Distribution): number {
  switch (distribution.type) {
    case 'fixed':
      return distribution.value;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'triangular':
      return (distribution.min + distribution.mode + distribution.max) / 3;
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return distribution.mean;
    case 'normal':
      // The parameter, not the slightly higher mean after truncation at 0: it is what the
      // designer wrote, and the difference only shows when sd is large against the mean.
      return distribution.mean;
    case 'empirical': {
      const weights = distribution.weights ?? distribution.values.map(() => 1);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      const weighted = distribution.values.reduce(
        (sum, value, index) => sum + value * (weights[index] ?? 0),
        0,
      );
      return total > 0 ? weighted / total : 0;
    }
  }
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** Picks a unit people read easily: 90 min, 4.5 h, 3 d. */
export function readableDuration(minutes: number): { value: number; unit: DurationUnit } {
  if (minutes < 120) return { value: minutes, unit: 'minutes' };
  if (minutes < 48 * 60) return { value: minutes / 60, unit: 'hours' };
  return { value: minutes / (24 * 60), unit: 'days' };
}
