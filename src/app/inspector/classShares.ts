/**
 * Shares of the shared arrivals when a class comes or goes. With shared arrivals every
 * class takes a share and the shares add up to one (model checks `shares-missing`,
 * `shares-sum`), so a class added with no share, or removed with one, would stop the run
 * until the user did the sums. Instead a new class takes an equal part and the others
 * give it up in proportion; a removed class's part goes back to the others the same way.
 */
import type { Blueprint, CustomerClass } from '../../model/index.ts';

/** Shares are kept to 0.01 % (the inspector shows percent), the last one taking the rest. */
const SHARE_STEP = 1e-4;

const roundShare = (share: number) => Math.round(share / SHARE_STEP) * SHARE_STEP;

/** The classes that take part of the shared arrivals: those with a share, else those with no arrivals of their own. */
function sharers(classes: readonly CustomerClass[]): CustomerClass[] {
  const withShare = classes.filter((c) => c.share !== undefined);
  return withShare.length > 0 ? withShare : classes.filter((c) => c.arrivals === undefined);
}

/**
 * Sets `shares` so they add up to one: each class gets its weight's part of the whole,
 * rounded, and the last class the rest (so no rounding leaves the sum off).
 */
function spread(shares: readonly { customerClass: CustomerClass; weight: number }[]) {
  const total = shares.reduce((sum, { weight }) => sum + weight, 0);
  let given = 0;
  shares.forEach(({ customerClass, weight }, index) => {
    const last = index === shares.length - 1;
    const share = last
      ? Number((1 - given).toFixed(10))
      : roundShare(total > 0 ? weight / total : 1 / shares.length);
    customerClass.share = share;
    given += share;
  });
}

/** What adding a class did to the shares, for the inspector to say. */
export interface ShareOnAdd {
  /** The new class's share (0–1). */
  share: number;
  /** How many other classes gave up part of theirs. */
  scaled: number;
}

/**
 * Gives the just-added class (the last in `draft.classes`) an equal part of the shared
 * arrivals, the others scaled down in proportion; undefined when the blueprint has no
 * shared arrivals (the class then needs arrivals of its own).
 */
export function shareWithNewClass(draft: Blueprint, added: CustomerClass): ShareOnAdd | undefined {
  if (!draft.arrivals) return undefined;
  const others = sharers((draft.classes ?? []).filter((c) => c !== added));
  const count = others.length + 1;
  const othersTotal = others.reduce((sum, c) => sum + (c.share ?? 0), 0);
  // Others without shares yet (none had one) split their part equally.
  const weights = others.map((customerClass) => ({
    customerClass,
    weight: othersTotal > 0 ? ((customerClass.share ?? 0) / othersTotal) * (count - 1) : 1,
  }));
  spread([...weights, { customerClass: added, weight: 1 }]);
  return { share: added.share!, scaled: others.length };
}

/** After a class with a share is removed, the others share its part in proportion. */
export function shareOutRemoved(draft: Blueprint, removed: CustomerClass): void {
  if (!draft.arrivals || removed.share === undefined) return;
  const rest = (draft.classes ?? []).filter((c) => c.share !== undefined);
  if (rest.length === 0) return;
  spread(rest.map((customerClass) => ({ customerClass, weight: customerClass.share! })));
}
