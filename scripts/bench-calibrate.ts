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
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { csvLine } from './logs/csvText.ts';
import { queueTicketRows } from './logs/queueTicketLog.ts';

/** Tickets a day of the synthetic branch, rounded down: days enough for the rows. */
const ROWS_PER_DAY = 340;
const COPIES = 10;
const SEED = 7;
const root = fileURLToPath(new URL('../', import.meta.url));
const child = fileURLToPath(new URL('./benchCalibrateChild.ts', import.meta.url));

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

/** `rows` data rows over `days` days, each generated ticket `copies` times, as CSV lines. */
function* ticketLines(rows: number, days: number, copies: number): Generator<string> {
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

async function writeLog(path: string, lines: Iterable<string>): Promise<number> {
  await pipeline(Readable.from(lines), createWriteStream(path) as Writable);
  return statSync(path).size;
}

interface ChildFigures {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMB: number;
  heapMBAtTenth: number;
  heapMBAtEnd: number;
}

function measure(args: string[]): ChildFigures {
  const flags = args[0] === 'heap' ? ['--expose-gc'] : [];
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', child, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

const rows = option('--rows', 1_000_000);
const days = Math.ceil(rows / COPIES / ROWS_PER_DAY) + 2;
const dir = mkdtempSync(join(tmpdir(), 'bench-calibrate-'));
try {
  const map = join(dir, 'map.json');
  writeFileSync(
    map,
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
  const blueprint = join(root, 'blueprints/counter-deposit.json');
  const full = join(dir, 'full.csv');
  const tenth = join(dir, 'tenth.csv');
  const long = join(dir, 'long.csv');
  const fullMB = (await writeLog(full, ticketLines(rows, days, COPIES))) / 1048576;
  await writeLog(tenth, ticketLines(rows / COPIES, days, 1));
  await writeLog(long, ticketLines(rows, Math.ceil(rows / ROWS_PER_DAY) + 2, 1));

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
    `MB (${rows} rows, ${Math.ceil(rows / ROWS_PER_DAY) + 2} days)`,
  );
  line('calibrate.long_cpu_seconds', longer.cpuSeconds, 2, 's');
  line('calibrate.heap_mb_at_tenth', heap.heapMBAtTenth, 1, 'MB (live, after a full GC)');
  line('calibrate.heap_mb_at_end', heap.heapMBAtEnd, 1, `MB (live, after ${rows} rows)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
