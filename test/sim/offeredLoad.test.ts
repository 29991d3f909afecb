/**
 * Offered load and the stability check use the mean the samplers actually draw: a normal
 * duration is truncated at 0 (negative draws are redrawn), so its mean is above its μ.
 */
import { describe, expect, it } from 'vitest';
import { distributionMoments } from '../../src/analysis/index.ts';
import { compile } from '../../src/sim/compile.ts';
import { offeredLoad } from '../../src/sim/offeredLoad.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';
import { checked } from '../support/scenarios.ts';

const heavilyTruncated = { type: 'normal' as const, mean: 2, sd: 3 };

describe('offered load of a truncated normal duration', () => {
  it('is λ times the truncated mean (≈ 3.28 min for normal(2, 3)), not λ·μ', () => {
    const model = compile(checked(singleQueue(0.35, 1, heavilyTruncated, steadyRun(1000))));
    const truncatedMean = distributionMoments(heavilyTruncated).mean;
    expect(truncatedMean).toBeGreaterThan(3.2);
    expect(offeredLoad(model)[0]).toBeCloseTo(0.35 * truncatedMean, 10);
  });

  it('makes the steady run of a pool loaded 115 % unstable, with its waits not reported', () => {
    const blueprint = checked(singleQueue(0.35, 1, heavilyTruncated, steadyRun(2000, 2)));
    const results = simulate(blueprint);
    const [warning] = results.warnings;
    expect(warning?.code).toBe('pool-unstable');
    if (warning?.code !== 'pool-unstable') return;
    expect(warning.params.pool).toBe('serve-pool');
    expect(warning.params.utilization).toBeCloseTo(1.15, 2);
    expect(results.steps.serve!.wait).toBeNull();
  });
});
