/**
 * The Calibrate dialog reading a million-row queue-ticket log in Chromium: how long until
 * the fits show, whether the progress bar moves all the way, and whether the page stays
 * responsive meanwhile. A measurement, not a test: it prints one figure a line as
 * `name value unit` and exits 0.
 *
 *   npx tsx scripts/measure-calibrate-browser.ts [--rows 1000000] [--url http://localhost:4173]
 *
 * The log is `npm run bench:calibrate`'s (scripts/logs/benchTicketLog.ts: the synthetic
 * generator, each ticket ten times), written to a temporary file and deleted after. The
 * dialog is given the same map file as the command line (columns, 存款 at the counter),
 * then the log through its file picker, as a user would. In the same run the command
 * line calibrates the same file with that map in a process of its own
 * (scripts/benchCalibrateChild.ts), so the ratio of the two holds on any machine. CPU
 * seconds (the browser's: every Chromium process this script started, from /proc) leave
 * out what other jobs on a shared machine took; wall seconds do not.
 *
 * In the page: the progress text's changes (a MutationObserver, page time), when the fits
 * appear, the frame times of the page while the worker reads (requestAnimationFrame) and
 * its long tasks (> 50 ms). Without --url the app is built for production into
 * node_modules/.cache/measure-calibrate-build and served by `vite preview`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import {
  COPIES,
  daysFor,
  measureChild,
  ticketLines,
  writeLog,
  writeLogMap,
} from './logs/benchTicketLog.ts';
import { frameStats, startFrameRecorder, stopFrameRecorder } from './measureSupport.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: { url: { type: 'string' }, rows: { type: 'string', default: '1000000' } },
});
const rows = Number(options.rows);
if (!Number.isInteger(rows) || rows < 10_000) {
  console.error('--rows takes a whole number of at least 10000');
  process.exit(2);
}
/** Long enough for a slow, loaded machine; the figures say how long it really took. */
const FITS_TIMEOUT_MS = 15 * 60_000;

function line(name: string, value: number, digits: number, unit: string): void {
  console.log(`${name} ${value.toFixed(digits)} ${unit}`);
}

/** The processes this script started (Chromium's), each with its CPU ticks and peak RSS. */
function descendants(): { pid: number; ticks: number; peakKB: number; renderer: boolean }[] {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid … utime stime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const ours = new Set([process.pid]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const [pid, parent] of parents)
      if (!ours.has(pid) && ours.has(parent)) {
        ours.add(pid);
        grown = true;
      }
  }
  ours.delete(process.pid);
  return [...ours].flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return [
        {
          pid,
          ticks: ticks.get(pid) ?? 0,
          peakKB: Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0),
          renderer: cmdline.includes('--type=renderer'),
        },
      ];
    } catch {
      return [];
    }
  });
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

function browserCpuTicks(): number {
  return descendants().reduce((sum, process) => sum + process.ticks, 0);
}

/**
 * From now on, records in page time each change of the reading's progress text, when it
 * says "fitting…", and when the read is done (the progress gone, the fits there). Passed
 * as text: tsx would wrap a named function in a helper the page does not have.
 */
async function startDialogRecorder(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__calibrateRecord?.observer.disconnect();
    const record = { progress: [], fittingAt: null, doneAt: null, lastText: null };
    const look = () => {
      const text = document.querySelector('.calibrate-progress__text')?.textContent ?? null;
      if (text !== null && text !== record.lastText) {
        const percent = /(\\d+)\\s*%/.exec(text)?.[1];
        // Every byte read, the text says the fits are being made.
        if (percent === undefined) record.fittingAt ??= performance.now();
        else record.progress.push([performance.now(), Number(percent)]);
      }
      if (text === null && record.lastText !== null && record.doneAt === null
          && document.querySelector('[data-fit="service:c-hand-over"]'))
        record.doneAt = performance.now();
      record.lastText = text;
    };
    record.observer = new MutationObserver(look);
    record.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    window.__calibrateRecord = record;
  })()`);
}

interface DialogRecord {
  progress: [number, number][];
  fittingAt: number | null;
  doneAt: number | null;
}

/** Records long tasks (> 50 ms) from now on, as [start, duration] in page time. */
async function startLongTaskRecorder(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTaskObserver?.disconnect();
    window.__longTasks = [];
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    });
    window.__longTaskObserver.observe({ type: 'longtask', buffered: false });
  })()`);
}

interface ReadFigures {
  seconds: number;
  cpuSeconds: number;
}

/**
 * One read of the log in the dialog, begun by `begin`, measured until the progress is gone
 * and the fits are there; prints its figures under `name`.
 */
async function measureRead(
  page: Page,
  name: string,
  begin: () => Promise<void>,
): Promise<ReadFigures> {
  await startDialogRecorder(page);
  await startLongTaskRecorder(page);
  await startFrameRecorder(page);
  const ticksBefore = browserCpuTicks();
  const startedAt = await page.evaluate(() => performance.now());
  await begin();
  await page.waitForFunction(
    () => (window as unknown as { __calibrateRecord: DialogRecord }).__calibrateRecord.doneAt,
    undefined,
    { timeout: FITS_TIMEOUT_MS, polling: 100 },
  );
  const cpuSeconds = (browserCpuTicks() - ticksBefore) / TICKS_PER_SECOND;
  const frames = frameStats(await stopFrameRecorder(page));
  const record = await page.evaluate(
    () => (window as unknown as { __calibrateRecord: DialogRecord }).__calibrateRecord,
  );
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
  const seconds = (at: number | null | undefined) =>
    at === null || at === undefined ? NaN : (at - startedAt) / 1000;
  const { progress } = record;
  let longestGap = 0;
  for (let i = 1; i < progress.length; i++)
    longestGap = Math.max(longestGap, progress[i]![0] - progress[i - 1]![0]);
  const readEnd = record.fittingAt ?? Infinity;
  const during = tasks.filter(([start]) => start < readEnd).map(([, duration]) => duration);
  const after = tasks.filter(([start]) => start >= readEnd).map(([, duration]) => duration);
  const longest = (durations: number[]) => Math.max(0, ...durations);
  const done = seconds(record.doneAt);

  line(`${name}.seconds_to_fits`, done, 2, 's (wall: begun → progress gone, fits shown)');
  line(`${name}.cpu_seconds`, cpuSeconds, 2, 's (all Chromium processes)');
  line(`${name}.progress_updates`, progress.length, 0, 'changes of the progress text');
  line(`${name}.progress_first_seconds`, seconds(progress[0]?.[0]), 2, 's');
  line(`${name}.progress_last_percent`, progress.at(-1)?.[1] ?? NaN, 0, '% (then “fitting…”)');
  line(`${name}.progress_longest_gap_ms`, longestGap, 0, 'ms between two updates');
  line(
    `${name}.after_read_seconds`,
    done - seconds(record.fittingAt),
    2,
    's (“fitting…” → fits shown: fitting, sending, drawing)',
  );
  line(`${name}.frames`, frames.frames, 0, 'frames drawn meanwhile');
  line(`${name}.frame_p95_ms`, frames.p95, 1, 'ms');
  line(`${name}.frame_max_ms`, frames.max, 1, 'ms');
  line(`${name}.long_tasks_reading`, during.length, 0, 'main-thread tasks > 50 ms while reading');
  line(`${name}.long_task_max_ms_reading`, longest(during), 0, 'ms');
  line(`${name}.long_tasks_fits`, after.length, 0, 'main-thread tasks > 50 ms, fitting → shown');
  line(`${name}.long_task_max_ms_fits`, longest(after), 0, 'ms');
  return { seconds: done, cpuSeconds };
}

async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = join(root, 'node_modules/.cache/measure-calibrate-build');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4194, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local address');
  return { url, close: () => server.close() };
}

const days = daysFor(rows, COPIES);
const dir = mkdtempSync(join(tmpdir(), 'measure-calibrate-browser-'));
let closeServer: (() => Promise<void>) | undefined;
try {
  const log = join(dir, 'tickets.csv');
  const map = join(dir, 'tickets.map.json');
  writeLogMap(map);
  const megabytes = (await writeLog(log, ticketLines(rows, days, COPIES))) / 1048576;
  const blueprint = join(root, 'blueprints/counter-deposit.json');

  // The command line on the same file, first, alone.
  const cli = measureChild(['calibrate', log, blueprint, map]);

  let url = options.url;
  if (url === undefined) {
    const served = await serveBuild();
    url = served.url;
    closeServer = served.close;
  }
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    await page.getByRole('button', { name: 'Calibrate…' }).click();
    await page.getByTestId('calibrate-map-input').setInputFiles(map);
    await page.getByRole('button', { name: 'Save the map file' }).waitFor();

    line('browser.rows', rows, 0, `rows (${megabytes.toFixed(1)} MB)`);
    const first = await measureRead(page, 'browser', () =>
      page.getByTestId('calibrate-log-input').setInputFiles(log),
    );
    console.log(`# ${(await page.getByTestId('calibrate-summary').textContent())?.trim()}`);
    // Read again with the fits on show, as after any change of a setting.
    await measureRead(page, 'reread', async () => {
      await page.getByTestId('calibrate-bin-width').selectOption('60');
    });
    const rendererPeakMB =
      Math.max(
        ...descendants()
          .filter((p) => p.renderer)
          .map((p) => p.peakKB),
      ) / 1024;
    line('browser.renderer_peak_rss_mb', rendererPeakMB, 1, 'MB (the page and its workers)');
    line('cli.wall_seconds', cli.wallSeconds, 2, 's (blueprint-lab calibrate, same file and map)');
    line('cli.cpu_seconds', cli.cpuSeconds, 2, 's');
    line('cli.peak_rss_mb', cli.peakRssMB, 1, 'MB');
    line('ratio.wall', first.seconds / cli.wallSeconds, 2, '× the command line’s wall time');
    line('ratio.cpu', first.cpuSeconds / cli.cpuSeconds, 2, '× the command line’s CPU time');
  } finally {
    await browser.close();
  }
} finally {
  await closeServer?.();
  rmSync(dir, { recursive: true, force: true });
}
