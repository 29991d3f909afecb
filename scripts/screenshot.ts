/**
 * Writes docs/screenshot.png (1440 × 900) of the default example for the README.
 *
 *   npx tsx scripts/screenshot.ts [--url http://localhost:5173] [--lang en|zh-CN]
 *                                 [--example counter-deposit] [--out docs/screenshot.png]
 *
 * Without --url it starts its own Vite dev server on a free port and stops it afterwards.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    example: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
  },
});

async function startServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root,
    logLevel: 'warn',
    server: { port: 4190, strictPort: false, open: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite started without a local address');
  return { url, server };
}

async function main(): Promise<void> {
  const started = options.url === undefined ? await startServer() : undefined;
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
