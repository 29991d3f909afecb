/**
 * Turns zod's issues into findings with plain messages ("must be greater than 0",
 * "is required", "unknown property "durtion" (did you mean "duration"?)") and codes of
 * our own, so that a zod upgrade cannot change what scripts and translations key on.
 */
import type { z } from 'zod';
import { type Finding, type Locate, type PathSegment, jsonPath } from './findings.ts';
import { closestName } from './spelling.ts';

type Issue = z.core.$ZodIssue;

type Params = NonNullable<Finding['params']>;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/**
 * What describeValue said, as params: `received` is the kind of value (null, array,
 * string, object, number, boolean…), `value` the literal as the message quotes it.
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
 * The schema's own rule messages (patterns and cross-field refinements) by a short key,
 * so that translations can key on the rule rather than on English text. A message not
 * listed here still reaches the user, in English.
 */
const RULES: Record<string, string> = {
  'must be an id: a letter or _ then letters, digits, _ or -, at most 64 characters': 'id',
  'must not be "__proto__": that name is reserved': 'reserved-id',
  'must be a time of day "HH:MM" from 00:00 to 24:00': 'time-of-day',
  'must be a language tag such as "en" or "zh-CN"': 'language-tag',
  'must be a colour "#RRGGBB"': 'colour',
  'must be an ISO 8601 date or date-time, e.g. "2026-11-23" or "2026-11-23T09:30:00Z"': 'timestamp',
  'must give the text in at least one language': 'text-language',
  'min must not be greater than max': 'min-max',
  'needs min ≤ mode ≤ max and min < max': 'triangle',
  'must have one weight per value': 'weights-count',
  'must have at least one weight greater than 0': 'weights-positive',
};

function ruleParams(message: string): Params {
  const rule = RULES[message];
  return rule === undefined ? { variant: 'other', detail: message } : { variant: rule };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
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

function didYouMean(suggestion: string): string {
  return suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
}

interface Described {
  code: string;
  message: string;
  params?: Params;
}

/** `params.variant` names the wording: items, one-item, characters, not-empty, at-least… */
function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): Described {
  const small = issue.code === 'too_small';
  const code = small ? 'too-small' : 'too-big';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const said = (variant: string, message: string): Described => ({
    code,
    message,
    params: { variant, limit },
  });
  switch (issue.origin) {
    case 'array':
    case 'set':
      if (!small) return said('items', `must have at most ${limit} items`);
      return limit === 1
        ? said('one-item', `must have at least ${limit} item`)
        : said('items', `must have at least ${limit} items`);
    case 'string':
      if (!small) return said('characters', `must be at most ${limit} characters`);
      return limit === 1
        ? said('not-empty', 'must not be empty')
        : said('characters', `must be at least ${limit} characters`);
    default:
      if (small)
        return inclusive
          ? said('at-least', `must be at least ${limit}`)
          : said('greater-than', `must be greater than ${limit}`);
      return inclusive
        ? said('at-most', `must be at most ${limit}`)
        : said('less-than', `must be less than ${limit}`);
  }
}

/** The code and message of an issue that is not about unknown keys or nested unions. */
function describe(issue: Issue): Described {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    const discriminated = issue.code === 'invalid_union' && 'options' in issue && issue.options;
    if (!discriminated) return { code: 'required', message: 'is required' };
    const options = quoteAll(issue.options as unknown[]);
    return {
      code: 'required',
      message: `is required: one of ${options}`,
      params: { variant: 'options', options },
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'wrong-type',
        message: `must be ${typeName(issue.expected)}, not ${describeValue(issue.input)}`,
        params: { expected: issue.expected, ...valueParams(issue.input) },
      };
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value': {
      const allowed = quoteAll(issue.values);
      if (issue.values.length === 1) {
        return {
          code: 'not-allowed',
          message: `must be ${allowed}`,
          params: { variant: 'exactly', allowed },
        };
      }
      const suggestion = suggestionFor(issue.input, issue.values);
      return {
        code: 'not-allowed',
        message: `must be one of ${allowed}, not ${describeValue(issue.input)}${didYouMean(suggestion)}`,
        params: { variant: 'one-of', allowed, ...valueParams(issue.input), suggestion },
      };
    }
    case 'invalid_format':
      return { code: 'bad-pattern', message: issue.message, params: ruleParams(issue.message) };
    case 'custom':
      return { code: 'inconsistent', message: issue.message, params: ruleParams(issue.message) };
    case 'not_multiple_of':
      return {
        code: 'not-multiple',
        message: `must be a multiple of ${String(issue.divisor)}`,
        params: { divisor: Number(issue.divisor) },
      };
    default:
      return { code: 'invalid', message: issue.message, params: { detail: issue.message } };
  }
}

/** A union of alternatives by `type` (or `action`, `mode`) whose tag is unknown. */
function unknownTag(issue: Issue & { code: 'invalid_union' }): Described | undefined {
  if (!('discriminator' in issue) || issue.discriminator === undefined) return undefined;
  const options = 'options' in issue ? (issue.options as unknown[]) : [];
  const given = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
  const allowed = quoteAll(options);
  if (given === undefined) {
    return {
      code: 'required',
      message: `is required: one of ${allowed}`,
      params: { variant: 'options', options: allowed },
    };
  }
  const value = JSON.stringify(given);
  const suggestion = suggestionFor(given, options);
  return {
    code: 'not-allowed',
    message: `must be one of ${allowed}, not ${value}${didYouMean(suggestion)}`,
    params: { variant: 'tag', allowed, value, suggestion },
  };
}

function finding(path: PathSegment[], described: Described, locate?: Locate): Finding {
  return {
    severity: 'error',
    level: 'structural',
    code: described.code,
    path: jsonPath(path),
    message: described.message,
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
        const message = `unknown property ${JSON.stringify(key)}${didYouMean(suggestion)}`;
        return finding(
          [...path, key],
          { code: 'unknown-property', message, params: { key, suggestion } },
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
        const message = `must be ${[...expected.keys()].join(' or ')}, not ${describeValue(issue.input)}`;
        const params = { expected: [...expected.values()].join('|'), ...valueParams(issue.input) };
        return [finding(path, { code: 'wrong-type', message, params }, locate)];
      }
      return [finding(path, describe(issue), locate)];
    }
    default:
      return [finding(path, describe(issue), locate)];
  }
}
