/** The mean of a duration, as a step box shows it ("avg 1.6 min"). */
import { distributionMoments } from '../../analysis/moments.ts';
import type { Distribution } from '../../model/index.ts';

/**
 * The mean the engine draws, from the one source of means: a normal is truncated at 0, so
 * with a large sd its mean is above the μ the designer wrote (the box shows what the run
 * will see).
 */
export function meanMinutes(distribution: Distribution): number {
  return distributionMoments(distribution).mean;
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** Picks a unit people read easily: 90 min, 4.5 h, 3 d. */
export function readableDuration(minutes: number): { value: number; unit: DurationUnit } {
  if (minutes < 120) return { value: minutes, unit: 'minutes' };
  if (minutes < 48 * 60) return { value: minutes / 60, unit: 'hours' };
  return { value: minutes / (24 * 60), unit: 'days' };
}
