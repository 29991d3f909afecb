/**
 * The trade-off a manager decides on, from the staffing search's tries: for each number
 * of units tried, what the day costs (all pools) and what share of customers wait under
 * the target. Pure, so the chart only draws what this returns.
 */
import type { StaffingTry } from './findStaffing.ts';

export interface TradeOffPoint {
  units: number;
  /** All pools' cost per day (or run); null when nothing has a price. */
  cost: number | null;
  /** The share within the target, in % (0–100); null when nobody was measured. */
  withinPercent: number | null;
  verdict: StaffingTry['verdict'];
}

export interface TradeOff {
  points: TradeOffPoint[];
  /** What one more unit adds to the cost, on average over the counts tried; null without two costs. */
  costPerUnit: number | null;
}

/** The tries in order of units (the search goes up, then down); each count once. */
export function tradeOff(tries: readonly StaffingTry[]): TradeOff {
  const points = [...tries]
    .sort((a, b) => a.units - b.units)
    .map((tried) => ({
      units: tried.units,
      cost: tried.cost,
      withinPercent: tried.share === null ? null : tried.share.mean * 100,
      verdict: tried.verdict,
    }));
  const priced = points.filter((point) => point.cost !== null);
  const first = priced[0];
  const last = priced[priced.length - 1];
  const costPerUnit =
    first && last && last.units > first.units
      ? (last.cost! - first.cost!) / (last.units - first.units)
      : null;
  return { points, costPerUnit };
}
