/**
 * `--set resources.tellers.capacity=4`: what-if changes from the command line. Path
 * segments name object keys, array items by id (or by index), and the value is JSON
 * when it parses as JSON ("4", "true", '{"type":"fixed","value":3}'), text otherwise.
 *
 * The rule: every segment must name something that exists, except the last one when it
 * is a key of an object (a property the file left out, such as a step's `failure`). A
 * list item is changed by an object of properties, merged into it. Anything else is a
 * usage error naming the option, never a silent no-op. Keys that reach JavaScript's
 * object machinery (`__proto__`, `constructor`, `prototype`) are refused outright: they
 * are never blueprint properties, and writing them would change the running program.
 */
import { UsageError } from './io.ts';

type JsonObject = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function itemIds(list: readonly unknown[]): string {
  const ids = list
    .map((item) => (isObject(item) ? item.id : undefined))
    .filter((id) => typeof id === 'string');
  return ids.join(', ') || 'none';
}

function listItem(list: unknown[], segment: string, option: string): unknown {
  const byId = list.find((item) => isObject(item) && item.id === segment);
  if (byId !== undefined) return byId;
  if (/^\d+$/.test(segment) && Number(segment) < list.length) return list[Number(segment)];
  throw new UsageError(`${option}: no item "${segment}" here (ids: ${itemIds(list)})`);
}

function child(node: unknown, segment: string, option: string): unknown {
  if (Array.isArray(node)) return listItem(node, segment, option);
  if (isObject(node)) {
    if (!Object.hasOwn(node, segment)) {
      const keys = Object.keys(node).join(', ') || 'none';
      throw new UsageError(`${option}: there is no "${segment}" here (keys: ${keys})`);
    }
    return node[segment];
  }
  throw new UsageError(`${option}: "${segment}" is inside a value that is not an object or list`);
}

/** Applies one PATH=VALUE to a plain JSON document (changing it), or throws a UsageError. */
export function applySet(document: unknown, assignment: string): void {
  const equals = assignment.indexOf('=');
  if (equals <= 0)
    throw new UsageError(
      `--set needs PATH=VALUE, e.g. resources.tellers.capacity=4 (got "${assignment}")`,
    );
  const path = assignment.slice(0, equals);
  const option = `--set ${path}`;
  const segments = path.split('.');
  if (segments.some((segment) => segment === ''))
    throw new UsageError(`${option}: the path has an empty segment`);
  const forbidden = segments.find((segment) => FORBIDDEN_KEYS.has(segment));
  if (forbidden !== undefined)
    throw new UsageError(`${option}: "${forbidden}" is not a blueprint property`);
  const last = segments.pop()!;
  let node: unknown = document;
  for (const segment of segments) node = child(node, segment, option);
  const value = parseValue(assignment.slice(equals + 1));
  if (Array.isArray(node)) {
    const item = listItem(node, last, option);
    if (!isObject(item) || !isObject(value))
      throw new UsageError(
        `${option}: a list item is changed by an object of its properties (${path}={"key":value}) or one property at a time (${path}.key=value)`,
      );
    const key = Object.keys(value).find((name) => FORBIDDEN_KEYS.has(name));
    if (key !== undefined) throw new UsageError(`${option}: "${key}" is not a blueprint property`);
    Object.assign(item, value);
  } else if (isObject(node)) {
    node[last] = value;
  } else {
    throw new UsageError(`${option}: "${last}" is inside a value that is not an object`);
  }
}
