/**
 * Shares of a whole from counts: branch probabilities (how many customers leaving a step
 * took each branch), class shares (how many tickets of each business type). Each share
 * has Wilson's score interval, which keeps its nominal coverage for rare branches (a 3 %
 * rejection) where the textbook p ± z√(p(1−p)/n) does not and can fall below 0.
 */
import { type Estimate, checkConfidence, zFor } from './estimate.ts';

export interface ShareEstimate {
  readonly key: string;
  readonly count: number;
  /** count / total, with Wilson's interval (for this share alone, not all at once). */
  readonly share: Estimate;
}

export interface Shares {
  readonly total: number;
  /** In the order given. */
  readonly shares: readonly ShareEstimate[];
}

export function fitShares(
  counts: Readonly<Record<string, number>>,
  options: { confidence?: number } = {},
): Shares {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const entries = Object.entries(counts);
  for (const [key, count] of entries) {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(
        `the count of "${key}" must be a whole number of 0 or more, got ${count}`,
      );
    }
  }
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) throw new RangeError('shares need at least one count above 0');
  const z = zFor(confidence);
  const z2 = z * z;
  return {
    total,
    shares: entries.map(([key, count]) => {
      const p = count / total;
      const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
      const half =
        (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
      return {
        key,
        count,
        share: { value: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) },
      };
    }),
  };
}

/**
 * The shares rounded to `decimals` places so that they still sum to exactly 1 (the
 * blueprint checks branch probabilities and class shares add up): each is floored to the
 * grid and the units left over go to the largest remainders (Hamilton's method).
 */
export function roundedShares(shares: Shares, decimals = 4): Record<string, number> {
  const unit = 10 ** decimals;
  const scaled = shares.shares.map((s) => (s.count / shares.total) * unit);
  const floors = scaled.map(Math.floor);
  let left = unit - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = scaled
    .map((x, i) => ({ i, remainder: x - floors[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  const result: Record<string, number> = {};
  shares.shares.forEach((s, i) => {
    result[s.key] = floors[i]! / unit;
  });
  return result;
}
