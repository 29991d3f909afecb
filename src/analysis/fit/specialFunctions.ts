/**
 * The special functions the fits need: log-gamma, digamma and trigamma (the gamma
 * likelihood and its Fisher information), the regularised incomplete gamma function and
 * its inverse (the gamma distribution function and quantiles, exact Poisson intervals),
 * and the standard normal quantile. Written from the defining series and asymptotic
 * expansions (Abramowitz & Stegun 6.1.41, 6.3.18, 6.4.12, 6.5.29, 6.5.31); accurate to
 * about 1e-13 relative, far beyond what a fit from data needs.
 */
import { standardNormalCdf, standardNormalDensity } from '../normal.ts';

const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

/** Below this the asymptotic series are shifted up by the recurrences, so they converge fast. */
const ASYMPTOTIC_FROM = 10;

/** ln Γ(x) for x > 0: Stirling's series (A&S 6.1.41) after lifting x to 10 or more. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift += Math.log(x); // Γ(x) = Γ(x + 1) / x
    x += 1;
  }
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  const series =
    inverse *
    (1 / 12 -
      inverseSquared *
        (1 / 360 -
          inverseSquared * (1 / 1260 - inverseSquared * (1 / 1680 - inverseSquared / 1188))));
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + series - shift;
}

/** ψ(x) = d ln Γ(x) / dx for x > 0 (A&S 6.3.18 after the recurrence ψ(x) = ψ(x + 1) − 1/x). */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma needs x > 0, got ${x}`);
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const s = 1 / (x * x);
  const series = s * (1 / 12 - s * (1 / 120 - s * (1 / 252 - s * (1 / 240 - s / 132))));
  return Math.log(x) - 0.5 / x - series + shift;
}

/** ψ′(x) for x > 0 (A&S 6.4.12 after the recurrence ψ′(x) = ψ′(x + 1) + 1/x²). */
export function trigamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`trigamma needs x > 0, got ${x}`);
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift += 1 / (x * x);
    x += 1;
  }
  const inverse = 1 / x;
  const s = inverse * inverse;
  const series =
    inverse *
    (1 + inverse / 2 + s * (1 / 6 - s * (1 / 30 - s * (1 / 42 - s * (1 / 30 - (5 / 66) * s)))));
  return series + shift;
}

const MAX_TERMS = 100_000;
const TINY = 1e-300;

/**
 * P(a, x) = γ(a, x) / Γ(a), the gamma(a, 1) distribution function, and Q = 1 − P: the
 * power series (A&S 6.5.29) below x = a + 1, the continued fraction for Q (A&S 6.5.31,
 * evaluated by the modified Lentz method) above, each where it converges quickly and
 * without cancellation. Both come back so a caller needing a tail gets it accurately.
 */
export function regularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (!(a > 0)) throw new RangeError(`regularizedGamma needs a > 0, got ${a}`);
  if (!(x > 0)) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  const logPrefactor = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_TERMS && Math.abs(term) > 1e-16 * Math.abs(sum); n++) {
      term *= x / (a + n);
      sum += term;
    }
    const lower = Math.min(1, Math.exp(logPrefactor) * sum);
    return { lower, upper: 1 - lower };
  }
  // Q = e^{−x} x^a / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / (x + 5 − a − …)))
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < 1e-16) break;
  }
  const upper = Math.min(1, Math.exp(logPrefactor) * fraction);
  return { lower: 1 - upper, upper };
}

/** The gamma(shape, 1) density at x. */
export function gammaDensity(shape: number, x: number): number {
  if (!(x > 0)) return 0;
  return Math.exp((shape - 1) * Math.log(x) - x - lnGamma(shape));
}

/**
 * The p-quantile of gamma(shape, 1): the x with P(shape, x) = p, for 0 < p < 1. Newton's
 * method from the Wilson–Hilferty cube-root start, kept inside a bracket that shrinks
 * each step and bisected when Newton would leave it, so it always converges.
 */
export function gammaQuantile(shape: number, p: number): number {
  if (!(shape > 0)) throw new RangeError(`gammaQuantile needs shape > 0, got ${shape}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`gammaQuantile needs 0 < p < 1, got ${p}`);
  let x: number;
  if (shape >= 1) {
    const z = normalQuantile(p);
    const c = 1 / (9 * shape);
    x = shape * Math.pow(Math.max(1 - c + z * Math.sqrt(c), 0.01), 3);
  } else {
    // Near 0, P(a, x) ≈ x^a / Γ(a + 1).
    x = Math.exp((Math.log(p) + lnGamma(shape + 1)) / shape);
  }
  let low = 0;
  let high = Infinity;
  for (let i = 0; i < 200; i++) {
    const { lower } = regularizedGamma(shape, x);
    const error = lower - p;
    if (error > 0) high = x;
    else low = x;
    const density = gammaDensity(shape, x);
    let next = density > 0 ? x - error / density : NaN;
    if (!(next > low && next < high))
      next = high === Infinity ? Math.max(2 * x, 1) : (low + high) / 2;
    const bracketClosed = high < Infinity && high - low <= 1e-15 * high;
    if (Math.abs(next - x) <= 1e-14 * x || bracketClosed) return next;
    x = next;
  }
  return x;
}

/**
 * Φ⁻¹(p), the standard normal quantile, for 0 < p < 1: Newton's method on Φ from a
 * logistic start, inside a shrinking bracket. Absolute accuracy about 1e-15 in p, so
 * p-quantiles are good to many digits for the probabilities a fit uses (1e-10 and up).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  let z = -Math.log(1 / p - 1) / 1.702; // the logistic's close match to Φ
  let low = -40;
  let high = 40;
  for (let i = 0; i < 100; i++) {
    const error = standardNormalCdf(z) - p;
    if (error > 0) high = z;
    else low = z;
    const density = standardNormalDensity(z);
    let next = density > 0 ? z - error / density : NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - z) <= 1e-15 * Math.max(1, Math.abs(z))) return next;
    z = next;
  }
  return z;
}
