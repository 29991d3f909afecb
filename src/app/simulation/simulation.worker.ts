/**
 * The Web Worker around the engine. The engine is pure and knows nothing of messages;
 * comlink carries the calls. Progress is throttled here so a fast run does not flood the
 * page with messages. Parts go worker to worker over message ports, so the page only
 * ever receives progress and the combined results. A run is stopped by terminating the
 * worker, which is immediate.
 */
import { expose } from 'comlink';
import {
  type RunPart,
  EVENT_LOG_HEADER,
  RunBudgetError,
  combineParts,
  eventLogContext,
  eventLogLine,
  runPart,
  simulate,
} from '../../sim/index.ts';
// Not model/index.ts: it loads the schema library, which the worker does not need (lightImports.test.ts).
import { findDayType, onDayType } from '../../model/dayTypes.ts';
import type { SimulationWorkerApi } from './workerApi.ts';

/** Progress messages at most this often: smooth enough for a bar, cheap for the engine. */
const REPORT_EVERY_MS = 100;

const api: SimulationWorkerApi = {
  runPartInto(blueprint, options, report, port) {
    let done = 0;
    let lastReport = 0;
    const progress = {
      onClock: (_: number, clock: number) => {
        const now = performance.now();
        if (now - lastReport < REPORT_EVERY_MS) return;
        lastReport = now;
        void report({ done, clock });
      },
      // Throttled too: a short replication finishes every millisecond or so, and a
      // message each would flood the page (it re-renders the bar on every one), so
      // clicks on Cancel or the canvas would wait. The last replication always reports.
      onProgress: (finished: number, total: number) => {
        done = finished;
        const now = performance.now();
        if (now - lastReport < REPORT_EVERY_MS && finished < total) return;
        lastReport = now;
        void report({ done, clock: null });
      },
    };
    let part: RunPart;
    try {
      part = runPart(onDayType(blueprint, options.dayType), { ...options, ...progress });
    } catch (error) {
      // The budget's stop is data for the page to word; comlink would keep only a message.
      if (!(error instanceof RunBudgetError)) throw error;
      port.close();
      return error.problem;
    }
    port.postMessage(part);
    port.close();
    return null;
  },

  async combineFrom(blueprint, options, ports) {
    const parts = await Promise.all(
      ports.map(
        (port) =>
          new Promise<RunPart>((resolve) => {
            port.onmessage = (event: MessageEvent<RunPart>) => {
              port.close();
              resolve(event.data);
            };
          }),
      ),
    );
    const results = combineParts(onDayType(blueprint, options.dayType), options, parts);
    if (options.dayType !== undefined && findDayType(blueprint, options.dayType))
      results.run.dayType = options.dayType;
    return results;
  },

  eventLog(blueprint, options, maxRows) {
    const lines = [EVENT_LOG_HEADER];
    const day = onDayType(blueprint, options.dayType);
    const context = eventLogContext(day);
    let rows = 0;
    let truncated = false;
    simulate(day, {
      ...options,
      replications: 1,
      onEvent: (row) => {
        if (rows >= maxRows) {
          truncated = true;
          return;
        }
        rows++;
        lines.push(eventLogLine(row, context));
      },
      shouldStop: () => truncated,
    });
    return { csv: lines.join(''), rows, truncated };
  },
};

expose(api);
