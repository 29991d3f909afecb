/**
 * `npm run bench:logs`: how fast a large queue-ticket log is read, and that the reader's
 * memory does not grow with the rows. A measurement, not a test: it prints one figure a
 * line as `name value unit` and exits 0.
 *
 *   tsx scripts/bench-logs.ts [--rows 1000000]
 *
 * The log is the synthetic ticket generator run for as many days as needed
 * (scripts/logs/largeLog.ts), written to a temporary file first (not timed) and deleted
 * after. The reading is the command line's: a file stream into the pure reader, every
 * record counted and dropped. The heap is measured after a full GC once a tenth of the
 * rows is read and again at the end.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { readLogFile } from '../src/cli/readLog.ts';
import { largeTicketLog } from './logs/largeLog.ts';

declare const gc: (() => void) | undefined;

if (typeof gc !== 'function') {
  // Measuring the heap needs a full collection on demand: run again with --expose-gc.
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1000) {
    console.error(`${name} takes a whole number of at least 1000`);
    process.exit(2);
  }
  return value;
}

function line(name: string, value: number, digits: number, unit: string): void {
  console.log(`${name} ${value.toFixed(digits)} ${unit}`);
}

function heapMB(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1048576;
}

const rows = option('--rows', 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-logs-'));
const path = join(dir, 'tickets.csv');
try {
  await pipeline(largeTicketLog(rows), createWriteStream(path) as Writable);
  const size = statSync(path).size;
  let tickets = 0;
  let heapAtTenth: number | undefined;
  let heapRows = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const read = await readLogFile(
    path,
    {
      onProgress(bytes) {
        if (heapAtTenth === undefined && bytes >= size / 10) {
          heapAtTenth = heapMB();
          heapRows = tickets;
        }
      },
    },
    { onTicket: () => tickets++ },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const heapAtEnd = heapMB();
  if (!read.ok || !read.value.ok) throw new Error('the generated log could not be read');
  const { summary } = read.value;
  if (summary.skipped !== 0 || tickets !== rows) throw new Error('rows were lost');
  line('logs.rows', rows, 0, 'rows');
  line('logs.file_mb', size / 1048576, 1, 'MB');
  line('logs.wall_seconds', seconds, 2, 's');
  // CPU time says what the reading costs when other work shares the machine.
  line('logs.cpu_seconds', (cpu.user + cpu.system) / 1e6, 2, 's');
  line('logs.rows_per_second', rows / seconds, 0, 'rows/s');
  line('logs.mb_per_second', size / 1048576 / seconds, 1, 'MB/s');
  line('logs.heap_mb_early', heapAtTenth ?? NaN, 1, `MB (after ${heapRows} rows)`);
  line('logs.heap_mb_end', heapAtEnd, 1, `MB (after ${rows} rows)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
