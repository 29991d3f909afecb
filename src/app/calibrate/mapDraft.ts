/**
 * The map the dialog edits (the shape of a map file, docs/calibration-logs.md): where it
 * starts from after a read, and each change the user can make to it. Pure functions of
 * plain data; each returns a new map.
 */
import type { CalibrateLogOutcome, CalibrationFits } from '../../calibrate/index.ts';
import {
  type LogField,
  type LogKind,
  type LogMap,
  logMapOf,
  suggestMappingFor,
} from '../../calibrate/logs/index.ts';

/** The column (0-based) each field of the map is read from in a file with `header`. */
export function columnIndexOf(ref: string | number | undefined, header: readonly string[]) {
  if (ref === undefined) return undefined;
  if (typeof ref === 'number') return ref - 1 < header.length ? ref - 1 : undefined;
  const index = header.findIndex((name) => name.trim() === ref.trim());
  return index < 0 ? undefined : index;
}

/**
 * The map a read stands for: the columns it used (or, when it could not read the file,
 * the header's suggestion), with the names' steps and classes and the pool as `previous`
 * had them. Undefined when the file has no header to map.
 */
export function mapOfRead(outcome: CalibrateLogOutcome, previous?: LogMap): LogMap | undefined {
  const { read } = outcome;
  const base = read.ok
    ? logMapOf({ ...read.mapping, matches: [], unmatched: [], missing: [] }, read.header)
    : read.suggestion === undefined
      ? undefined
      : logMapOf(read.suggestion, read.header);
  if (base === undefined) return undefined;
  return { ...previous, kind: base.kind, columns: base.columns };
}

/** The map with `field` read from column `column` (0-based), or from none. */
export function withColumn(
  map: LogMap,
  header: readonly string[],
  field: LogField,
  column: number | undefined,
): LogMap {
  const columns = { ...map.columns };
  // One column feeds one field: taking it here frees it from the field that had it.
  for (const [other, ref] of Object.entries(columns))
    if (column !== undefined && columnIndexOf(ref, header) === column)
      Reflect.deleteProperty(columns, other);
  if (column === undefined) Reflect.deleteProperty(columns, field);
  else columns[field] = nameOrNumber(header, column);
  return { ...map, columns };
}

function nameOrNumber(header: readonly string[], column: number): string | number {
  const name = header[column] ?? '';
  const unique =
    name.trim() !== '' && header.filter((other) => other.trim() === name.trim()).length === 1;
  return unique ? name : column + 1;
}

/** The map read as another kind of log: its columns as the header suggests for that kind. */
export function withKind(map: LogMap, header: readonly string[], kind: LogKind): LogMap {
  const { columns } = logMapOf(suggestMappingFor(header, kind), header);
  return { ...map, kind, columns };
}

/** The map with a business type or activity sent to a step or class (undefined: the blueprint's own match). */
export function withName(
  map: LogMap,
  part: 'steps' | 'classes',
  name: string,
  id: string | undefined,
): LogMap {
  const names: Record<string, string> = { ...map[part] };
  if (id === undefined) Reflect.deleteProperty(names, name);
  else names[name] = id;
  const next: LogMap = { ...map, [part]: names };
  if (Object.keys(names).length === 0) Reflect.deleteProperty(next, part);
  return next;
}

export function withPool(map: LogMap, pool: string | undefined): LogMap {
  const next: LogMap = { ...map };
  if (pool === undefined) delete next.pool;
  else next.pool = pool;
  return next;
}

/** The pool shown for the windows: the map's, else the one the fits found. */
export function poolOf(map: LogMap, fits: CalibrationFits | undefined): string | undefined {
  return map.pool ?? fits?.windows?.pool;
}
