/**
 * How smooth dragging a step is on a 300-step blueprint: opens the app in Chromium,
 * loads a generated blueprint through the development hook ((window as LabWindow).__blueprintLab),
 * drags one step around for about two seconds with the mouse and reports the frame
 * times (requestAnimationFrame deltas) during the drag.
 *
 *   npx tsx scripts/measure-drag.ts [--url http://localhost:5173] [--steps 300]
 *
 * Without --url it starts its own Vite dev server (the hook exists in dev builds only).
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { BlueprintState } from '../src/app/store/blueprintStore.ts';
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
    steps: { type: 'string', default: '300' },
  },
});

/** The development hook (src/app/canvas/devHook.ts), as seen from outside the app. */
type LabWindow = Window & {
  __blueprintLab?: { getState: () => BlueprintState; openBlueprint: (json: unknown) => boolean };
};

const DRAG_MS = 2000;
/** The middle of a step box that is in view and not covered by anything. */
async function visibleStep(page: Page): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const box = node.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (node.contains(document.elementFromPoint(x, y)))
        return { id: node.getAttribute('data-id') ?? '', x, y };
    }
    return undefined;
  });
  if (!found) throw new Error('no step is in view');
  return found;
}

async function measure(url: string, count: number): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(url);
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    const opened = await page.evaluate(
      (json) => (window as LabWindow).__blueprintLab?.openBlueprint(json) ?? false,
      JSON.stringify(generatedBlueprint(count)),
    );
    if (!opened) throw new Error('the generated blueprint did not open (is this a dev build?)');
    await page.locator('.step[data-step-id="s0"]').waitFor({ state: 'attached' });
    await page.locator('.canvas:not(.canvas--placing)').waitFor();
    await page.waitForTimeout(500);
    const drawn = await page.locator('.react-flow__node').count();

    const step = await visibleStep(page);
    await page.mouse.move(step.x, step.y);
    await page.mouse.down();
    await startFrameRecorder(page);
    // A slow loop around the start point, one mouse event about every 8 ms.
    const started = Date.now();
    while (Date.now() - started < DRAG_MS) {
      const t = (Date.now() - started) / DRAG_MS;
      await page.mouse.move(
        step.x + 160 * Math.sin(t * 2 * Math.PI),
        step.y + 120 * Math.sin(t * 4 * Math.PI),
      );
      await page.waitForTimeout(8);
    }
    const deltas = await stopFrameRecorder(page);
    const dropStart = Date.now();
    await page.mouse.up();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    const dropMs = Date.now() - dropStart;
    const moved = await page.evaluate(
      (id) =>
        (window as LabWindow).__blueprintLab
          ?.getState()
          .document?.blueprint?.steps.find((s: { id: string }) => s.id === id),
      step.id,
    );

    const result = frameStats(deltas);
    console.log(
      `Dragging step ${step.id} of ${count} (${drawn} in view and mounted) for ${DRAG_MS} ms:`,
    );
    console.log(`  ${describeFrames(result)}`);
    console.log(
      `  drop committed and drawn in ${dropMs} ms; step now at`,
      moved?.lane,
      moved?.position,
    );
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
