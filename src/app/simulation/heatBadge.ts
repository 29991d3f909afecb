/**
 * What the badge over the canvas says about the heat strips: numbers from before the
 * latest edits (stale), or numbers of a what-if (4 tellers on a blueprint that has 3). Both
 * looked like measurements of the blueprint on screen; the badge says which they are.
 */
import type { Blueprint } from '../../model/index.ts';
import { isStale, type RunRecord } from './runStore.ts';

export type HeatBadge = { kind: 'stale' } | { kind: 'whatIf'; variant: string } | null;

export function heatBadgeFor(
  latest: RunRecord | null,
  blueprint: Blueprint | null,
  overlay: boolean,
): HeatBadge {
  if (!overlay || latest === null) return null;
  if (latest.variant !== '') return { kind: 'whatIf', variant: latest.variant };
  return isStale(latest, blueprint) ? { kind: 'stale' } : null;
}
