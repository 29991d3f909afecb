/**
 * Who gave up, by how: those who balked (saw the line and left at once) and those who
 * reneged (left it after waiting), of a class or of the whole system.
 */
import type { Estimate } from '../../sim/index.ts';

export interface GaveUpSplit {
  balked: number;
  reneged: number;
}

/**
 * The split beside a gave-up count; null when nobody gave up, or for results kept before
 * the split was counted (docs/results-format.md, 7), which lack it.
 */
export function gaveUpSplit(figures: {
  abandoned: Estimate;
  balked?: Estimate;
  reneged?: Estimate;
}): GaveUpSplit | null {
  const { abandoned, balked, reneged } = figures;
  if (!balked || !reneged || !(abandoned.mean > 0)) return null;
  return { balked: balked.mean, reneged: reneged.mean };
}
