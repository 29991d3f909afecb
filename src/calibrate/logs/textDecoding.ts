/**
 * Bytes in, text out, chunk by chunk: the first 64 KB are held until the encoding is
 * decided (encoding.ts, or the user's stated one); a byte-order mark is dropped; a
 * character cut between two chunks is completed by the next (TextDecoder's stream mode).
 */
import { decoderLabel, detectEncoding } from './encoding.ts';
import type { DetectedEncoding } from './encoding.ts';
import { WebTextDecoder } from './webTextDecoder.ts';

export const SNIFF_BYTES = 64 * 1024;

export interface ByteDecoder {
  push(bytes: Uint8Array): string;
  end(): string;
  /** The encoding, once decided (after SNIFF_BYTES or at the end). */
  encoding(): DetectedEncoding | undefined;
}

const MARKS: Record<string, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** The length of `encoding`'s byte-order mark when `bytes` open with it, else 0. */
function markLength(bytes: Uint8Array, encoding: string): number {
  const mark = MARKS[encoding];
  if (mark === undefined || bytes.length < mark.length) return 0;
  return mark.every((byte, i) => bytes[i] === byte) ? mark.length : 0;
}

/** Throws a RangeError when `stated` is not an encoding TextDecoder knows. */
export function createByteDecoder(stated?: string): ByteDecoder {
  const statedLabel = stated === undefined ? undefined : decoderLabel(stated);
  if (stated !== undefined && statedLabel === undefined) {
    throw new RangeError(`unknown encoding: ${stated}`);
  }
  let detected: DetectedEncoding | undefined;
  let decoder: WebTextDecoder | undefined;
  let held: Uint8Array[] = [];
  let heldLength = 0;

  const start = (): string => {
    const bytes = new Uint8Array(heldLength);
    let at = 0;
    for (const part of held) {
      bytes.set(part, at);
      at += part.length;
    }
    held = [];
    detected =
      statedLabel === undefined
        ? detectEncoding(bytes)
        : { encoding: statedLabel, bomLength: markLength(bytes, statedLabel), source: 'stated' };
    decoder = new WebTextDecoder(detected.encoding, { ignoreBOM: true });
    return decoder.decode(bytes.subarray(detected.bomLength), { stream: true });
  };

  return {
    push(bytes) {
      if (decoder !== undefined) return decoder.decode(bytes, { stream: true });
      held.push(bytes);
      heldLength += bytes.length;
      return heldLength >= SNIFF_BYTES ? start() : '';
    },
    end() {
      const text = decoder === undefined ? start() : '';
      return text + decoder!.decode();
    },
    encoding: () => detected,
  };
}
