/**
 * How the app copes with a big blueprint: opens the app in Chromium, opens a generated
 * 5 000-step blueprint through the file menu (as a user would), and prints how long it
 * took until the canvas showed it, the longest main-thread task meanwhile, and then the
 * frame times while the canvas is panned with the mouse for about two seconds.
 *
 *   npx tsx scripts/measure-large.ts [--url http://localhost:4173] [--steps 5000]
 *
 * Without --url it starts its own Vite dev server (React's development build: slower).
 * For the production figures: `npx vite build && npx vite preview --port 4173`, then
 * `--url http://localhost:4173`.
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import {
  describeFrames,
  frameStats,
  generatedBlueprint,
  startDevServer,
  startFrameRecorder,
  stopFrameRecorder,
} from './measureSupport.ts';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    steps: { type: 'string', default: '5000' },
  },
});

const PAN_MS = 2000;

/** Records long tasks (> 50 ms) from now on, as [start, duration] in page time. */
async function startLongTaskRecorder(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  })()`);
}

async function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
}

/** A point of the bare canvas pane (no step, flow or overlay under it), for a pan gesture. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return undefined;
    const box = pane.getBoundingClientRect();
    for (let y = box.top + box.height * 0.9; y > box.top + 20; y -= 17) {
      for (let x = box.left + box.width * 0.5; x < box.right - 20; x += 23) {
        if (document.elementFromPoint(x, y) === pane) return { x, y };
      }
    }
    return undefined;
  });
  if (!found) throw new Error('no bare pane point to pan from');
  return found;
}

/** Opens the blueprint from the file menu; the time (ms) until a step is drawn. */
async function openLarge(page: Page, json: string, count: number): Promise<number> {
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: `${count} steps` })
    .waitFor({ timeout: 5 * 60_000 });
  await page.locator('.step[data-step-id="s0"]').waitFor({ timeout: 5 * 60_000 });
  await page.locator('.canvas:not(.canvas--placing)').waitFor();
  // Until the frame with the steps has been painted.
  return page.evaluate(
    (since) =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - since), 0)),
      ),
    started,
  );
}

async function measure(url: string, count: number): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(url);
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    const json = JSON.stringify(generatedBlueprint(count));

    await startLongTaskRecorder(page);
    const openMs = await openLarge(page, json, count);
    const openTasks = await longTasks(page);
    const longest = Math.max(0, ...openTasks.map(([, duration]) => duration));
    await page.waitForTimeout(1000);
    const drawn = await page.locator('.react-flow__node').count();

    // Pan: drag the bare pane left and right, one mouse event about every 8 ms.
    const from = await emptyPanePoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await startFrameRecorder(page);
    const started = Date.now();
    while (Date.now() - started < PAN_MS) {
      const t = (Date.now() - started) / PAN_MS;
      await page.mouse.move(from.x - 600 * Math.sin(t * Math.PI), from.y);
      await page.waitForTimeout(8);
    }
    const deltas = await stopFrameRecorder(page);
    await page.mouse.up();
    const pan = frameStats(deltas);

    console.log(`A generated blueprint of ${count} steps and ${count - 1} flows:`);
    console.log(
      `  open (file chosen to steps drawn): ${(openMs / 1000).toFixed(2)} s; ` +
        `long tasks meanwhile: ${openTasks.length}, the longest ${longest.toFixed(0)} ms`,
    );
    console.log(`  panning for ${PAN_MS} ms (${drawn} steps mounted): ${describeFrames(pan)}`);
    console.log(`open_s ${(openMs / 1000).toFixed(2)}`);
    console.log(`open_longest_task_ms ${longest.toFixed(0)}`);
    console.log(`pan_fps ${pan.fps.toFixed(1)}`);
    console.log(`pan_p95_frame_ms ${pan.p95.toFixed(1)}`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const started = options.url === undefined ? await startDevServer() : undefined;
  try {
    await measure(options.url ?? started!.url, Number(options.steps));
  } finally {
    await started?.server.close();
  }
}

await main();
