/**
 * Reads a blueprint file for the command line, turning every way it can go wrong
 * (missing, a directory, huge, binary) into one plain sentence instead of a stack trace.
 */
import { open, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../model/index.ts';

export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): InputResult {
  // NUL never occurs in a text file; invalid UTF-8 means some other encoding or binary.
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, reason: 'is a binary file, not a JSON text file' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'is not UTF-8 text (save it as UTF-8 JSON)' };
  }
}

/** A file-system error as a plain phrase («no such file»), for any command that reads files. */
export function explainReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function tooLarge(bytes: number): InputResult {
  return {
    ok: false,
    reason: `is ${(bytes / 1048576).toFixed(1)} MB; blueprint files are limited to ${MAX_FILE_BYTES / 1048576} MB`,
  };
}

export async function readBlueprintFile(path: string): Promise<InputResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (info.size > MAX_FILE_BYTES) return tooLarge(info.size);
    const handle = await open(path, 'r');
    try {
      return decode(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: explainReadError(error) };
  }
}

/** Reads standard input ("-"), stopping as soon as it exceeds the size limit. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<InputResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes =
      typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += bytes.length;
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return decode(all);
}
