/**
 * Does the page stay responsive while a big run goes on in the workers? Opens the app in
 * Chromium, runs the counter-deposit example with enough replications for about a
 * million customers, records the page's frame times and long tasks during the run, and
 * prints them with the run's duration and throughput.
 *
 *   npx tsx scripts/measure-run.ts [--url http://localhost:5173] [--replications 2700]
 *
 * Without --url it starts its own Vite dev server.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import {
  describeFrames,
  frameStats,
  startDevServer,
  startFrameRecorder,
  stopFrameRecorder,
} from './measureSupport.ts';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    // A business day of the deposit example serves about 370 customers.
    replications: { type: 'string', default: '2700' },
  },
});

async function measure(url: string, replications: number): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(url);
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    const dock = page.getByRole('region', { name: 'Simulation' });
    await dock.getByRole('tab', { name: 'Results' }).click();
    await dock.getByLabel('Replications').fill(String(replications));
    await page.evaluate(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: false });
    })()`);
    await startFrameRecorder(page);
    const started = Date.now();
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: /Run simulation/ }).click();
    await page.getByTestId('results-panel').waitFor({ timeout: 30 * 60_000 });
    const shownAt = await page.evaluate(() => performance.now());
    const seconds = (Date.now() - started) / 1000;
    const deltas = await stopFrameRecorder(page);
    const longTasks = await page.evaluate(
      () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    );
    const served = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="results-panel"]')?.textContent ?? '';
      return text.match(/Served\s*([\d,.]+)/)?.[1] ?? '?';
    });
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);
    const customers = Number(served.replace(/,/g, '')) * replications;
    console.log(
      `Counter deposit, ${replications} replications on up to ${workers} workers: ${seconds.toFixed(1)} s, ` +
        `about ${(customers / 1e6).toFixed(2)} million customers served (${Math.round(customers / seconds).toLocaleString('en')} per second)`,
    );
    console.log(`  page frames during the run: ${describeFrames(frameStats(deltas))}`);
    // When each long task started, from the click: the run itself, or drawing the results.
    const when = longTasks.map(
      ([start, duration]) =>
        `${duration.toFixed(0)} ms at +${((start - clickedAt) / 1000).toFixed(2)} s`,
    );
    console.log(
      `  long tasks (> 50 ms) on the main thread: ${longTasks.length}` +
        (when.length > 0 ? ` (${when.join(', ')})` : '') +
        `; results shown at +${((shownAt - clickedAt) / 1000).toFixed(2)} s`,
    );
  } finally {
    await browser.close();
  }
}

const started = options.url === undefined ? await startDevServer() : undefined;
try {
  await measure(options.url ?? started!.url, Number(options.replications));
} finally {
  await started?.server.close();
}
