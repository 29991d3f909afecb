/**
 * A step's wait of all who queued (served and reneged) against M/M/1+M, the single
 * server queue with exponential patience (Palm's model).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

/** Lq of M/M/1+M: n present leave at rate μ + (n − 1)θ (one in service, the rest impatient). */
function queueLength(lambda: number, mu: number, theta: number): number {
  const weights = [1];
  for (let n = 1; n < 1000; n++) weights.push((weights[n - 1]! * lambda) / (mu + (n - 1) * theta));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.reduce((sum, w, n) => sum + Math.max(0, n - 1) * w, 0) / total;
}

describe('reneging matches M/M/1+M', () => {
  it.each([
    [0.9, 3],
    [1.2, 5],
  ])('λ = %f, patience mean %f: the wait of all who queued is Lq / λ', (lambda, patience) => {
    const blueprint = singleQueue(lambda, 1, exponential(1), steadyRun(50_000, 10, 7));
    blueprint.classes = [
      { id: 'walk-in', label: 'Walk-in', share: 1, patience: exponential(patience) },
    ];
    const step = simulate(blueprint).steps.serve!;
    const expected = queueLength(lambda, 1, 1 / patience) / lambda;
    const [low, high] = step.waitAll!.ci95!;
    expect(expected).toBeGreaterThanOrEqual(low);
    expect(expected).toBeLessThanOrEqual(high);
    expect(Math.abs(step.waitAll!.mean - expected) / expected).toBeLessThan(0.03);
    // Those who give up leave at rate θ per waiting customer: P(renege) = θ · Lq / λ.
    const reneged = step.reneges.mean / step.visits.mean;
    expect(Math.abs(reneged - expected / patience) / reneged).toBeLessThan(0.03);
    // Everyone who queued is counted: served and reneged together.
    expect(step.waitAll!.count).toBeCloseTo(step.wait!.count + step.reneges.mean, 6);
  });

  it('the mean wait of those served leaves out the quarter who gave up, and is lower', () => {
    const blueprint = singleQueue(0.9, 1, exponential(1), steadyRun(50_000, 10, 7));
    blueprint.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1, patience: exponential(3) }];
    const step = simulate(blueprint).steps.serve!;
    expect(step.reneges.mean / step.visits.mean).toBeGreaterThan(0.2);
    expect(step.waitAll!.mean).toBeGreaterThan(step.wait!.ci95![1]);
  });
});
