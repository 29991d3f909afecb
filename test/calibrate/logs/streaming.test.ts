/**
 * Reading a large generated log streams: records come out while the source is still
 * producing, nothing per row is kept, and the counts add up. (Speed and memory figures
 * are the benchmark's: scripts/bench-logs.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readLog } from '../../../src/calibrate/logs/index.ts';
import { largeTicketLog } from '../../../scripts/logs/largeLog.ts';
import type { LargeLogCounter } from '../../../scripts/logs/largeLog.ts';

describe('a 200 000-row log', () => {
  it('is read as it arrives, row by row, without keeping the rows', async () => {
    const ROWS = 200_000;
    const source: LargeLogCounter = { rows: 0, chunks: 0 };
    let records = 0;
    let abandoned = 0;
    let behind = 0; // the most rows the source had produced beyond the records out
    let progressCalls = 0;
    const result = await readLog(
      largeTicketLog(ROWS, source),
      { onProgress: () => progressCalls++ },
      {
        onTicket(ticket) {
          records++;
          if (ticket.outcome === 'abandoned') abandoned++;
          behind = Math.max(behind, source.rows - records);
        },
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(records).toBe(ROWS);
    expect(result.summary).toMatchObject({ rows: ROWS, used: ROWS, skipped: 0, reasons: [] });
    expect(abandoned).toBeGreaterThan(0);
    // Records follow the source within a few chunks (the first 64 KB are held to find
    // the encoding): the reader never had more than a few thousand rows in hand.
    expect(source.chunks).toBeGreaterThan(100);
    expect(behind).toBeLessThan(5_000);
    expect(progressCalls).toBe(source.chunks);
  }, 120_000);

  it('stops when asked, with what it had read', async () => {
    let chunks = 0;
    const result = await readLog(largeTicketLog(200_000), { shouldStop: () => ++chunks >= 10 }, {});
    expect(result.ok && result.stopped).toBe(true);
    expect(result.ok && result.summary.rows).toBeLessThan(20_000);
  }, 60_000);
});
