/**
 * Finding the header row. Bank reports often open with a title, the branch or the period
 * above the header («XX支行排队明细表», «统计日期：2026-03-01 至 2026-03-31»): the header is
 * the first of the top MAX_HEADER_ROW rows that the map (or, without one, the suggested
 * mapping) can read; when none can, the first row's problems are the ones reported.
 */
import type { LogKind } from './fields.ts';
import { suggestMapping, suggestMappingFor } from './headers.ts';
import type { ColumnMapping, MappingSuggestion } from './headers.ts';
import { resolveLogMap } from './mapping.ts';
import type { LogMap, MapProblem } from './mapping.ts';

/** How many rows at the top of a file may be the header. */
export const MAX_HEADER_ROW = 10;

export type HeaderMapping =
  { mapping: ColumnMapping } | { problems: MapProblem[]; suggestion: MappingSuggestion };

/**
 * Whether a row can be a header at all: two names or more, filling at least half its
 * cells. A title padded with empty cells («城东支行排队明细表,,,,,») cannot, even when a
 * map names columns by number.
 */
export function couldBeHeader(names: readonly string[]): boolean {
  const named = names.filter((name) => name.trim() !== '').length;
  return named >= 2 && named * 2 >= names.length;
}

/** A header row's cells as names: a byte-order mark left by a tool dropped. */
export function headerNames(fields: readonly string[]): string[] {
  return fields.map((name) => name.replace(/^\uFEFF/, ''));
}

export function mappingFor(
  header: readonly string[],
  settings: { map?: LogMap; kind?: LogKind },
): HeaderMapping {
  const suggestion =
    settings.kind === undefined ? suggestMapping(header) : suggestMappingFor(header, settings.kind);
  if (settings.map !== undefined) {
    const resolved = resolveLogMap(settings.map, header);
    return resolved.ok
      ? { mapping: resolved.mapping }
      : { problems: resolved.problems, suggestion };
  }
  if (suggestion.missing.length > 0) {
    const problems = suggestion.missing.map((field) => ({
      path: '$.columns',
      code: 'missing-required' as const,
      params: { field, kind: suggestion.kind },
    }));
    return { problems, suggestion };
  }
  return { mapping: { kind: suggestion.kind, columns: suggestion.columns } };
}
