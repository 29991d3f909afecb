/**
 * The instant estimates of the blueprint that ran (src/sim/estimates.ts) with the run's
 * own figures beside them: per pool the formula its figure comes from and the mean wait
 * the run measured for it, per lobby rule the share the run sent on. What `simulate
 * --json` adds as `estimates` (docs/results-format.md, 3.14) and the report's Estimates
 * section words.
 */
import type { Blueprint } from '../model/index.ts';
import {
  type DiversionEstimate,
  type EstimateMethod,
  type MeasuredWait,
  type PoolEstimate,
  estimateMethod,
  measuredPoolWait,
} from '../sim/index.ts';
import { estimatePools } from '../sim/estimates.ts';
import type { Estimate } from '../sim/stats/confidence.ts';
import type { Results } from '../sim/results.ts';

export interface PoolBeside extends PoolEstimate {
  method: EstimateMethod;
  /** The run's mean wait of the pool's customers; null when nobody queued for it. */
  measuredWait: MeasuredWait | null;
}

export interface DiversionBeside extends DiversionEstimate {
  /** The run's share sent on (`diversions.<flow>.share`); null when the run has none. */
  measuredShare: Estimate | null;
}

export type EstimatesBeside =
  | { ok: true; mode: 'day' | 'steady'; pools: PoolBeside[]; diversions: DiversionBeside[] }
  | { ok: false; reason: string };

/** `blueprint` as it ran (day type, --set and run options applied). */
export function estimatesBeside(blueprint: Blueprint, results: Results): EstimatesBeside {
  const estimates = estimatePools(blueprint);
  if (!estimates.ok) return estimates;
  const { mode, pools, diversions } = estimates;
  return {
    ok: true,
    mode,
    pools: pools.map((pool) => ({
      ...pool,
      method: estimateMethod(pool, diversions),
      measuredWait: measuredPoolWait(blueprint, results, pool.id),
    })),
    diversions: diversions.map((rule) => ({
      ...rule,
      measuredShare: results.diversions?.[rule.flow]?.share ?? null,
    })),
  };
}
