/** An estimate with its confidence interval, and the small helpers every fit shares. */
import { normalQuantile } from './specialFunctions.ts';

/** A point estimate and the bounds of its confidence interval (lower ≤ value ≤ upper). */
export interface Estimate {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
}

/** The two-sided normal multiplier for a confidence level: 1.96 for 0.95. */
export function zFor(confidence: number): number {
  checkConfidence(confidence);
  return normalQuantile(1 - (1 - confidence) / 2);
}

export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`a confidence level must lie between 0 and 1, got ${confidence}`);
  }
}

/**
 * x rounded to `digits` significant digits, for values written into a blueprint: a fit
 * from data is not known to more than a few digits, and 1.2345678901 min reads as false
 * precision in the file.
 */
export function roundSignificant(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}
