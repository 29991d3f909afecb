/**
 * The chunks of a web ReadableStream (a browser File's `stream()`, a fetch body, Node's
 * web streams) as the async iterable `readLog` takes. Not every browser iterates a
 * ReadableStream with `for await` yet, so this reads it through its reader. The stream's
 * type is declared by the little this uses: the pure core has no DOM types.
 *
 * Chromium hands a File's bytes over in pieces of about 2 MB; each is cut here into views
 * of at most SNIFF_BYTES (64 KB, no copy), the command line's chunk size, so that the
 * reader reports its progress (and a caller can stop) as often in the browser as there:
 * a million-row log's bar moved in 2.7 % jumps about half a second apart before.
 */
import { SNIFF_BYTES } from './textDecoding.ts';

export interface ByteStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array }>;
    releaseLock(): void;
    cancel(reason?: unknown): Promise<void>;
  };
}

export async function* streamChunks(stream: ByteStreamLike): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      if (value === undefined) continue;
      for (let at = 0; at < value.length; at += SNIFF_BYTES)
        yield value.subarray(at, Math.min(value.length, at + SNIFF_BYTES));
    }
  } finally {
    // Left early (the reading stopped or failed): tell the source it is not wanted.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
