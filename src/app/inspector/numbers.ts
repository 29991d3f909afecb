/**
 * Reading numbers, percentages and times typed into the inspector. Pure, so the rules are
 * unit-tested; the components turn a problem code into a message in the UI language.
 */
import { TIME_OF_DAY_PATTERN } from '../../model/index.ts';

export type NumberProblem =
  | { code: 'required' }
  | { code: 'notNumber' }
  | { code: 'notInteger' }
  | { code: 'atLeast'; limit: number }
  | { code: 'above'; limit: number }
  | { code: 'atMost'; limit: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: NumberProblem };

export interface NumberRules {
  /** Smallest allowed value (inclusive unless `exclusiveMin`). */
  min?: number;
  exclusiveMin?: boolean;
  max?: number;
  integer?: boolean;
}

/** Shows a number without floating-point noise: 0.07 * 100 is shown as 7, not 7.000000000000001. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '';
  return String(Number(value.toPrecision(12)));
}

/**
 * A number from text. Empty text is `undefined` (the field is left out) when the field is
 * optional, else a problem. Accepts a decimal comma ("1,5"), common on Chinese keyboards too.
 */
export function parseNumber(
  text: string,
  rules: NumberRules & { optional: true },
): Parsed<number | undefined>;
export function parseNumber(text: string, rules?: NumberRules): Parsed<number>;
export function parseNumber(
  text: string,
  rules: NumberRules & { optional?: boolean } = {},
): Parsed<number | undefined> {
  const clean = text.trim().replace(',', '.');
  if (clean === '')
    return rules.optional ? { ok: true, value: undefined } : fail({ code: 'required' });
  const value = Number(clean);
  if (!Number.isFinite(value)) return fail({ code: 'notNumber' });
  if (rules.integer && !Number.isInteger(value)) return fail({ code: 'notInteger' });
  if (rules.min !== undefined) {
    if (rules.exclusiveMin ? value <= rules.min : value < rules.min)
      return fail({ code: rules.exclusiveMin ? 'above' : 'atLeast', limit: rules.min });
  }
  if (rules.max !== undefined && value > rules.max)
    return fail({ code: 'atMost', limit: rules.max });
  return { ok: true, value };
}

/** A percentage from 0 to 100 as a probability from 0 to 1 (rounded so 7 % is exactly 0.07). */
export function parsePercent(text: string, optional = false): Parsed<number | undefined> {
  const parsed = optional
    ? parseNumber(text, { min: 0, max: 100, optional: true })
    : parseNumber(text, { min: 0, max: 100 });
  if (!parsed.ok || parsed.value === undefined) return parsed;
  return { ok: true, value: Number((parsed.value / 100).toPrecision(12)) };
}

export function formatPercent(probability: number | undefined): string {
  return probability === undefined ? '' : formatNumber(probability * 100);
}

/** A list of numbers separated by commas or spaces ("1.5, 2, 4"). */
export function parseNumberList(text: string): Parsed<number[]> {
  const parts = text.split(/[\s,;，；]+/).filter((part) => part !== '');
  if (parts.length === 0) return fail({ code: 'required' });
  const values = parts.map(Number);
  if (values.some((value) => !Number.isFinite(value))) return fail({ code: 'notNumber' });
  return { ok: true, value: values };
}

/** A time of day "HH:MM"; "9:30" is read as "09:30". */
export function parseTime(text: string): { ok: true; value: string } | { ok: false } {
  const clean = text.trim().replace(/^(\d):/, '0$1:');
  return TIME_OF_DAY_PATTERN.test(clean) ? { ok: true, value: clean } : { ok: false };
}

function fail(problem: NumberProblem): { ok: false; problem: NumberProblem } {
  return { ok: false, problem };
}
