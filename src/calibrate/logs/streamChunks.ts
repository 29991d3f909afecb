/**
 * The chunks of a web ReadableStream (a browser File's `stream()`, a fetch body, Node's
 * web streams) as the async iterable `readLog` takes. Not every browser iterates a
 * ReadableStream with `for await` yet, so this reads it through its reader. The stream's
 * type is declared by the little this uses: the pure core has no DOM types.
 */
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
      if (value !== undefined && value.length > 0) yield value;
    }
  } finally {
    // Left early (the reading stopped or failed): tell the source it is not wanted.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
