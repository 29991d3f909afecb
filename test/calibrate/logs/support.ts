/** Helpers for the log reader's tests: bytes as a stream, a reading with everything kept. */
import { readLog } from '../../../src/calibrate/logs/index.ts';
import type {
  ActivityRecord,
  ReadLogResult,
  ReadLogSettings,
  RowIssue,
  TicketRecord,
} from '../../../src/calibrate/logs/index.ts';

/** `bytes` as a stream of chunks of `size` bytes (cutting characters and rows anywhere). */
export async function* chunked(bytes: Uint8Array, size = 65_536): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export interface Reading {
  result: ReadLogResult;
  tickets: TicketRecord[];
  activities: ActivityRecord[];
  issues: RowIssue[];
}

export async function readAll(
  bytes: Uint8Array,
  settings: ReadLogSettings = {},
  chunkSize?: number,
): Promise<Reading> {
  const reading: Omit<Reading, 'result'> = { tickets: [], activities: [], issues: [] };
  const result = await readLog(chunked(bytes, chunkSize), settings, {
    onTicket: (record) => reading.tickets.push(record),
    onActivity: (record) => reading.activities.push(record),
    onIssue: (issue) => reading.issues.push(issue),
  });
  return { ...reading, result };
}

/** A queue log with the usual Chinese header and the given data lines. */
export function ticketCsv(...lines: string[]): Uint8Array {
  const header = '日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,柜员号,状态';
  return utf8([header, ...lines].join('\n') + '\n');
}
