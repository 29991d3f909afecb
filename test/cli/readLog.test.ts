import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewLogFile, readLogFile, readLogMapFile } from '../../src/cli/readLog.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data', 'logs');

describe('reading a log file from the command line', () => {
  it('streams a file through the reader, with progress up to its size', async () => {
    const path = join(DATA, 'messy-tickets-gbk.csv');
    let last: [number, number] = [0, 0];
    let tickets = 0;
    const read = await readLogFile(
      path,
      { onProgress: (bytes, size) => (last = [bytes, size]) },
      { onTicket: () => tickets++ },
    );
    expect(read.ok && read.value.ok).toBe(true);
    if (!read.ok || !read.value.ok) return;
    expect(read.value.encoding.encoding).toBe('gb18030');
    expect(tickets).toBe(read.value.summary.used);
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBeGreaterThan(1000);
  });

  it('previews a file: header, rows, suggestion', async () => {
    const preview = await previewLogFile(join(DATA, 'counter-deposit-tickets.csv'), { rows: 3 });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.header[3]).toBe('取号时间');
    expect(preview.value.rows).toHaveLength(3);
    expect(preview.value.suggestion?.missing).toEqual([]);
  });

  it('says plainly why a file cannot be read', async () => {
    expect(await readLogFile(join(DATA, 'nope.csv'), {}, {})).toEqual({
      ok: false,
      reason: 'no such file',
    });
    expect(await readLogFile(DATA, {}, {})).toEqual({
      ok: false,
      reason: 'is a directory, not a file',
    });
    expect(await previewLogFile(join(DATA, 'nope.csv'))).toEqual({
      ok: false,
      reason: 'no such file',
    });
  });

  it('reads a map file, or names the place of its problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-map-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({ kind: 'queue', columns: { ticketTime: '取号时间' }, dateOrder: 'dmy' }),
    );
    expect(await readLogMapFile(good)).toEqual({
      ok: true,
      value: { kind: 'queue', columns: { ticketTime: '取号时间' }, dateOrder: 'dmy' },
    });
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ kind: 'queue', columns: { ticketTime: 0 }, dateOrder: 'ymd' }),
    );
    const result = await readLogMapFile(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/\$\.columns\.ticketTime: .*; \$\.dateOrder: /);
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{');
    expect(!(await readLogMapFile(notJson)).ok).toBe(true);
  });
});
