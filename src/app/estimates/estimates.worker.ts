/**
 * The instant-estimate worker: a thin comlink adapter around the engine's pure
 * `estimatePools`, so the app never runs engine code on the main thread.
 */
import { expose } from 'comlink';
import type { Blueprint } from '../../model/index.ts';
import { type PoolEstimates, estimatePools } from '../../sim/estimates.ts';

const api = {
  estimate(blueprint: Blueprint): PoolEstimates {
    return estimatePools(blueprint);
  },
};

export type EstimatesApi = typeof api;

expose(api);
