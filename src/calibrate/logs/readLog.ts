/**
 * A whole log from its bytes: decoding, CSV, the header, the mapping and the rows, as
 * the bytes arrive (from a Node file stream, a browser File's stream, a test's array).
 * Memory stays that of one chunk plus the reader's (logReader.ts), however long the log.
 * Progress and cancellation come in as callbacks, checked once a chunk.
 */
import { createCsvRowSplitter } from './csvRows.ts';
import type { DetectedEncoding } from './encoding.ts';
import type { LogKind } from './fields.ts';
import type { ColumnMapping, MappingSuggestion } from './headers.ts';
import { MAX_HEADER_ROW, couldBeHeader, headerNames, mappingFor } from './headerRow.ts';
import type { HeaderMapping } from './headerRow.ts';
import { createLogReader } from './logReader.ts';
import type { LogReader, ReadOptions, RecordHandlers } from './logReader.ts';
import type { LogMap, MapProblem } from './mapping.ts';
import type { LogSummary } from './summary.ts';
import { createByteDecoder } from './textDecoding.ts';
import { zoneClock } from './timeZone.ts';

export interface ReadLogSettings extends ReadOptions {
  /** The user's confirmed map; without it, the mapping suggested from the header. */
  map?: LogMap;
  /** Without a map: read the log as this kind instead of the kind its header suggests. */
  kind?: LogKind;
  /** The bytes' encoding when the user states it (the map's `encoding` wins); else detected. */
  encoding?: string;
  /** Bytes consumed so far, once a chunk. */
  onProgress?(bytes: number): void;
  /** Polled once a chunk: true stops the reading (the result says `stopped`). */
  shouldStop?(): boolean;
}

export type ReadLogResult =
  | {
      ok: true;
      encoding: DetectedEncoding;
      header: string[];
      /** The header's row in the file (1 unless title rows come before it). */
      headerRow: number;
      mapping: ColumnMapping;
      summary: LogSummary;
      stopped: boolean;
    }
  | {
      ok: false;
      encoding: DetectedEncoding | undefined;
      header: string[];
      /** The suggestion for the header, for the user to start a map from. */
      suggestion: MappingSuggestion | undefined;
      problems: MapProblem[];
    };

/** Reads the log in `source` to the end (or until stopped), records to `handlers`. */
export async function readLog(
  source: AsyncIterable<Uint8Array>,
  settings: ReadLogSettings,
  handlers: RecordHandlers,
): Promise<ReadLogResult> {
  const options: ReadOptions = {
    timeZone: settings.map?.timeZone ?? settings.timeZone,
    dateOrder: settings.map?.dateOrder ?? settings.dateOrder,
    outcomes: { ...settings.outcomes, ...settings.map?.outcomes },
  };
  const encodingName = settings.map?.encoding ?? settings.encoding;
  const zone = options.timeZone;
  const early: MapProblem[] = [];
  if (zone !== undefined && zoneClock(zone) === undefined) {
    early.push({ path: '$.timeZone', code: 'bad-time-zone', params: { zone } });
  }
  let decoder;
  try {
    decoder = createByteDecoder(encodingName);
  } catch {
    early.push({
      path: '$.encoding',
      code: 'bad-encoding',
      params: { encoding: encodingName ?? '' },
    });
  }
  if (decoder === undefined || early.length > 0) {
    return { ok: false, encoding: undefined, header: [], suggestion: undefined, problems: early };
  }

  let header: string[] | undefined;
  let headerRow = 0;
  let reader: LogReader | undefined;
  let mapping: ColumnMapping | undefined;
  let firstTry:
    { header: string[]; found: Exclude<HeaderMapping, { mapping: unknown }> } | undefined;
  let failed = false;
  const splitter = createCsvRowSplitter((fields, quotesBroken) => {
    if (reader !== undefined) {
      reader.pushRow(fields, quotesBroken);
      return;
    }
    if (failed) return;
    headerRow++;
    const names = headerNames(fields);
    const found = mappingFor(names, settings);
    if ('mapping' in found && couldBeHeader(names)) {
      header = names;
      mapping = found.mapping;
      reader = createLogReader(header, mapping, options, handlers, headerRow);
      return;
    }
    if (!('mapping' in found)) firstTry ??= { header: names, found };
    if (headerRow >= MAX_HEADER_ROW) failed = true;
  });

  let bytes = 0;
  let stopped = false;
  for await (const chunk of source) {
    bytes += chunk.length;
    splitter.push(decoder.push(chunk));
    settings.onProgress?.(bytes);
    if (failed) break;
    if (settings.shouldStop?.() === true) {
      stopped = true;
      break;
    }
  }
  if (!stopped && !failed) {
    splitter.push(decoder.end());
    splitter.end();
  }
  const encoding = decoder.encoding();
  if (reader === undefined || header === undefined || mapping === undefined) {
    if (firstTry === undefined) {
      const problem: MapProblem = { path: '$', code: 'no-header', params: {} };
      return { ok: false, encoding, header: [], suggestion: undefined, problems: [problem] };
    }
    const { found } = firstTry;
    return {
      ok: false,
      encoding,
      header: firstTry.header,
      suggestion: found.suggestion,
      problems: found.problems,
    };
  }
  return {
    ok: true,
    encoding: encoding!,
    header,
    headerRow,
    mapping,
    summary: reader.summary(),
    stopped,
  };
}
