/** What every command's option parsing shares: an option given an empty value is a usage error. */
import { UsageError } from './io.ts';

export function nonEmpty(name: string, text: string | undefined): string | undefined {
  if (text === '') throw new UsageError(`--${name} needs a value, not an empty string`);
  return text;
}
