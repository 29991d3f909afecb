import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
const [url, out, w, h, lang, action] = process.argv.slice(2);
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, locale: lang });
await page.goto(url);
await page.waitForSelector('.canvas:not(.canvas--placing)');
await page.waitForTimeout(800);
if (action === 'fit') { await page.locator('.react-flow__controls-fitview').click(); await page.waitForTimeout(800); }
if (action === 'run') { await page.keyboard.press('Control+Enter'); await page.waitForTimeout(15000); }
await page.screenshot({ path: out });
await browser.close();
