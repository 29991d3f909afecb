/**
 * Child process of the bench's memory check: one steady M/M/3 replication of about
 * `argv[2]` customers, then one JSON line with the heap and the typed-array buffers after
 * a full GC, and the peak RSS.
 * Run as `node --expose-gc --import tsx scripts/benchMemory.ts <customers>`.
 *
 * The engine is driven directly (not through `simulate()`) so that the Simulation, with
 * its customer slots, event queue and statistics, is still alive when the heap is
 * measured: that is the memory that would grow if anything kept per-customer records.
 */
import { readFileSync } from 'node:fs';
import { compile } from '../src/sim/compile.ts';
import { Simulation } from '../src/sim/engine.ts';
import { withRunOptions } from '../src/sim/simulate.ts';
import { MM3_PER_MINUTE, mm3, steady } from './benchModels.ts';

const target = Number(process.argv[2]);
if (!(target > 0) || typeof gc !== 'function') {
  console.error('usage: node --expose-gc --import tsx scripts/benchMemory.ts <customers>');
  process.exit(2);
}

/**
 * Peak RSS in MB. Linux's getrusage (process.resourceUsage) keeps the parent's peak across
 * fork and exec, so a child spawned by a big bench process would report the parent's
 * peak; /proc's VmHWM belongs to this process image alone.
 */
function peakRssMB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall back to getrusage below.
  }
  return process.resourceUsage().maxRSS / 1024;
}

const model = compile(withRunOptions(mm3(steady(target / MM3_PER_MINUTE, 1)), {}));
const simulation = new Simulation(model, 0);
simulation.runToEnd();
gc();
// The engine keeps customers and events in typed arrays, whose buffers live outside the
// JS heap: heapUsed alone would not see them grow.
const { heapUsed, arrayBuffers } = process.memoryUsage();
console.log(
  JSON.stringify({
    customers: simulation.stats.system.arrived,
    heapMB: heapUsed / 2 ** 20,
    arrayBuffersMB: arrayBuffers / 2 ** 20,
    peakRssMB: peakRssMB(),
  }),
);
