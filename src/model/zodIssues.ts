/**
 * Turns zod's issues into findings with plain messages ("must be greater than 0",
 * "is required", "unknown property "durtion" (did you mean "duration"?)") and codes of
 * our own, so that a zod upgrade cannot change what scripts and translations key on.
 */
import type { z } from 'zod';
import { type Finding, type Locate, type PathSegment, jsonPath } from './findings.ts';
import { closestName } from './spelling.ts';

type Issue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
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

function didYouMean(given: unknown, options: readonly unknown[]): string {
  if (typeof given !== 'string') return '';
  const suggestion = closestName(
    given,
    options.filter((o): o is string => typeof o === 'string'),
  );
  return suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return small
        ? `must have at least ${limit} item${limit === 1 ? '' : 's'}`
        : `must have at most ${limit} items`;
    case 'string':
      if (!small) return `must be at most ${limit} characters`;
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
    default:
      if (small) return inclusive ? `must be at least ${limit}` : `must be greater than ${limit}`;
      return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
  }
}

interface Described {
  code: string;
  message: string;
}

/** The code and message of an issue that is not about unknown keys or nested unions. */
function describe(issue: Issue): Described {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    const discriminated = issue.code === 'invalid_union' && 'options' in issue && issue.options;
    return {
      code: 'required',
      message: discriminated
        ? `is required: one of ${quoteAll(issue.options as unknown[])}`
        : 'is required',
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'wrong-type',
        message: `must be ${typeName(issue.expected)}, not ${describeValue(issue.input)}`,
      };
    case 'too_small':
      return { code: 'too-small', message: sizeMessage(issue) };
    case 'too_big':
      return { code: 'too-big', message: sizeMessage(issue) };
    case 'invalid_value':
      return {
        code: 'not-allowed',
        message:
          issue.values.length === 1
            ? `must be ${JSON.stringify(issue.values[0])}`
            : `must be one of ${quoteAll(issue.values)}, not ${describeValue(issue.input)}${didYouMean(issue.input, issue.values)}`,
      };
    case 'invalid_format':
      return { code: 'bad-pattern', message: issue.message };
    case 'custom':
      return { code: 'inconsistent', message: issue.message };
    case 'not_multiple_of':
      return { code: 'not-multiple', message: `must be a multiple of ${String(issue.divisor)}` };
    default:
      return { code: 'invalid', message: issue.message };
  }
}

/** A union of alternatives by `type` (or `action`, `mode`) whose tag is unknown. */
function unknownTag(issue: Issue & { code: 'invalid_union' }): Described | undefined {
  if (!('discriminator' in issue) || issue.discriminator === undefined) return undefined;
  const options = 'options' in issue ? (issue.options as unknown[]) : [];
  const given = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
  if (given === undefined)
    return { code: 'required', message: `is required: one of ${quoteAll(options)}` };
  return {
    code: 'not-allowed',
    message: `must be one of ${quoteAll(options)}, not ${JSON.stringify(given)}${didYouMean(given, options)}`,
  };
}

function finding(
  path: PathSegment[],
  described: Described,
  locate?: Locate,
  params?: Finding['params'],
): Finding {
  return {
    severity: 'error',
    level: 'structural',
    code: described.code,
    path: jsonPath(path),
    message: described.message,
    ...(params ? { params } : {}),
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
        const suggestion = closestName(key, knownNames);
        const hint = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
        const message = `unknown property ${JSON.stringify(key)}${hint}`;
        return finding([...path, key], { code: 'unknown-property', message }, locate, {
          key,
          suggestion: suggestion ?? '',
        });
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
      const expected = issue.errors
        .flat()
        .filter((inner) => inner.code === 'invalid_type' && inner.path.length === 0)
        .map((inner) => typeName((inner as { expected: string }).expected));
      if (issue.input !== undefined && expected.length > 0) {
        const message = `must be ${[...new Set(expected)].join(' or ')}, not ${describeValue(issue.input)}`;
        return [finding(path, { code: 'wrong-type', message }, locate)];
      }
      return [finding(path, describe(issue), locate)];
    }
    default:
      return [finding(path, describe(issue), locate)];
  }
}
