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
import { createByteDecoder } from './textDecoding.ts';

export interface LogPreview {
  encoding: DetectedEncoding;
  /** The delimiter Papa Parse found (',', '\t', ';', '|'). */
  delimiter: string | undefined;
  header: string[];
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
    if (found.length <= limit + 1) found.push(fields);
  });
  splitter.push(decoder.push(sample));
  splitter.push(decoder.end());
  // Without the file's end the last row may be cut: only a complete file ends it.
  if (options.wholeFile) splitter.end();
  else splitter.flush();
  const [first, ...rest] = found;
  const header = (first ?? []).map((name) => name.replace(/^\uFEFF/, ''));
  let suggestion: MappingSuggestion | undefined;
  if (first !== undefined) {
    suggestion =
      options.kind === undefined ? suggestMapping(header) : suggestMappingFor(header, options.kind);
  }
  return {
    encoding: decoder.encoding()!,
    delimiter: splitter.delimiter(),
    header,
    rows: rest.slice(0, limit),
    suggestion,
  };
}
