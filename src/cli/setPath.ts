/**
 * `--set resources.tellers.capacity=4`: what-if changes from the command line. Path
 * segments name object keys, array items by id (or by index), and the value is JSON
 * when it parses as JSON ("4", "true", '{"type":"fixed","value":3}'), text otherwise.
 */
import { UsageError } from './io.ts';

type JsonObject = Record<string, unknown>;

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function child(node: unknown, segment: string, path: string): unknown {
  if (Array.isArray(node)) {
    const byId = node.find((item) => (item as JsonObject | null)?.id === segment);
    if (byId !== undefined) return byId;
    if (/^\d+$/.test(segment) && Number(segment) < node.length) return node[Number(segment)];
    const ids = node
      .map((item) => (item as JsonObject | null)?.id)
      .filter((id) => typeof id === 'string');
    throw new UsageError(
      `--set ${path}: no item "${segment}" here (ids: ${ids.join(', ') || 'none'})`,
    );
  }
  if (node !== null && typeof node === 'object') {
    const record = node as JsonObject;
    if (!(segment in record)) record[segment] = {}; // so that "run.seed" works on a file without "run"
    return record[segment];
  }
  throw new UsageError(
    `--set ${path}: "${segment}" is inside a value that is not an object or list`,
  );
}

/** Applies one PATH=VALUE to a plain JSON document (changing it), or throws a UsageError. */
export function applySet(document: unknown, assignment: string): void {
  const equals = assignment.indexOf('=');
  if (equals <= 0)
    throw new UsageError(
      `--set needs PATH=VALUE, e.g. resources.tellers.capacity=4 (got "${assignment}")`,
    );
  const path = assignment.slice(0, equals);
  const segments = path.split('.');
  const last = segments.pop()!;
  let node: unknown = document;
  for (const segment of segments) node = child(node, segment, path);
  const value = parseValue(assignment.slice(equals + 1));
  if (Array.isArray(node)) {
    const target = child(node, last, path);
    if (target === null || typeof target !== 'object')
      throw new UsageError(`--set ${path}: cannot replace a list item`);
    Object.assign(target, value);
  } else if (node !== null && typeof node === 'object') {
    (node as JsonObject)[last] = value;
  } else {
    throw new UsageError(`--set ${path}: "${last}" is inside a value that is not an object`);
  }
}
