/**
 * A class's patienceShift (nobody gives up in the first minutes of a wait) against the
 * single-server queue with general patience, M/M/1+G (Baccelli, Boyer and Hébuterne,
 * 1984): with H(x) = ∫₀ˣ P(patience > u) du, the offered wait V has P(V = 0) = π₀ and
 * density π₀ λ exp(λ H(x) − μ x) above 0, so π₀ = 1 / (1 + λ ∫₀^∞ exp(λ H(x) − μ x) dx);
 * those served leave at μ (1 − π₀), so P(give up) = 1 − μ (1 − π₀) / λ. The patience
 * here is shift + exponential(θ): H(x) = x up to the shift, then s + (1 − e^(−θ(x−s))) / θ.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

/** P(give up) of M/M/1+G with patience shift + exponential of mean `mean`, by Simpson's rule. */
function abandonment(lambda: number, mu: number, shift: number, mean: number): number {
  const theta = 1 / mean;
  const h = (x: number) => (x <= shift ? x : shift + (1 - Math.exp(-theta * (x - shift))) / theta);
  const f = (x: number) => Math.exp(lambda * h(x) - mu * x);
  // Beyond λ(s + mean)/μ + 60 minutes the integrand is below e^(−60): nothing left.
  const end = (lambda * (shift + mean)) / mu + 60;
  const steps = 200_000;
  const width = end / steps;
  let sum = f(0) + f(end);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * width);
  const integral = (sum * width) / 3;
  const idle = 1 / (1 + lambda * integral);
  return 1 - (mu * (1 - idle)) / lambda;
}

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

describe('patienceShift matches M/M/1+G with a shifted exponential patience', () => {
  it.each([
    // λ, shift, mean after the shift: an overloaded window and a busy one.
    [1.2, 2, 3],
    [0.9, 1, 2],
  ])('λ = %f, shift %f min, then mean %f min', (lambda, shift, mean) => {
    const expected = abandonment(lambda, 1, shift, mean);
    const seeds = [11, 12, 13, 14];
    const shares = seeds.map((seed) => {
      const blueprint = singleQueue(lambda, 1, exponential(1), steadyRun(20_000, 5, seed));
      blueprint.classes = [
        {
          id: 'walk-in',
          label: 'Walk-in',
          share: 1,
          patience: exponential(mean),
          patienceShift: shift,
        },
      ];
      const step = simulate(blueprint).steps.serve!;
      return step.reneges.mean / step.visits.mean;
    });
    const overall = shares.reduce((sum, share) => sum + share, 0) / shares.length;
    expect(Math.abs(overall - expected) / expected).toBeLessThan(0.03);
    // Each seed on its own within 6 %: not one tuned seed.
    for (const share of shares) expect(Math.abs(share - expected) / expected).toBeLessThan(0.06);
  });

  it('gives up less than the same patience unshifted, and never in the first minutes', () => {
    expect(abandonment(1.2, 1, 2, 3)).toBeLessThan(abandonment(1.2, 1, 0, 3));
    // A patience of the shift and almost nothing more: whoever is served waited at most
    // about the shift, and some waited nearly that long, so no one left early.
    const blueprint = singleQueue(1.2, 1, exponential(1), steadyRun(5_000, 2, 5));
    blueprint.classes = [
      { id: 'walk-in', label: 'Walk-in', share: 1, patience: exponential(0.001), patienceShift: 2 },
    ];
    const step = simulate(blueprint).steps.serve!;
    expect(step.reneges.mean).toBeGreaterThan(0);
    expect(step.wait!.max).toBeLessThan(2.05);
    expect(step.wait!.max).toBeGreaterThan(1.9);
  });
});
