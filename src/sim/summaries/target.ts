/**
 * Whether a class's service target is met: the measured share of its customers within
 * the target (ClassResult.withinTarget) against the share the class promises (its
 * `serviceTarget.share`, "80 % within 10 minutes"). Met when the mean share reaches it;
 * the interval beside it says how sure that is.
 */
import type { Estimate } from '../stats/confidence.ts';

/** True or false; null when the class promises no share or nobody with a target left. */
export function targetMet(
  withinTarget: Estimate | null,
  promised: number | undefined,
): boolean | null {
  if (withinTarget === null || promised === undefined || !Number.isFinite(withinTarget.mean))
    return null;
  return withinTarget.mean >= promised;
}
