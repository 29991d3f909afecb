/**
 * The standard normal density and distribution function, for the moments of the normal
 * truncated at 0. Pure arithmetic, written from the defining series.
 */

const SQRT_2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** φ(x) = e^{−x²/2} / √(2π). */
export function standardNormalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * erf(z) for z ≥ 0 by the everywhere-convergent series of positive terms
 *   erf(z) = (2/√π)·e^{−z²}·Σ_{n≥0} 2ⁿ z^{2n+1} / (1·3·5···(2n+1))
 * (Abramowitz & Stegun 7.1.6). No cancellation, so relative error ≈ 1e-15. For z > 6,
 * erfc(z) < 3e-17 and erf(z) rounds to 1.
 */
function erfNonNegative(z: number): number {
  if (z > 6) return 1;
  const twoZSquared = 2 * z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < 500 && term > 1e-17 * sum; n++) {
    term *= twoZSquared / (2 * n + 1);
    sum += term;
  }
  return Math.min(1, TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum);
}

/**
 * Φ(x), the standard normal distribution function: Φ(x) = (1 + erf(x/√2)) / 2, and
 * Φ(x) = 1 − Φ(−x) for x < 0. Accurate to about 1e-15 absolute (relative accuracy is lost
 * far in the left tail, where Φ is below ~1e-15; the analysis only needs x ≥ 0).
 */
export function standardNormalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const half = 0.5 * erfNonNegative(Math.abs(x) / SQRT_2);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}
