/**
 * Writes docs/screenshot.png (1440 × 900) of the default example for the README.
 *
 *   npx tsx scripts/screenshot.ts [--url http://localhost:5173] [--lang en|zh-CN]
 *                                 [--example counter-deposit] [--out docs/screenshot.png]
 *                                 [--run]
 *
 * Without --url it starts its own Vite dev server on a free port and stops it afterwards.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import { startDevServer } from './measureSupport.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    example: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    // Run the simulation first (sidebar folded): the heat strips and the results dock show.
    run: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const started = options.url === undefined ? await startDevServer() : undefined;
  const base = options.url ?? started!.url;
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: options.lang,
    });
    // The app remembers the language in localStorage; set it before the first script runs.
    await context.addInitScript((language: string) => {
      window.localStorage.setItem('blueprint-lab.language', language);
    }, options.lang);
    const page = await context.newPage();
    const url = new URL(base);
    if (options.example) url.searchParams.set('example', options.example);
    await page.goto(url.toString());
    await page.locator('.canvas:not(.canvas--placing) .react-flow__node-step').first().waitFor();
    if (options.run) {
      await page.locator('.app-header__sidebar-toggle').click();
      await page.locator('.run-control__run').click();
      await page.getByTestId('results-panel').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(800); // charts settle
    }
    await page.evaluate(() => document.fonts.ready);
    const out = resolve(root, options.out);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
    await started?.server.close();
  }
}

await main();
