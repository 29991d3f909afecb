/**
 * The million-row queue-ticket log of the calibration measurements (`npm run
 * bench:calibrate`, scripts/measure-calibrate-browser.ts), its map file, and the child
 * process that times the command line on it (scripts/benchCalibrateChild.ts): shared so
 * that the browser's figures and the command line's are taken on the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, statSync, writeFileSync } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { csvLine } from './csvText.ts';
import { queueTicketRows } from './queueTicketLog.ts';

/** Tickets a day of the synthetic branch, rounded down: days enough for the rows. */
const ROWS_PER_DAY = 340;
/** Each generated ticket is written this many times (ten branches' worth a day). */
export const COPIES = 10;
const SEED = 7;
const root = fileURLToPath(new URL('../../', import.meta.url));
const child = fileURLToPath(new URL('../benchCalibrateChild.ts', import.meta.url));

/** The days `rows` rows of `copies` copies need, with two to spare. */
export function daysFor(rows: number, copies: number): number {
  return Math.ceil(rows / copies / ROWS_PER_DAY) + 2;
}

/** `rows` data rows over `days` days, each generated ticket `copies` times, as CSV lines. */
export function* ticketLines(rows: number, days: number, copies: number): Generator<string> {
  let written = -1; // the header is not a row
  for (const cells of queueTicketRows(days, SEED)) {
    if (written < 0) {
      yield `${csvLine(cells)}\n`;
      written = 0;
      continue;
    }
    for (let copy = 0; copy < copies && written < rows; copy++, written++) {
      const [date, ticket, type, ...rest] = cells;
      const copied = copy === 0 ? cells : [date!, `${ticket}-${copy}`, type!, ...rest];
      if (copy > 0 && copied[7] !== '') copied[7] = `${copy}-${copied[7]}`; // the window
      yield `${csvLine(copied)}\n`;
    }
    if (written >= rows) return;
  }
  throw new Error(`the generator gave fewer than ${rows} rows in ${days} days`);
}

/** Writes the lines to `path`; its size in bytes. */
export async function writeLog(path: string, lines: Iterable<string>): Promise<number> {
  await pipeline(Readable.from(lines), createWriteStream(path) as Writable);
  return statSync(path).size;
}

/** Writes the log's map file (its columns, 存款 served at the deposit's counter) to `path`. */
export function writeLogMap(path: string): void {
  writeFileSync(
    path,
    JSON.stringify({
      kind: 'queue',
      columns: {
        ticket: '票号',
        date: '日期',
        businessType: '业务类型',
        ticketTime: '取号时间',
        callTime: '叫号时间',
        startTime: '开始办理时间',
        endTime: '办结时间',
        window: '窗口号',
        teller: '柜员号',
        outcome: '状态',
      },
      steps: { 存款: 'c-hand-over' },
    }),
  );
}

export interface ChildFigures {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMB: number;
  heapMBAtTenth: number;
  heapMBAtEnd: number;
}

/** One job of scripts/benchCalibrateChild.ts in a process of its own, and its figures. */
export function measureChild(args: string[]): ChildFigures {
  const flags = args[0] === 'heap' ? ['--expose-gc'] : [];
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', child, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}
