/**
 * `npm run bench:calibrate`: how fast the command line calibrates a million-row
 * queue-ticket log, and that its memory does not grow with the rows. A measurement, not
 * a test: it prints one figure a line as `name value unit` and exits 0.
 *
 *   tsx scripts/bench-calibrate.ts [--rows 1000000]
 *
 * The logs are the synthetic ticket generator's (scripts/logs/queueTicketLog.ts, fixed
 * seed), streamed to temporary files first (not timed) and deleted after:
 *
 * - `rows` rows over the days a tenth of them needs: each generated ticket copied ten
 *   times under other ticket and window numbers (ten branches' worth a day);
 * - a tenth of the rows over the same days, each ticket once: rows grow tenfold, days not;
 * - `rows` rows of one branch, as many days as they need (~2 900): how memory grows with
 *   the days a log covers, which it does (each date keeps its arrival and window counts).
 *
 * Each job runs in a child process of its own (scripts/benchCalibrateChild.ts), for a
 * peak RSS of that job alone: `calibrate` is the command line's path (main()), and the
 * reference is the same file streamed and split into lines, in the same run, so that the
 * ratio of the two holds on any machine where rows/s does not. Times are CPU seconds
 * (process.cpuUsage), which leave out what other jobs on a shared machine took.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COPIES,
  daysFor,
  measureChild as measure,
  ticketLines,
  writeLog,
  writeLogMap,
} from './logs/benchTicketLog.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 10_000) {
    console.error(`${name} takes a whole number of at least 10000`);
    process.exit(2);
  }
  return value;
}

function line(name: string, value: number, digits: number, unit: string): void {
  console.log(`${name} ${value.toFixed(digits)} ${unit}`);
}

const rows = option('--rows', 1_000_000);
const days = daysFor(rows, COPIES);
const dir = mkdtempSync(join(tmpdir(), 'bench-calibrate-'));
try {
  const map = join(dir, 'map.json');
  writeLogMap(map);
  const blueprint = join(root, 'blueprints/counter-deposit.json');
  const full = join(dir, 'full.csv');
  const tenth = join(dir, 'tenth.csv');
  const long = join(dir, 'long.csv');
  const fullMB = (await writeLog(full, ticketLines(rows, days, COPIES))) / 1048576;
  await writeLog(tenth, ticketLines(rows / COPIES, days, 1));
  await writeLog(long, ticketLines(rows, daysFor(rows, 1), 1));

  const reference = measure(['lines', full]);
  const calibrated = measure(['calibrate', full, blueprint, map]);
  const small = measure(['calibrate', tenth, blueprint, map]);
  const longer = measure(['calibrate', long, blueprint, map]);
  const baseline = measure(['lines', tenth]); // a process that reads little: Node's own RSS
  const heap = measure(['heap', full, blueprint, map]);

  line('calibrate.rows', rows, 0, `rows (${days} days, ${fullMB.toFixed(1)} MB)`);
  line('calibrate.cpu_seconds', calibrated.cpuSeconds, 2, 's');
  line('calibrate.wall_seconds', calibrated.wallSeconds, 2, 's');
  line('calibrate.rows_per_cpu_second', rows / calibrated.cpuSeconds, 0, 'rows/s');
  line('calibrate.reference_cpu_seconds', reference.cpuSeconds, 2, 's (read and split lines)');
  line(
    'calibrate.times_reference',
    calibrated.cpuSeconds / reference.cpuSeconds,
    1,
    '× the CPU of reading and splitting the lines',
  );
  line('calibrate.peak_rss_mb_node', baseline.peakRssMB, 1, 'MB (reading a small file)');
  line(
    'calibrate.peak_rss_mb_tenth',
    small.peakRssMB,
    1,
    `MB (${rows / COPIES} rows, ${days} days)`,
  );
  line('calibrate.peak_rss_mb', calibrated.peakRssMB, 1, `MB (${rows} rows, ${days} days)`);
  line(
    'calibrate.peak_rss_mb_long',
    longer.peakRssMB,
    1,
    `MB (${rows} rows, ${daysFor(rows, 1)} days)`,
  );
  line('calibrate.long_cpu_seconds', longer.cpuSeconds, 2, 's');
  line('calibrate.heap_mb_at_tenth', heap.heapMBAtTenth, 1, 'MB (live, after a full GC)');
  line('calibrate.heap_mb_at_end', heap.heapMBAtEnd, 1, `MB (live, after ${rows} rows)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
