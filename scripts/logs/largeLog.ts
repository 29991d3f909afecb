/**
 * A large queue-ticket log made on the fly, never written to the repository: the
 * synthetic generator run for as many weekdays as `rows` needs, as a stream of CSV
 * byte chunks. For the streaming test and the benchmark.
 */
import { csvLine } from './csvText.ts';
import { queueTicketRows } from './queueTicketLog.ts';

/** Tickets per day of the synthetic branch, rounded up: enough days for `rows`. */
const ROWS_PER_DAY = 350;

export interface LargeLogCounter {
  /** Data rows produced so far. */
  rows: number;
  /** Chunks handed out so far. */
  chunks: number;
}

/**
 * `rows` data rows (the header not counted) in chunks of about `chunkBytes`, counting
 * into `counter` as it goes so a test can see how far the source has got.
 */
export async function* largeTicketLog(
  rows: number,
  counter: LargeLogCounter = { rows: 0, chunks: 0 },
  chunkBytes = 64 * 1024,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = '';
  let header = true;
  for (const cells of queueTicketRows(Math.ceil(rows / ROWS_PER_DAY) + 2, 7)) {
    if (!header) {
      if (counter.rows === rows) break;
      counter.rows++;
    }
    header = false;
    text += `${csvLine(cells)}\n`;
    if (text.length * 1.3 >= chunkBytes) {
      counter.chunks++;
      yield encoder.encode(text);
      text = '';
    }
  }
  counter.chunks++;
  yield encoder.encode(text);
}
