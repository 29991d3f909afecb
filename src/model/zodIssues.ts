/**
 * Turns zod's issues into findings with codes and params of our own, worded from the
 * catalogue ("must be greater than 0", "is required", "unknown property "durtion" (did
 * you mean "duration"?)"), so that a zod upgrade cannot change what scripts and
 * translations key on.
 */
import type { z } from 'zod';
import { type Finding, type Locate, type PathSegment, jsonPath } from './findings.ts';
import { closestName } from './spelling.ts';
import { englishMessage } from './wording/findingText.ts';
import { type FindingCode, FINDINGS_EN } from './wording/findingsEn.ts';

type Issue = z.core.$ZodIssue;

type Params = NonNullable<Finding['params']>;

/**
 * The value given, as params: `received` is the kind of value (null, array, string,
 * object, number, boolean…), `value` the literal as the message quotes it.
 */
function valueParams(value: unknown): Params {
  if (value === null) return { received: 'null' };
  if (Array.isArray(value)) return { received: 'array' };
  if (typeof value === 'string')
    return { received: 'string', value: JSON.stringify(value.slice(0, 40)) };
  if (typeof value === 'object') return { received: 'object' };
  return { received: typeof value, value: String(value) };
}

/**
 * The schema's own rule messages (patterns and cross-field refinements) by their key in
 * the catalogue, so that the wording keys on the rule rather than on English text. The
 * schema takes its messages from the same catalogue. A message not listed here still
 * reaches the user, in English.
 */
const RULES: ReadonlyMap<string, string> = new Map(
  Object.entries(FINDINGS_EN.parts.rules)
    .filter(([rule]) => rule !== 'other')
    .map(([rule, text]) => [text, rule]),
);

function ruleParams(message: string): Params {
  const rule = RULES.get(message);
  return rule === undefined ? { variant: 'other', detail: message } : { variant: rule };
}

/** The plain name of a zod type ("a number"); object and record are both "an object". */
function typeName(expected: string): string {
  return Object.hasOwn(FINDINGS_EN.parts.types, expected)
    ? FINDINGS_EN.parts.types[expected as keyof typeof FINDINGS_EN.parts.types]
    : expected;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** The allowed word closest to a misspelt one, or "". */
function suggestionFor(given: unknown, options: readonly unknown[]): string {
  if (typeof given !== 'string') return '';
  return (
    closestName(
      given,
      options.filter((o): o is string => typeof o === 'string'),
    ) ?? ''
  );
}

interface Described {
  code: FindingCode;
  params?: Params;
}

/** `params.variant` names the wording: items, one-item, characters, not-empty, at-least… */
function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): Described {
  const small = issue.code === 'too_small';
  const code = small ? 'too-small' : 'too-big';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const said = (variant: string): Described => ({ code, params: { variant, limit } });
  switch (issue.origin) {
    case 'array':
    case 'set':
      if (!small) return said('items');
      return limit === 1 ? said('one-item') : said('items');
    case 'string':
      if (!small) return said('characters');
      return limit === 1 ? said('not-empty') : said('characters');
    default:
      if (small) return inclusive ? said('at-least') : said('greater-than');
      return inclusive ? said('at-most') : said('less-than');
  }
}

/** The code and params of an issue that is not about unknown keys or nested unions. */
function describe(issue: Issue): Described {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    const discriminated = issue.code === 'invalid_union' && 'options' in issue && issue.options;
    if (!discriminated) return { code: 'required' };
    const options = quoteAll(issue.options as unknown[]);
    return { code: 'required', params: { variant: 'options', options } };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'wrong-type',
        params: { expected: issue.expected, ...valueParams(issue.input) },
      };
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value': {
      const allowed = quoteAll(issue.values);
      if (issue.values.length === 1) {
        return { code: 'not-allowed', params: { variant: 'exactly', allowed } };
      }
      const suggestion = suggestionFor(issue.input, issue.values);
      return {
        code: 'not-allowed',
        params: { variant: 'one-of', allowed, ...valueParams(issue.input), suggestion },
      };
    }
    case 'invalid_format':
      return { code: 'bad-pattern', params: ruleParams(issue.message) };
    case 'custom':
      return { code: 'inconsistent', params: ruleParams(issue.message) };
    case 'not_multiple_of':
      return { code: 'not-multiple', params: { divisor: Number(issue.divisor) } };
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

/** A union of alternatives by `type` (or `action`, `mode`) whose tag is unknown. */
function unknownTag(issue: Issue & { code: 'invalid_union' }): Described | undefined {
  if (!('discriminator' in issue) || issue.discriminator === undefined) return undefined;
  const options = 'options' in issue ? (issue.options as unknown[]) : [];
  const given = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
  const allowed = quoteAll(options);
  if (given === undefined) {
    return { code: 'required', params: { variant: 'options', options: allowed } };
  }
  const value = JSON.stringify(given);
  const suggestion = suggestionFor(given, options);
  return { code: 'not-allowed', params: { variant: 'tag', allowed, value, suggestion } };
}

function finding(path: PathSegment[], described: Described, locate?: Locate): Finding {
  return {
    severity: 'error',
    level: 'structural',
    code: described.code,
    path: jsonPath(path),
    message: englishMessage(described.code, described.params),
    ...(described.params ? { params: described.params } : {}),
    ...locate?.(path),
  };
}

/** Converts one zod issue into findings: one per unknown key, the inner problems of a union. */
export function findingsFromIssue(
  issue: Issue,
  knownNames: readonly string[],
  locate?: Locate,
): Finding[] {
  const path = issue.path as PathSegment[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closestName(key, knownNames) ?? '';
        return finding(
          [...path, key],
          { code: 'unknown-property', params: { key, suggestion } },
          locate,
        );
      });
    case 'invalid_key':
      // A bad key in a map, such as a language tag: say what the key should look like.
      return issue.issues.flatMap((inner) =>
        findingsFromIssue({ ...inner, path: path } as Issue, knownNames, locate),
      );
    case 'invalid_union': {
      const tag = unknownTag(issue);
      if (tag) return [finding(path, tag, locate)];
      // When one alternative has the right type but a problem inside, that problem is the news.
      const nested = issue.errors.find(
        (errors) => errors.length > 0 && errors.every((e) => e.path.length > 0),
      );
      if (nested && issue.input !== undefined) {
        return nested.flatMap((inner) =>
          findingsFromIssue(
            { ...inner, path: [...path, ...inner.path] } as Issue,
            knownNames,
            locate,
          ),
        );
      }
      // Each plain type name once, with the first zod type that has it ("object", "record").
      const expected = new Map<string, string>();
      for (const inner of issue.errors.flat()) {
        if (inner.code !== 'invalid_type' || inner.path.length > 0) continue;
        const name = typeName(inner.expected);
        if (!expected.has(name)) expected.set(name, inner.expected);
      }
      if (issue.input !== undefined && expected.size > 0) {
        const params = { expected: [...expected.values()].join('|'), ...valueParams(issue.input) };
        return [finding(path, { code: 'wrong-type', params }, locate)];
      }
      return [finding(path, describe(issue), locate)];
    }
    default:
      return [finding(path, describe(issue), locate)];
  }
}
