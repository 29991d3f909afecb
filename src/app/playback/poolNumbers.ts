/**
 * A pool's numbers as a class reads them. When the staffing drops while every unit is busy
 * (the tellers' lunch hand-over, 4 to 3), a unit closing finishes its customer first: the
 * pool read "4/3", more busy than on shift. The closing ones are counted apart, as the
 * squares show them: "3/3 · 1 closing".
 */
import type { TFunction } from 'i18next';

export interface PoolCounts {
  busy: number;
  capacity: number;
  waiting: number;
}

export function poolNumbers(t: TFunction, counts: PoolCounts, compact: boolean): string {
  const closing = Math.max(0, counts.busy - counts.capacity);
  const shift = { busy: counts.busy - closing, capacity: counts.capacity };
  const parts = [t(compact ? 'playback.unitsShort' : 'playback.unitsState', shift)];
  if (closing > 0) parts.push(t('playback.unitsClosing', { closing }));
  if (!compact && counts.waiting > 0)
    parts.push(t('playback.waitingAt', { count: counts.waiting }));
  return parts.join(' · ');
}
