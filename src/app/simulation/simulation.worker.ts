/**
 * The Web Worker around the engine. The engine is pure and knows nothing of messages;
 * comlink carries the calls. Progress is throttled here so a fast run does not flood the
 * page with messages. A run is stopped by terminating the worker, which is immediate.
 */
import { expose } from 'comlink';
import {
  EVENT_LOG_HEADER,
  combineParts,
  eventLogLine,
  runPart,
  simulate,
} from '../../sim/index.ts';
import type { SimulationWorkerApi } from './workerApi.ts';

/** Progress messages at most this often: smooth enough for a bar, cheap for the engine. */
const REPORT_EVERY_MS = 100;

const api: SimulationWorkerApi = {
  runPart(blueprint, options, report) {
    let done = 0;
    let lastReport = 0;
    return runPart(blueprint, {
      ...options,
      onClock: (_, clock) => {
        const now = performance.now();
        if (now - lastReport < REPORT_EVERY_MS) return;
        lastReport = now;
        void report({ done, clock });
      },
      onProgress: (finished) => {
        done = finished;
        lastReport = performance.now();
        void report({ done, clock: null });
      },
    });
  },

  combine: (blueprint, options, parts) => combineParts(blueprint, options, parts),

  eventLog(blueprint, options, maxRows) {
    const lines = [EVENT_LOG_HEADER];
    let rows = 0;
    let truncated = false;
    simulate(blueprint, {
      ...options,
      replications: 1,
      onEvent: (row) => {
        if (rows >= maxRows) {
          truncated = true;
          return;
        }
        rows++;
        lines.push(eventLogLine(row));
      },
      shouldStop: () => truncated,
    });
    return { csv: lines.join(''), rows, truncated };
  },
};

expose(api);
