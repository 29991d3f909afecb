/**
 * A whole log from its bytes: decoding, CSV, the header, the mapping and the rows, as
 * the bytes arrive (from a Node file stream, a browser File's stream, a test's array).
 * Memory stays that of one chunk plus the reader's (logReader.ts), however long the log.
 * Progress and cancellation come in as callbacks, checked once a chunk.
 */
import { createCsvRowSplitter } from './csvRows.ts';
import type { DetectedEncoding } from './encoding.ts';
import type { LogKind } from './fields.ts';
import { suggestMapping, suggestMappingFor } from './headers.ts';
import type { ColumnMapping, MappingSuggestion } from './headers.ts';
import { createLogReader } from './logReader.ts';
import type { LogReader, ReadOptions, RecordHandlers } from './logReader.ts';
import { resolveLogMap } from './mapping.ts';
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

function mappingFor(
  header: string[],
  settings: ReadLogSettings,
): { mapping: ColumnMapping } | { problems: MapProblem[]; suggestion: MappingSuggestion } {
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
  let reader: LogReader | undefined;
  let mapping: ColumnMapping | undefined;
  let failed: { problems: MapProblem[]; suggestion: MappingSuggestion } | undefined;
  const splitter = createCsvRowSplitter((fields, quotesBroken) => {
    if (failed !== undefined) return;
    if (header === undefined) {
      header = fields.map((name) => name.replace(/^\uFEFF/, ''));
      const found = mappingFor(header, settings);
      if ('problems' in found) failed = found;
      else {
        mapping = found.mapping;
        reader = createLogReader(header, mapping, options, handlers);
      }
      return;
    }
    reader!.pushRow(fields, quotesBroken);
  });

  let bytes = 0;
  let stopped = false;
  for await (const chunk of source) {
    bytes += chunk.length;
    splitter.push(decoder.push(chunk));
    settings.onProgress?.(bytes);
    if (failed !== undefined) break;
    if (settings.shouldStop?.() === true) {
      stopped = true;
      break;
    }
  }
  if (!stopped && failed === undefined) {
    splitter.push(decoder.end());
    splitter.end();
  }
  const encoding = decoder.encoding();
  if (header === undefined) {
    const problem: MapProblem = { path: '$', code: 'no-header', params: {} };
    return { ok: false, encoding, header: [], suggestion: undefined, problems: [problem] };
  }
  if (failed !== undefined || reader === undefined || mapping === undefined) {
    return {
      ok: false,
      encoding,
      header,
      suggestion: failed?.suggestion,
      problems: failed?.problems ?? [],
    };
  }
  return { ok: true, encoding: encoding!, header, mapping, summary: reader.summary(), stopped };
}
