/** What a pool's estimate looks like on screen: pure, so it is tested without a browser. */
import type { PoolEstimate } from '../../sim/index.ts';

/** How full a pool is, for the bar's colour: under 80 %, under 100 %, at or over 100 %. */
export type LoadLevel = 'ok' | 'high' | 'over';

export interface PoolView {
  /** Whole percent busy; null when the pool has no capacity for the work that arrives. */
  percent: number | null;
  /** Bar length, 0–100 (an overloaded pool fills it). */
  barPercent: number;
  level: LoadLevel;
  wait: { kind: 'none' } | { kind: 'minutes'; minutes: number } | { kind: 'unknown' };
  /** Units to add to become stable, and the total; null when no number of units is enough. */
  advice: { more: number; needed: number } | null;
}

export const HIGH_LOAD = 0.8;

export function poolView(estimate: PoolEstimate): PoolView {
  const { utilization } = estimate;
  const level: LoadLevel = estimate.overloaded
    ? 'over'
    : (utilization ?? 0) >= HIGH_LOAD
      ? 'high'
      : 'ok';
  const percent = utilization === null ? null : Math.round(utilization * 100);
  const barPercent = utilization === null ? 100 : Math.min(100, Math.max(0, utilization * 100));
  const wait: PoolView['wait'] =
    estimate.meanWaitMinutes === null
      ? { kind: 'unknown' }
      : estimate.meanWaitMinutes < 0.05
        ? { kind: 'none' }
        : { kind: 'minutes', minutes: estimate.meanWaitMinutes };
  const advice =
    estimate.overloaded && estimate.minimumUnits !== null
      ? {
          more: Math.max(1, estimate.minimumUnits - estimate.units),
          needed: estimate.minimumUnits,
        }
      : null;
  return { percent, barPercent, level, wait, advice };
}
