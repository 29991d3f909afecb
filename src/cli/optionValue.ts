/**
 * What every command's option parsing shares: an option given an empty value is a usage
 * error, and a whole number is written in decimal digits within its limits.
 */
import { UsageError } from './io.ts';

export function nonEmpty(name: string, text: string | undefined): string | undefined {
  if (text === '') throw new UsageError(`--${name} needs a value, not an empty string`);
  return text;
}

/** The format's limit for a seed (src/model/schema/run.ts): an option cannot go past it. */
export const MAX_SEED = 4_294_967_295;

const WHOLE = /^\d+$/;

/** A whole number from min to max in plain decimal digits (no sign, hex or exponent); undefined when not given. */
export function wholeNumber(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!WHOLE.test(text) || value < min || value > max)
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max} in decimal digits, not "${text}"`,
    );
  return value;
}
