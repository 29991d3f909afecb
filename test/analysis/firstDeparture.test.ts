/**
 * The time to the first of c services in progress to end (the minimum of c equilibrium
 * residuals) against hand-worked integrals.
 */
import { describe, expect, it } from 'vitest';
import { firstDepartureMinutes } from '../../src/analysis/index.ts';

describe('the first of c services in progress to end', () => {
  it('exponential: E[S]/c, whatever c', () => {
    for (const c of [1, 2, 3, 7]) expect(firstDepartureMinutes(c, 4, 1)).toBeCloseTo(4 / c, 12);
  });

  it('one server: the Pollaczek–Khinchine residual E[S](1 + c_s²)/2', () => {
    expect(firstDepartureMinutes(1, 2, 0.25)).toBeCloseTo(1.25, 12);
    expect(firstDepartureMinutes(1, 2, 3)).toBeCloseTo(4, 12);
  });

  it('fixed services: residuals uniform on [0, D], the first of c ends at D/(c + 1)', () => {
    expect(firstDepartureMinutes(4, 5, 0)).toBeCloseTo(1, 12);
  });

  // Erlang-2 of mean 1 (c_s² = 1/2): survival e^(−2x)(1 + 2x), so the residual's survival
  // is ∫ₓ^∞ e^(−2u)(1 + 2u) du = e^(−2x)(1 + x). Then
  //   c = 2: ∫ e^(−4x)(1 + x)² dx = 1/4 + 2/16 + 2/64 = 13/32,
  //   c = 3: ∫ e^(−6x)(1 + x)³ dx = 1/6 + 3/36 + 6/216 + 6/1296 = 61/216.
  it('Erlang-2: 13/32 of the mean for two servers, 61/216 for three', () => {
    expect(firstDepartureMinutes(2, 1, 0.5)).toBeCloseTo(13 / 32, 6);
    expect(firstDepartureMinutes(3, 1, 0.5)).toBeCloseTo(61 / 216, 6);
    // Scaled with the mean.
    expect(firstDepartureMinutes(2, 3, 0.5)).toBeCloseTo((3 * 13) / 32, 6);
  });

  it('more regular services end later than the average gap E[S](1 + c_s²)/(2c)', () => {
    for (const scv of [0.05, 0.2, 0.5])
      expect(firstDepartureMinutes(4, 1, scv)).toBeGreaterThan((1 + scv) / 8);
    // More variable ones (a gamma of c_s² = 2) sooner.
    expect(firstDepartureMinutes(4, 1, 2)).toBeLessThan(3 / 8);
  });

  it('rejects malformed input', () => {
    expect(() => firstDepartureMinutes(0, 1, 1)).toThrow(RangeError);
    expect(() => firstDepartureMinutes(2, -1, 1)).toThrow(RangeError);
    expect(firstDepartureMinutes(3, 0, 0.3)).toBe(0);
  });
});
