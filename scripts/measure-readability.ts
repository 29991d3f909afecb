/**
 * How readable each example is where people open it: in the editor on first view and
 * after a run (results dock open), and in Present, at a projector's, a laptop's and a
 * desktop's size. For each it prints the canvas zoom, the step names' size on screen
 * (CSS px), how many names are cut short ("…" or lines clamped away) and how many
 * steps lie at least partly outside the pane (to be panned to).
 *
 *   npx tsx scripts/measure-readability.ts [--url http://localhost:5173]
 *        [--sizes 1280x720,1440x900,1920x1080] [--examples counter-deposit,...|all]
 *        [--no-run] [--no-present] [--panels open] [--shots DIR]
 *
 * Without --url it starts its own Vite dev server. --shots writes a screenshot of each view.
 * `--examples all` measures every example in blueprints/. `--panels open` opens the sidebar
 * and the inspector as a user who chose them would (remembered in localStorage), whatever
 * the window's width; without it each size gets the panels' defaults.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Page, chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/e2e/browser.ts';
import { startDevServer } from './measureSupport.ts';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    sizes: { type: 'string', default: '1280x720,1440x900,1920x1080' },
    examples: {
      type: 'string',
      default:
        'counter-deposit,counter-deposit-atm-greeter,counter-deposit-vip,loan-application,margin-account-opening,client-reception',
    },
    'no-run': { type: 'boolean', default: false },
    'no-present': { type: 'boolean', default: false },
    shots: { type: 'string' },
    panels: { type: 'string' },
  },
});

interface Reading {
  zoom: number;
  /** Smallest and largest step name on screen, CSS px. */
  minPx: number;
  maxPx: number;
  cut: string[];
  outside: number;
  steps: number;
}

/** Reads the editor's canvas: zoom from React Flow's transform, names from their boxes. */
async function readEditor(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('.step__label')];
    const sizes = labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * zoom);
    const cut = labels
      .filter(
        (label) =>
          label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1,
      )
      .map((label) => label.textContent ?? '');
    const outside = [...document.querySelectorAll('.react-flow__node-step')].filter((node) => {
      const box = node.getBoundingClientRect();
      return (
        box.left < pane.left - 1 ||
        box.right > pane.right + 1 ||
        box.top < pane.top - 1 ||
        box.bottom > pane.bottom + 1
      );
    }).length;
    return {
      zoom,
      minPx: Math.min(...sizes),
      maxPx: Math.max(...sizes),
      cut,
      outside,
      steps: labels.length,
    };
  });
}

/** Reads Present's stage: its scale and the step labels, clamped when lines are hidden. */
async function readPresent(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('.playback-stage__map')!;
    const zoom = Number(map.dataset.scale);
    const labels = [...document.querySelectorAll<HTMLElement>('.playback-step__label')];
    const sizes = labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * zoom);
    const cut = labels
      .filter(
        (label) =>
          label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1,
      )
      .map((label) => label.textContent ?? '');
    const outside = labels.filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left < 0 || box.right > innerWidth || box.top < 0 || box.bottom > innerHeight;
    }).length;
    return {
      zoom,
      minPx: Math.min(...sizes),
      maxPx: Math.max(...sizes),
      cut,
      outside,
      steps: labels.length,
    };
  });
}

function line(example: string, size: string, view: string, r: Reading): string {
  return [
    example.padEnd(28),
    size.padEnd(10),
    view.padEnd(8),
    `zoom ${r.zoom.toFixed(2)}`,
    `names ${r.minPx.toFixed(1)}–${r.maxPx.toFixed(1)} px`,
    `cut ${r.cut.length}/${r.steps}`,
    `outside ${r.outside}`,
  ].join('  ');
}

async function main(): Promise<void> {
  const started = options.url === undefined ? await startDevServer() : undefined;
  const base = options.url ?? started!.url;
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  if (options.shots) mkdirSync(options.shots, { recursive: true });
  const shot = async (page: Page, name: string) => {
    if (options.shots) await page.screenshot({ path: join(options.shots, `${name}.png`) });
  };
  try {
    const examples =
      options.examples === 'all'
        ? readdirSync(new URL('../blueprints/', import.meta.url))
            .filter((name) => name.endsWith('.json'))
            .map((name) => name.replace(/\.json$/, ''))
            .sort()
        : options.examples.split(',');
    for (const example of examples) {
      for (const size of options.sizes.split(',')) {
        const [width, height] = size.split('x').map(Number) as [number, number];
        const context = await browser.newContext({
          viewport: { width, height },
          locale: 'en-US',
        });
        if (options.panels === 'open') {
          await context.addInitScript(() => {
            window.localStorage.setItem(
              'blueprint-lab.layout',
              JSON.stringify({ state: { sidebarOpen: true, inspectorOpen: true }, version: 1 }),
            );
          });
        }
        const page = await context.newPage();
        await page.goto(`${base}/?example=${example}`);
        await page
          .locator('.canvas:not(.canvas--placing) .react-flow__node-step')
          .first()
          .waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(400);
        const first = await readEditor(page);
        console.log(line(example, size, 'first', first));
        if (first.cut.length) console.log(`    cut: ${first.cut.join(' | ')}`);
        await shot(page, `${example}-${size}-first`);
        if (!options['no-run']) {
          await page.locator('.run-control__run').click();
          await page.getByTestId('results-panel').waitFor({ timeout: 180_000 });
          await page.waitForTimeout(800);
          const after = await readEditor(page);
          console.log(line(example, size, 'run', after));
          if (after.cut.length) console.log(`    cut: ${after.cut.join(' | ')}`);
          await shot(page, `${example}-${size}-run`);
        }
        if (!options['no-present']) {
          await page.goto(`${base}/?demo=${example}`);
          await page.getByTestId('playback-clock').waitFor();
          await page.keyboard.press('f');
          await page.locator('[data-mode="present"]').waitFor();
          await page.waitForTimeout(500);
          const present = await readPresent(page);
          console.log(line(example, size, 'present', present));
          if (present.cut.length) console.log(`    cut: ${present.cut.join(' | ')}`);
          await shot(page, `${example}-${size}-present`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await started?.server.close();
  }
}

await main();
