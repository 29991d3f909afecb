/**
 * Child process of `npm run bench:calibrate`: one measured job on a log file, then one
 * JSON line with its CPU and wall seconds and the process's peak RSS.
 *
 *   node --import tsx scripts/benchCalibrateChild.ts calibrate LOG BLUEPRINT MAP
 *   node --import tsx scripts/benchCalibrateChild.ts lines LOG
 *   node --expose-gc --import tsx scripts/benchCalibrateChild.ts heap LOG BLUEPRINT MAP
 *
 * `calibrate` is the command line's own path (main(), as `blueprint-lab calibrate LOG
 * --blueprint … --map … --json` runs it), its report counted and dropped. `lines` is the
 * reference: the same file streamed in the same 64 KB chunks, decoded and split into
 * lines, nothing else; the least any reader of the file must do. `heap` runs what the
 * command line runs on the file (streamLogFile into calibrateLog) and measures the live
 * heap after a full collection once a tenth of the bytes is read and at the end, with
 * everything the calibration keeps still alive: the memory that would grow if anything
 * were kept per row. (Peak RSS also counts garbage not yet collected.)
 */
import { createReadStream, readFileSync } from 'node:fs';
import { calibrateLog } from '../src/calibrate/index.ts';
import { parseLogMap } from '../src/calibrate/logs/index.ts';
import { main } from '../src/cli/main.ts';
import { streamLogFile } from '../src/cli/readLog.ts';
import { loadBlueprintText } from '../src/model/index.ts';

declare const gc: (() => void) | undefined;

/** Peak RSS in MB, of this process image alone (see benchMemory.ts). */
function peakRssMB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall back to getrusage below.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function splitLines(path: string): Promise<number> {
  const decoder = new TextDecoder();
  let lines = 0;
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const parts = (rest + decoder.decode(chunk as Buffer, { stream: true })).split('\n');
    rest = parts.pop() ?? '';
    lines += parts.length;
  }
  return lines + (rest === '' ? 0 : 1);
}

async function calibrate(log: string, blueprint: string, map: string): Promise<number> {
  let bytes = 0;
  let errors = '';
  const code = await main(['calibrate', log, '--blueprint', blueprint, '--map', map, '--json'], {
    stdout: { write: (text: string) => (bytes += text.length) },
    stderr: { write: (text: string) => (errors += text) },
  });
  if (code !== 0 || bytes === 0) throw new Error(`calibrate exited ${code}: ${errors}`);
  return bytes;
}

function heapMB(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1048576;
}

async function liveHeap(log: string, blueprint: string, mapFile: string) {
  const loaded = loadBlueprintText(readFileSync(blueprint, 'utf8'));
  const map = parseLogMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  if (!loaded.ok || !map.ok) throw new Error('the blueprint or the map does not load');
  let atTenth: number | undefined;
  const read = await streamLogFile(log, (chunks, size) =>
    calibrateLog(chunks, loaded.blueprint, {
      map: map.map,
      onProgress: (bytes) => {
        if (atTenth === undefined && bytes >= size / 10) atTenth = heapMB();
      },
    }),
  );
  // The outcome is alive here: the heap holds everything the fits were made from.
  const atEnd = heapMB();
  if (!read.ok || !read.value.ok) throw new Error('the log could not be calibrated');
  return { heapMBAtTenth: atTenth, heapMBAtEnd: atEnd, used: read.value.read.summary.used };
}

const [mode, log, blueprint, map] = process.argv.slice(2);
const calibrating = mode === 'calibrate' || mode === 'heap';
if (log === undefined || (calibrating ? map === undefined : mode !== 'lines')) {
  console.error('usage: benchCalibrateChild.ts calibrate|heap LOG BLUEPRINT MAP | lines LOG');
  process.exit(2);
}
if (mode === 'heap') {
  if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
  console.log(JSON.stringify(await liveHeap(log, blueprint!, map!)));
  process.exit(0);
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
const output =
  mode === 'calibrate' ? await calibrate(log, blueprint!, map!) : await splitLines(log);
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    output,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - started) / 1000,
    peakRssMB: peakRssMB(),
  }),
);
