/**
 * How smooth trainer playback is with 300 tokens on screen: opens the app in Chromium,
 * loads a generated blueprint whose counter cannot keep up (the queue grows past 300)
 * through the development hook, plays it in the playback view, and once 300 or more
 * tokens are drawn records requestAnimationFrame deltas for a few seconds of playing.
 * Also reports how closely the clock kept to the chosen speed.
 *
 *   npx tsx scripts/measure-playback.ts [--url http://localhost:5173] [--tokens 300]
 *                                       [--seconds 4] [--width 1280 --height 720]
 *
 * Without --url it starts its own Vite dev server (the hooks exist in dev builds only).
 */
import { parseArgs } from 'node:util';
import { type Page, chromium } from 'playwright-core';
import type { Blueprint } from '../src/model/index.ts';
import type { PlaybackDevHook } from '../src/app/playback/playbackDevHookType.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import { startDevServer } from './measureSupport.ts';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    tokens: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '4' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '720' },
  },
});

/** The development hooks (src/app/canvas/devHook.ts, src/app/playback/playbackDevHook.ts). */
type LabWindow = Window & {
  __blueprintLab?: { openBlueprint: (json: unknown) => boolean };
  __playback?: PlaybackDevHook;
};

/** Clock minutes per wall second while the queue fills: "opening hours in a minute". */
const FILL_SPEED = 8;

/**
 * 1500 arrivals an hour, a few minutes at a desk of six with a mean of one minute each:
 * the queue grows by about 19 a minute, with no one giving up, so hundreds wait.
 */
function overloadedBlueprint(): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'measure-playback',
    name: { en: 'Overloaded counter', 'zh-CN': '超负荷柜台' },
    steps: [
      {
        id: 'arrive',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Come in', 'zh-CN': '进门' },
        position: { x: 40, y: 48 },
        duration: { type: 'uniform', min: 0.5, max: 1.5 },
      },
      {
        id: 'desk',
        kind: 'action',
        lane: 'frontstage',
        label: { en: 'Served at the desk', 'zh-CN': '柜台办理' },
        position: { x: 1400, y: 48 },
        duration: { type: 'exponential', mean: 1 },
        resource: { pool: 'desks' },
      },
      {
        id: 'leave',
        kind: 'action',
        lane: 'customer',
        label: { en: 'Leave', 'zh-CN': '离开' },
        position: { x: 1700, y: 48 },
        duration: { type: 'fixed', value: 0.3 },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'arrive--desk', from: 'arrive', to: 'desk' },
      { id: 'desk--leave', from: 'desk', to: 'leave' },
    ],
    resources: [
      { id: 'desks', kind: 'staff', label: { en: 'Desks', 'zh-CN': '柜台' }, capacity: 6 },
    ],
    arrivals: { type: 'poisson', entry: 'arrive', perHour: 1500 },
    run: { mode: 'day', open: '09:00', close: '17:00', seed: 7 },
  } as Blueprint;
}

/** Records requestAnimationFrame deltas into window.__frames until told to stop. */
const FRAME_RECORDER = `(() => {
  const record = { deltas: [], running: true, longTasks: [] };
  window.__frames = record;
  new PerformanceObserver((list) => {
    if (record.running) for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => {
    record.deltas.push(now - last);
    last = now;
    if (record.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

async function measureWhilePlaying(page: Page, speed: number, seconds: number): Promise<void> {
  const status = () => page.evaluate(() => (window as LabWindow).__playback!.status());
  const clockBefore = (await status()).frame!.clock;
  const wallBefore = Date.now();
  await page.evaluate(FRAME_RECORDER);
  let fewest = Infinity;
  let most = 0;
  while (Date.now() - wallBefore < seconds * 1000) {
    await page.waitForTimeout(250);
    const tokens = (await status()).tokens;
    fewest = Math.min(fewest, tokens);
    most = Math.max(most, tokens);
  }
  const { deltas, longTasks } = await page.evaluate(() => {
    const record = (
      window as unknown as {
        __frames: { deltas: number[]; running: boolean; longTasks: number[] };
      }
    ).__frames;
    record.running = false;
    // The first delta waits for the recorder's own first frame.
    return { deltas: record.deltas.slice(1), longTasks: record.longTasks };
  });
  const clockRate =
    ((await status()).frame!.clock - clockBefore) / ((Date.now() - wallBefore) / 1000);
  const sorted = [...deltas].sort((a, b) => a - b);
  const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  const slow = deltas.filter((d) => d > 1000 / 60 + 4).length;
  console.log(
    `  speed ${speed} clock min/s, ${seconds} s with ${fewest}–${most} tokens on screen:`,
  );
  console.log(
    `    frames ${deltas.length}, mean ${mean.toFixed(2)} ms, median ${percentile(sorted, 0.5).toFixed(2)} ms, ` +
      `p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms, ` +
      `${(1000 / mean).toFixed(1)} fps, ${slow} of ${deltas.length} frames over 20.7 ms`,
  );
  console.log(
    `    main-thread tasks over 50 ms: ${longTasks.length}${longTasks.length > 0 ? ` (${longTasks.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}`,
  );
  console.log(
    `    clock ran at ${clockRate.toFixed(2)} min/s (${((clockRate / speed) * 100).toFixed(0)} % of the speed asked)`,
  );
}

async function measure(url: string, wanted: number, seconds: number): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const viewport = { width: Number(options.width), height: Number(options.height) };
    const page = await browser.newPage({ viewport, locale: 'en-US' });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    // A first visit to the demo warms Vite up: a fresh dev server optimises the playback
    // modules' dependencies on first request and reloads the page once.
    await page.goto(new URL('/?demo=counter-deposit', url).href);
    await page.waitForTimeout(3000);
    // From here on no reloads: a file saved elsewhere must not restart the page mid-measure.
    await page.routeWebSocket(/.*/, () => undefined);
    await page.goto(url);
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    const opened = await page.evaluate(
      (json) => (window as LabWindow).__blueprintLab?.openBlueprint(json) ?? false,
      JSON.stringify(overloadedBlueprint()),
    );
    if (!opened) throw new Error('the generated blueprint did not open (is this a dev build?)');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByTestId('playback-toggle').waitFor();
    await page.keyboard.press('f'); // the presentation view, as in front of a room
    await page.evaluate((speed) => (window as LabWindow).__playback!.setSpeed(speed), FILL_SPEED);
    // The header's Play starts playing by itself; make sure, without toggling it off.
    if ((await page.getByTestId('playback-toggle').textContent())?.includes('Play'))
      await page.getByTestId('playback-toggle').click();
    const filled = Date.now();
    await page.waitForFunction(
      (count) => ((window as LabWindow).__playback?.status().tokens ?? 0) >= count,
      wanted,
      { timeout: 120_000, polling: 200 },
    );
    const fillSeconds = (Date.now() - filled) / 1000;

    console.log(
      `Playback at ${viewport.width}×${viewport.height}, presentation view; ${wanted}+ tokens after ${fillSeconds.toFixed(1)} s of playing`,
    );
    // First at an hour per minute (the queue grows slowly), then at opening hours per minute.
    for (const speed of [1, FILL_SPEED]) {
      await page.evaluate((value) => (window as LabWindow).__playback!.setSpeed(value), speed);
      await measureWhilePlaying(page, speed, seconds);
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const started = options.url === undefined ? await startDevServer() : undefined;
  try {
    await measure(options.url ?? started!.url, Number(options.tokens), Number(options.seconds));
  } finally {
    await started?.server.close();
  }
}

await main();
