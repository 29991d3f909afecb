/**
 * Input checks shared by the analysis functions. Malformed input (a negative rate, a
 * fractional number of servers, NaN, Infinity) is a programming error, so it throws a
 * RangeError naming the argument; an overloaded but well-formed system is a normal answer
 * and is returned as `{ stable: false, … }` instead (see result.ts).
 */

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${String(value)}`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ 1 (a number of servers). */
export function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number ≥ 1, got ${String(value)}`);
  }
}

/** Throws unless `value` is a probability in [0, 1]. */
export function requireProbability(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a probability in [0, 1], got ${String(value)}`);
  }
}
