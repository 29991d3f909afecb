import { describe, expect, it } from 'vitest';
import {
  createByteDecoder,
  readLog,
  streamChunks,
  createCsvRowSplitter,
  detectEncoding,
  inspectLog,
} from '../../../src/calibrate/logs/index.ts';
import { encodeGbk } from '../../../scripts/logs/gbk.ts';
import { readAll, utf8 } from './support.ts';

const TEXT = '日期,票号,业务类型,取号时间,状态\n2026-03-02,A001,转账汇款,09:01,过号\n';

function decodeInChunks(bytes: Uint8Array, size: number, stated?: string): string {
  const decoder = createByteDecoder(stated);
  let text = '';
  for (let at = 0; at < bytes.length; at += size)
    text += decoder.push(bytes.subarray(at, at + size));
  return text + decoder.end();
}

describe('encodings', () => {
  it('reads GBK bytes as GB18030, found by the detector', () => {
    const bytes = encodeGbk(TEXT.repeat(20));
    expect(detectEncoding(bytes)).toEqual({
      encoding: 'gb18030',
      bomLength: 0,
      source: 'detector',
    });
    expect(decodeInChunks(bytes, 7)).toBe(TEXT.repeat(20));
  });

  it('prefers GB18030 when the detector scores EUC-KR as high (few distinct characters)', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `2026-03-02,A${i},转账汇款,09:01,过号\n`);
    const bytes = encodeGbk(TEXT.split('\n')[0] + '\n' + lines.join(''));
    expect(detectEncoding(bytes.subarray(0, 65_536))).toMatchObject({ encoding: 'gb18030' });
  });

  it('drops a UTF-8 byte-order mark, also when a GBK file carries one', () => {
    const marked = utf8(`\uFEFF${TEXT}`);
    expect(detectEncoding(marked)).toEqual({ encoding: 'utf-8', bomLength: 3, source: 'bom' });
    expect(decodeInChunks(marked, 5)).toBe(TEXT);
    const gbk = encodeGbk(TEXT.repeat(20));
    const gbkMarked = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]);
    expect(detectEncoding(gbkMarked)).toMatchObject({ encoding: 'gb18030', bomLength: 3 });
    expect(decodeInChunks(gbkMarked, 4096)).toBe(TEXT.repeat(20));
  });

  it('reads UTF-16 by its mark and plain UTF-8 by checking it', () => {
    const units = new Uint16Array([0xfeff, ...[...TEXT].map((char) => char.charCodeAt(0))]);
    const le = new Uint8Array(units.buffer);
    expect(detectEncoding(le)).toEqual({ encoding: 'utf-16le', bomLength: 2, source: 'bom' });
    expect(decodeInChunks(le, 3)).toBe(TEXT);
    expect(detectEncoding(utf8(TEXT))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      source: 'utf-8',
    });
  });

  it('uses a stated encoding, still dropping its mark', () => {
    expect(decodeInChunks(encodeGbk(TEXT), 3, 'gbk')).toBe(TEXT);
    expect(decodeInChunks(utf8(`\uFEFF${TEXT}`), 3, 'utf-8')).toBe(TEXT);
  });

  it('reads a GBK log with a mark to records, the multi-byte characters cut between chunks', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeGbk(TEXT)]);
    for (const size of [1, 2, 3, 64]) {
      const { tickets, result } = await readAll(bytes, {}, size);
      expect(result.ok && result.header).toEqual(['日期', '票号', '业务类型', '取号时间', '状态']);
      expect(tickets).toMatchObject([
        { ticket: 'A001', businessType: '转账汇款', outcome: 'abandoned' },
      ]);
    }
  });
});

describe('CSV rows', () => {
  it('keeps quoted commas, doubled quotes and line breaks across chunk boundaries', () => {
    const text = 'a\tb\tc\r\n1\t"x, ""y"""\t"two\r\nlines"\r\n2\t\t3';
    const rows: string[][] = [];
    const splitter = createCsvRowSplitter((fields) => rows.push(fields));
    for (const char of text) splitter.push(char);
    splitter.end();
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', 'two\r\nlines'],
      ['2', '', '3'],
    ]);
    expect(splitter.delimiter()).toBe('\t');
  });

  it('previews the header, the first rows and the suggested mapping', () => {
    const preview = inspectLog(encodeGbk(TEXT + TEXT.split('\n')[1]!), {
      wholeFile: false,
      rows: 5,
    });
    expect(preview.encoding.encoding).toBe('gb18030');
    expect(preview.header).toEqual(['日期', '票号', '业务类型', '取号时间', '状态']);
    // The sample is not the whole file: its last row may be cut, so it is left out.
    expect(preview.rows).toEqual([['2026-03-02', 'A001', '转账汇款', '09:01', '过号']]);
    expect(preview.suggestion?.kind).toBe('queue');
  });
});

describe('a web stream of bytes', () => {
  it('is read chunk by chunk, and cancelled when the reading stops early', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `2026-03-02,A${i},转账汇款,09:01,过号\n`);
    const bytes = encodeGbk(TEXT.split('\n')[0] + '\n' + lines.join(''));
    let cancelled = false;
    const stream = (): ReadableStream<Uint8Array> => {
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.subarray(at, at + 1000));
          at += 1000;
        },
        cancel() {
          cancelled = true;
        },
      });
    };
    let tickets = 0;
    const whole = await readLog(streamChunks(stream()), {}, { onTicket: () => tickets++ });
    expect(whole.ok && whole.summary.used).toBe(3000);
    expect(tickets).toBe(3000);
    expect(cancelled).toBe(false);
    let chunks = 0;
    const stopped = await readLog(streamChunks(stream()), { shouldStop: () => ++chunks >= 5 }, {});
    expect(stopped.ok).toBe(false); // stopped before the 64 KB that decide the encoding
    expect(cancelled).toBe(true);
  });

  it('cuts a large piece (Chromium gives a File in 2 MB pieces) into 64 KB views, for progress as often as on the command line', async () => {
    const piece = Uint8Array.from({ length: 200 * 1024 }, (_, i) => i % 251);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(piece);
        controller.enqueue(piece.subarray(0, 10));
        controller.close();
      },
    });
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamChunks(stream)) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([65536, 65536, 65536, 8192, 10]);
    const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    expect(joined.subarray(0, piece.length)).toEqual(piece);
    expect(joined.subarray(piece.length)).toEqual(piece.subarray(0, 10));
  });
});
