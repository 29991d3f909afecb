/**
 * Turns zod's issues into findings with plain messages: "must be greater than 0",
 * "is required", "unknown property "durtion" (did you mean "duration"?)".
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
      return small
        ? limit === 1
          ? 'must not be empty'
          : `must be at least ${limit} characters`
        : `must be at most ${limit} characters`;
    default:
      if (small) return inclusive ? `must be at least ${limit}` : `must be greater than ${limit}`;
      return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
  }
}

function unionMessage(issue: Issue & { code: 'invalid_union' }): string {
  if ('discriminator' in issue && issue.discriminator !== undefined) {
    const options = 'options' in issue ? (issue.options as unknown[]) : [];
    const input = issue.input as Record<string, unknown> | undefined;
    const given = input && typeof input === 'object' ? input[issue.discriminator] : undefined;
    return given === undefined
      ? `is required: one of ${quoteAll(options)}`
      : `must be one of ${quoteAll(options)}, not ${JSON.stringify(given)}`;
  }
  if (issue.input === undefined) return 'is required';
  const expected = issue.errors
    .flat()
    .filter((inner) => inner.code === 'invalid_type' && inner.path.length === 0)
    .map((inner) => typeName((inner as { expected: string }).expected));
  if (expected.length === issue.errors.length) {
    return `must be ${[...new Set(expected)].join(' or ')}, not ${describeValue(issue.input)}`;
  }
  // One branch matched the type but had a problem inside: report that problem.
  const inner = issue.errors.find((errors) => errors.every((e) => e.path.length > 0));
  if (inner?.[0]) return `${jsonPath(inner[0].path as PathSegment[])}: ${inner[0].message}`;
  return 'is not valid here';
}

function messageOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeName(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${quoteAll(issue.values)}, not ${describeValue(issue.input)}`;
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_format':
    case 'custom':
      return issue.message;
    case 'invalid_key':
      return `has an invalid key: ${issue.issues[0]?.message ?? 'not allowed here'}`;
    default:
      return issue.message;
  }
}

/** Converts one zod issue into findings; an unknown-keys issue gives one per key. */
export function findingsFromIssue(
  issue: Issue,
  knownNames: readonly string[],
  locate?: Locate,
): Finding[] {
  const path = issue.path as PathSegment[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = closestName(key, knownNames);
      return {
        severity: 'error',
        level: 'structural',
        code: 'unknown-property',
        path: jsonPath([...path, key]),
        message: suggestion
          ? `unknown property ${JSON.stringify(key)} (did you mean ${JSON.stringify(suggestion)}?)`
          : `unknown property ${JSON.stringify(key)}`,
        params: { key, suggestion: suggestion ?? '' },
        ...locate?.([...path, key]),
      };
    });
  }
  return [
    {
      severity: 'error',
      level: 'structural',
      code: issue.code === 'invalid_type' && issue.input === undefined ? 'required' : issue.code,
      path: jsonPath(path),
      message: messageOf(issue),
      ...locate?.(path),
    },
  ];
}
