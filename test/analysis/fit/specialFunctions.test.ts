/** The special functions against values known in closed form and against each other. */
import { describe, expect, it } from 'vitest';
import {
  digamma,
  gammaQuantile,
  lnGamma,
  normalQuantile,
  regularizedGamma,
  trigamma,
} from '../../../src/analysis/fit/index.ts';
import { kolmogorovTail } from '../../../src/analysis/fit/goodnessOfFit.ts';

const EULER_GAMMA = 0.5772156649015329;

describe('gamma function family', () => {
  it('ln Γ matches factorials and Γ(1/2) = √π', () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n++) {
      expect(lnGamma(n)).toBeCloseTo(Math.log(factorial), 11);
      factorial *= n;
    }
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(1e-3)).toBeCloseTo(6.907178885383853, 10);
  });

  it('ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ′(1) = π²/6, ψ′(1/2) = π²/2', () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 13);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.LN2, 13);
    expect(trigamma(1)).toBeCloseTo((Math.PI * Math.PI) / 6, 12);
    expect(trigamma(0.5)).toBeCloseTo((Math.PI * Math.PI) / 2, 12);
  });

  it('ψ is the derivative of ln Γ and ψ′ that of ψ', () => {
    for (const x of [0.05, 0.7, 3, 12.5, 400]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((lnGamma(x + h) - lnGamma(x - h)) / (2 * h), 5);
      expect(trigamma(x) / ((digamma(x + h) - digamma(x - h)) / (2 * h))).toBeCloseTo(1, 6);
    }
  });

  it('P(1, x) = 1 − e^{−x} and P(2, x) = 1 − (1 + x) e^{−x}, both branches', () => {
    for (const x of [0.01, 0.5, 1.9, 2.1, 7, 30]) {
      expect(regularizedGamma(1, x).lower).toBeCloseTo(-Math.expm1(-x), 13);
      expect(regularizedGamma(2, x).upper).toBeCloseTo((1 + x) * Math.exp(-x), 13);
    }
  });

  it('the gamma quantile inverts P for small, middling and large shapes', () => {
    for (const shape of [0.05, 0.5, 1, 3.7, 50, 1e4, 1e6]) {
      for (const p of [1e-6, 0.025, 0.5, 0.975, 1 - 1e-6]) {
        const x = gammaQuantile(shape, p);
        expect(regularizedGamma(shape, x).lower).toBeCloseTo(p, 9);
      }
    }
  });
});

describe('normal quantile and Kolmogorov tail', () => {
  it('Φ⁻¹ gives the textbook values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 10);
  });

  it('Q(λ) gives the 5 % and 1 % critical points and is continuous where the series switch', () => {
    expect(kolmogorovTail(1.3581)).toBeCloseTo(0.05, 4);
    expect(kolmogorovTail(1.6276)).toBeCloseTo(0.01, 4);
    expect(kolmogorovTail(1 - 1e-12)).toBeCloseTo(kolmogorovTail(1), 10);
    expect(kolmogorovTail(0.2)).toBeCloseTo(1, 10);
  });
});
