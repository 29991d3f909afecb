/**
 * Reading a branch log file for the command line: the Node side of
 * src/calibrate/logs (a file streamed in 64 KB chunks into the pure reader), the first
 * look at a file for the mapping, and the map file given with --map. Every way a file
 * can fail to open becomes one plain sentence, as for blueprint files.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { inspectLog, parseLogMap, readLog } from '../calibrate/logs/index.ts';
import type {
  LogMap,
  LogPreview,
  ReadLogResult,
  ReadLogSettings,
  RecordHandlers,
} from '../calibrate/logs/index.ts';
import { SNIFF_BYTES } from '../calibrate/logs/index.ts';
import { explainReadError } from './readInput.ts';

export type FileResult<T> = { ok: true; value: T } | { ok: false; reason: string };

async function regularFile(path: string): Promise<FileResult<number>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    return { ok: true, value: info.size };
  } catch (error) {
    return { ok: false, reason: explainReadError(error) };
  }
}

/**
 * Streams the file at `path` in 64 KB chunks into `consume`, which gets its size too.
 * Failing to open or read the file is a plain sentence; anything else goes on up.
 */
export async function streamLogFile<T>(
  path: string,
  consume: (chunks: AsyncIterable<Uint8Array>, size: number) => Promise<T>,
): Promise<FileResult<T>> {
  const file = await regularFile(path);
  if (!file.ok) return file;
  const stream = createReadStream(path, { highWaterMark: SNIFF_BYTES });
  try {
    return { ok: true, value: await consume(stream, file.value) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error; // not the file system: a bug, for the caller to report
    return { ok: false, reason: explainReadError(error) };
  } finally {
    stream.destroy();
  }
}

/**
 * Streams the log at `path` through the reader. `onProgress` gets the bytes read and the
 * file's size. The records go to `handlers` as they are read; nothing else is kept.
 */
export function readLogFile(
  path: string,
  settings: Omit<ReadLogSettings, 'onProgress'> & {
    onProgress?(bytes: number, size: number): void;
  },
  handlers: RecordHandlers,
): Promise<FileResult<ReadLogResult>> {
  return streamLogFile(path, (chunks, size) =>
    readLog(
      chunks,
      { ...settings, onProgress: (bytes) => settings.onProgress?.(bytes, size) },
      handlers,
    ),
  );
}

/** The first look at the log at `path`: encoding, header, a few rows, the suggested mapping. */
export async function previewLogFile(
  path: string,
  options: { rows?: number; encoding?: string } = {},
): Promise<FileResult<LogPreview>> {
  const file = await regularFile(path);
  if (!file.ok) return file;
  try {
    const handle = await open(path, 'r');
    try {
      const sample = new Uint8Array(Math.min(file.value, SNIFF_BYTES));
      const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
      const wholeFile = bytesRead >= file.value;
      return {
        ok: true,
        value: inspectLog(sample.subarray(0, bytesRead), { ...options, wholeFile }),
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: error.message };
    return { ok: false, reason: explainReadError(error) };
  }
}

/** The map file given with --map: JSON in the shape of docs/calibration-logs.md. */
export async function readLogMapFile(path: string): Promise<FileResult<LogMap>> {
  const file = await regularFile(path);
  if (!file.ok) return file;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError)
      return { ok: false, reason: `is not JSON (${error.message})` };
    return { ok: false, reason: explainReadError(error) };
  }
  const parsed = parseLogMap(value);
  if (parsed.ok) return { ok: true, value: parsed.map };
  return { ok: false, reason: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
}
