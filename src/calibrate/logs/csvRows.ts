// The declaration must come along wherever this file is imported (core, CLI, app, tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./papaparse.d.ts" />
/**
 * Text in, CSV rows out, one chunk at a time, with Papa Parse doing the CSV: quotes,
 * doubled quotes, line breaks inside quotes, the delimiter (comma, tab, semicolon, |)
 * and the line ending, both guessed from the first chunk, which is therefore held until
 * it has FIRST_CHUNK characters (or the text ends). A row split between two chunks is
 * kept until the next one. Papa Parse reads Node-style streams chunk by
 * chunk; `source` is the smallest such object, so the same code runs in a browser, a
 * worker and Node, and each chunk's rows come out before `push` returns.
 */
import Papa from 'papaparse';
import type { PapaReadable } from 'papaparse';

/** Enough text for Papa Parse to guess the delimiter and line ending from many rows. */
const FIRST_CHUNK = 16 * 1024;

export interface CsvRowSplitter {
  push(text: string): void;
  /** Parses the text held for guessing, if any, without ending: a cut last row stays held. */
  flush(): void;
  /** The last row (one without a line break after it), then no more. */
  end(): void;
  /** The delimiter found, once the first row is out. */
  delimiter(): string | undefined;
}

/** `onRow` gets each row's cells and whether its quotes were malformed. */
export function createCsvRowSplitter(
  onRow: (fields: string[], quotesBroken: boolean) => void,
  options: { delimiter?: string } = {},
): CsvRowSplitter {
  type Listener = (chunk?: unknown) => void;
  const listeners = new Map<string, Listener>();
  const source: PapaReadable = {
    readable: true,
    read() {},
    on(event, listener) {
      listeners.set(event, listener);
    },
    removeListener(event) {
      listeners.delete(event);
    },
    pause() {},
    resume() {},
  };
  let delimiter: string | undefined;
  let failure: unknown;
  Papa.parse(source, {
    delimiter: options.delimiter ?? '',
    header: false,
    skipEmptyLines: false,
    step(results) {
      delimiter ??= results.meta.delimiter;
      onRow(
        results.data,
        results.errors.some((error) => error.type === 'Quotes'),
      );
    },
    error(error) {
      failure = error;
    },
  });
  const rethrow = (): void => {
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error(String(failure));
  };
  let ended = false;
  let opening: string | undefined = '';
  const feed = (text: string): void => {
    if (text !== '') listeners.get('data')?.(text);
    rethrow();
  };
  return {
    push(text) {
      if (ended) throw new Error('push after end');
      if (opening === undefined) return feed(text);
      opening += text;
      if (opening.length < FIRST_CHUNK) return;
      const first = opening;
      opening = undefined;
      feed(first);
    },
    flush() {
      if (opening === undefined) return;
      const first = opening;
      opening = undefined;
      feed(first);
    },
    end() {
      if (ended) return;
      ended = true;
      if (opening !== undefined) feed(opening);
      opening = undefined;
      listeners.get('end')?.();
      rethrow();
    },
    delimiter: () => delimiter,
  };
}
