/**
 * Recognising a log's header row: which column holds which field, and whether the file is
 * a queue-ticket log or an event log. The result is only a suggestion, shown to the user
 * to confirm or change (mapping.ts turns the confirmed form into column numbers).
 */
import { EVENT_FIELDS, REQUIRED_FIELDS, TICKET_FIELDS } from './fields.ts';
import type { LogField, LogKind } from './fields.ts';
import { EVENT_HEADERS, TICKET_HEADERS } from './headerSynonyms.ts';

/** Which column (0-based) holds each field of a log of `kind`. */
export interface ColumnMapping {
  kind: LogKind;
  columns: Partial<Record<LogField, number>>;
}

export interface HeaderMatch {
  field: LogField;
  column: number;
  header: string;
  /** `exact`: the header is a known spelling; `contains`: it contains one («客户取号时间»). */
  how: 'exact' | 'contains';
}

export interface MappingSuggestion extends ColumnMapping {
  matches: HeaderMatch[];
  /** Columns that match no field (0-based), in order. */
  unmatched: number[];
  /** Required fields of `kind` that no column matched: the user must map them. */
  missing: LogField[];
}

/**
 * A header as compared with the known spellings: Unicode-compatible forms folded
 * (full-width letters and brackets), a trailing bracketed note dropped («取号时间(时:分)»),
 * lower case, and spaces and the punctuation that joins words removed.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s*[([【][^)\]】]*[)\]】]$/u, '')
    .toLowerCase()
    .replace(/[\s_\-.:/\\·]+/g, '');
}

const SYNONYMS: Record<LogKind, Map<string, LogField>> = {
  queue: synonymMap(TICKET_FIELDS, TICKET_HEADERS),
  event: synonymMap(EVENT_FIELDS, EVENT_HEADERS),
};

function synonymMap<F extends LogField>(
  fields: readonly F[],
  headers: Record<F, readonly string[]>,
): Map<string, LogField> {
  const map = new Map<string, LogField>();
  for (const field of fields) {
    for (const spelling of headers[field]) map.set(normalizeHeader(spelling), field);
  }
  return map;
}

const HAN = /\p{Script=Han}/u;

/**
 * A spelling short enough to turn up inside unrelated headers («end» in «vendor») is
 * only matched exactly: Latin ones under four letters.
 */
function usableInside(spelling: string): boolean {
  return HAN.test(spelling) ? spelling.length >= 2 : spelling.length >= 4;
}

/** The suggested mapping of `header` for a log of `kind`. */
export function suggestMappingFor(header: readonly string[], kind: LogKind): MappingSuggestion {
  const synonyms = SYNONYMS[kind];
  const normalized = header.map(normalizeHeader);
  const columns: Partial<Record<LogField, number>> = {};
  const matches: HeaderMatch[] = [];
  const taken = new Set<number>();
  const assign = (field: LogField, column: number, how: HeaderMatch['how']): void => {
    columns[field] = column;
    taken.add(column);
    matches.push({ field, column, header: header[column] ?? '', how });
  };
  normalized.forEach((name, column) => {
    const field = synonyms.get(name);
    if (field !== undefined && columns[field] === undefined) assign(field, column, 'exact');
  });
  normalized.forEach((name, column) => {
    if (taken.has(column) || name === '') return;
    let best: { field: LogField; length: number } | undefined;
    for (const [spelling, field] of synonyms) {
      if (columns[field] !== undefined || !usableInside(spelling) || !name.includes(spelling)) {
        continue;
      }
      if (best === undefined || spelling.length > best.length) {
        best = { field, length: spelling.length };
      }
    }
    if (best !== undefined) assign(best.field, column, 'contains');
  });
  matches.sort((a, b) => a.column - b.column);
  return {
    kind,
    columns,
    matches,
    unmatched: header.map((_, column) => column).filter((column) => !taken.has(column)),
    missing: REQUIRED_FIELDS[kind].filter((field) => columns[field] === undefined),
  };
}

/**
 * The suggested mapping of `header`, of the kind it fits better: the one with fewer
 * required fields missing, then more columns recognised; a tie is read as a queue log.
 */
export function suggestMapping(header: readonly string[]): MappingSuggestion {
  const queue = suggestMappingFor(header, 'queue');
  const event = suggestMappingFor(header, 'event');
  if (event.missing.length !== queue.missing.length) {
    return event.missing.length < queue.missing.length ? event : queue;
  }
  return event.matches.length > queue.matches.length ? event : queue;
}
