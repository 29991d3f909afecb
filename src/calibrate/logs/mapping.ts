/**
 * The map file (`--map MAP.json`, and what the app's dialog saves): the user's confirmed
 * reading of one export format. Columns are named by their header as the file spells it
 * or by number (1 is the first column), so one map serves every export of the same
 * system. Shape and meaning: docs/calibration-logs.md.
 *
 *   { "kind": "queue",
 *     "columns": { "ticket": "票号", "ticketTime": "取号时间", "outcome": 9 },
 *     "timeZone": "Asia/Shanghai", "dateOrder": "dmy",
 *     "outcomes": { "已处理": "served" } }
 */
import { z } from 'zod';
import { REQUIRED_FIELDS, fieldsOf, isFieldOf } from './fields.ts';
import type { LogField } from './fields.ts';
import type { ColumnMapping, MappingSuggestion } from './headers.ts';
import { normalizeHeader } from './headers.ts';
import { TICKET_OUTCOMES } from './outcomes.ts';
import type { TicketOutcome } from './outcomes.ts';
import type { DateOrder } from './timeValues.ts';
import { zoneClock } from './timeZone.ts';

export const LogMapSchema = z.strictObject({
  kind: z.enum(['queue', 'event']),
  columns: z.record(z.string(), z.union([z.string().min(1), z.int().min(1)])),
  timeZone: z.string().min(1).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  outcomes: z
    .record(z.string(), z.enum(TICKET_OUTCOMES as [TicketOutcome, ...TicketOutcome[]]))
    .optional(),
  encoding: z.string().min(1).optional(),
  // For calibrating a blueprint (src/calibrate/calibrate.ts), not for reading the rows:
  // the log's business types or activities → step ids, business types → class ids, and
  // the pool whose windows the log's services occupy.
  steps: z.record(z.string(), z.string().min(1)).optional(),
  classes: z.record(z.string(), z.string().min(1)).optional(),
  pool: z.string().min(1).optional(),
});

export type LogMap = z.infer<typeof LogMapSchema>;

export type MapProblemCode =
  | 'no-header'
  | 'unknown-field'
  | 'no-such-column'
  | 'column-twice'
  | 'missing-required'
  | 'bad-time-zone'
  | 'bad-encoding';

export interface MapProblem {
  /** Where in the map: a JSON path such as `$.columns.ticketTime`. */
  path: string;
  code: MapProblemCode;
  params: Readonly<Record<string, string>>;
}

export type MapResolution =
  { ok: true; mapping: ColumnMapping } | { ok: false; problems: MapProblem[] };

/** The column `ref` names in `header`: its exact spelling first, then as normalised. */
function columnOf(header: readonly string[], ref: string | number): number | undefined {
  if (typeof ref === 'number') return ref <= header.length ? ref - 1 : undefined;
  const exact = header.findIndex((name) => name.trim() === ref.trim());
  if (exact >= 0) return exact;
  const wanted = normalizeHeader(ref);
  const loose = header.findIndex((name) => normalizeHeader(name) === wanted);
  return loose >= 0 ? loose : undefined;
}

/** The column numbers `map` names in a file with `header`, or every problem found. */
export function resolveLogMap(map: LogMap, header: readonly string[]): MapResolution {
  const problems: MapProblem[] = [];
  const columns: Partial<Record<LogField, number>> = {};
  const fieldAt = new Map<number, LogField>();
  for (const [field, ref] of Object.entries(map.columns)) {
    const path = `$.columns.${field}`;
    if (!isFieldOf(map.kind, field)) {
      const fields = fieldsOf(map.kind).join(', ');
      problems.push({ path, code: 'unknown-field', params: { field, kind: map.kind, fields } });
      continue;
    }
    const column = columnOf(header, ref);
    if (column === undefined) {
      const shown = header.map((name, i) => `${i + 1} ${name}`).join(', ');
      problems.push({
        path,
        code: 'no-such-column',
        params: { column: String(ref), columns: shown },
      });
      continue;
    }
    const other = fieldAt.get(column);
    if (other !== undefined) {
      const params = { column: header[column] ?? String(ref), field, other };
      problems.push({ path, code: 'column-twice', params });
      continue;
    }
    fieldAt.set(column, field);
    columns[field] = column;
  }
  for (const field of REQUIRED_FIELDS[map.kind]) {
    if (map.columns[field] === undefined) {
      problems.push({
        path: '$.columns',
        code: 'missing-required',
        params: { field, kind: map.kind },
      });
    }
  }
  if (map.timeZone !== undefined && zoneClock(map.timeZone) === undefined) {
    problems.push({ path: '$.timeZone', code: 'bad-time-zone', params: { zone: map.timeZone } });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, mapping: { kind: map.kind, columns } };
}

/**
 * The map a suggestion stands for, columns named by their headers, for the user to
 * confirm, edit and save. Settings the suggestion cannot know are added from `extra`.
 */
export function logMapOf(
  suggestion: MappingSuggestion,
  header: readonly string[],
  extra: { timeZone?: string; dateOrder?: DateOrder } = {},
): LogMap {
  const columns: Record<string, string | number> = {};
  for (const field of fieldsOf(suggestion.kind)) {
    const column = suggestion.columns[field];
    if (column === undefined) continue;
    const name = header[column] ?? '';
    // A header that is empty or repeated cannot name its column: use its number.
    const unique =
      name.trim() !== '' && header.filter((other) => other.trim() === name.trim()).length === 1;
    columns[field] = unique ? name : column + 1;
  }
  const map: LogMap = { kind: suggestion.kind, columns };
  if (extra.timeZone !== undefined) map.timeZone = extra.timeZone;
  if (extra.dateOrder !== undefined) map.dateOrder = extra.dateOrder;
  return map;
}

/** A map read from JSON, or its problems with their JSON paths. */
export function parseLogMap(
  value: unknown,
): { ok: true; map: LogMap } | { ok: false; problems: { path: string; message: string }[] } {
  const result = LogMapSchema.safeParse(value);
  if (result.success) return { ok: true, map: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: ['$', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  };
}
