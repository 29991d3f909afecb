/**
 * A first look at a log from its opening bytes, before anything is read in full: the
 * encoding, the header, a few rows and the suggested mapping, for the user to confirm
 * (the app's dialog, `calibrate` without --map).
 */
import { createCsvRowSplitter } from './csvRows.ts';
import type { DetectedEncoding } from './encoding.ts';
import type { LogKind } from './fields.ts';
import { suggestMapping, suggestMappingFor } from './headers.ts';
import type { MappingSuggestion } from './headers.ts';
import { MAX_HEADER_ROW, couldBeHeader, headerNames } from './headerRow.ts';
import { createByteDecoder } from './textDecoding.ts';

export interface LogPreview {
  encoding: DetectedEncoding;
  /** The delimiter Papa Parse found (',', '\t', ';', '|'). */
  delimiter: string | undefined;
  header: string[];
  /** The header's row in the file: the first of the top rows whose suggested mapping
   * has the required fields (title rows above it), else 1. */
  headerRow: number;
  /** The first data rows, at most `rows` of them. */
  rows: string[][];
  /** undefined when the sample holds no header. */
  suggestion: MappingSuggestion | undefined;
}

/**
 * `sample`: the log's first bytes; `wholeFile` when they are all of it (else the last,
 * perhaps cut, row is left out). Throws a RangeError on an `encoding` TextDecoder does
 * not know.
 */
export function inspectLog(
  sample: Uint8Array,
  options: { wholeFile: boolean; rows?: number; encoding?: string; kind?: LogKind },
): LogPreview {
  const limit = options.rows ?? 20;
  const decoder = createByteDecoder(options.encoding);
  const found: string[][] = [];
  const splitter = createCsvRowSplitter((fields) => {
    if (found.length <= limit + MAX_HEADER_ROW) found.push(fields);
  });
  splitter.push(decoder.push(sample));
  splitter.push(decoder.end());
  // Without the file's end the last row may be cut: only a complete file ends it.
  if (options.wholeFile) splitter.end();
  else splitter.flush();
  const suggest = (names: string[]): MappingSuggestion =>
    options.kind === undefined ? suggestMapping(names) : suggestMappingFor(names, options.kind);
  let index = found.slice(0, MAX_HEADER_ROW).findIndex((fields) => {
    const names = headerNames(fields);
    return couldBeHeader(names) && suggest(names).missing.length === 0;
  });
  if (index < 0) index = 0;
  const first = found[index];
  const header = headerNames(first ?? []);
  return {
    encoding: decoder.encoding()!,
    delimiter: splitter.delimiter(),
    header,
    headerRow: index + 1,
    rows: found.slice(index + 1, index + 1 + limit),
    suggestion: first === undefined ? undefined : suggest(header),
  };
}
