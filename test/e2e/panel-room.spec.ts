/**
 * Panels make room for a wide blueprint (canvas/panelRoom.ts): opened where it reads whole
 * only with the sidebar and the inspector folded, they fold for its view; selecting a step
 * brings the inspector back with the step still in view; "Show the whole blueprint" never
 * zooms below the readable floor, and says so on the canvas when the blueprint is wider
 * than the screen at a readable size, in English and in Chinese. Every example opens, at a
 * projector's, a laptop's and a desktop's size, either whole or with both panels folded
 * and as much of it as reads from the left end (a run-through at 1440×900: 22 of the
 * client reception's 32 steps off view beside the open sidebar and inspector).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickStep, viewSettled } from './canvasDriver.ts';

const EXAMPLES = readdirSync(join(import.meta.dirname, '..', '..', 'blueprints'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

async function openExample(page: Page, example: string, language = 'en'): Promise<void> {
  await page.addInitScript((lang) => {
    window.localStorage.setItem('blueprint-lab.language', lang);
    window.localStorage.setItem(
      'blueprint-lab.layout',
      JSON.stringify({ state: { sidebarOpen: true, inspectorOpen: true }, version: 1 }),
    );
  }, language);
  await page.goto(`/?example=${example}`);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await viewSettled(page);
}

const zoomOf = (page: Page) =>
  page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    return new DOMMatrix(getComputedStyle(viewport).transform).a;
  });

/** Whether the step's box lies wholly inside the canvas pane. */
async function inPane(page: Page, id: string): Promise<boolean> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return box.x >= pane.x - 1 && box.x + box.width <= pane.x + pane.width + 1;
}

test('a blueprint that reads whole only with both panels folded opens so; selecting a step brings the inspector back beside it', async ({
  page,
}) => {
  // The ATM/greeter example at 1920×1080: 0.30 beside both panels, 0.39 without the
  // sidebar, 0.48 without both, against an English floor of 0.41.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page, 'counter-deposit-atm-greeter');
  await expect(page.locator('#app-sidebar')).toHaveCount(0);
  await expect(page.locator('.inspector--folded')).toBeVisible();
  expect(await inPane(page, 's-atm-cit')).toBe(true);

  // The last step, at the right end: the inspector opens and the step stays in view.
  await clickStep(page, 'c-leave');
  await expect(page.locator('.inspector:not(.inspector--folded)')).toBeVisible();
  await expect(page.locator('[data-panel="step"]')).toBeVisible();
  await viewSettled(page);
  expect(await inPane(page, 'c-leave')).toBe(true);
  const names = await page
    .locator('.step__label')
    .evaluateAll((labels) =>
      labels.map(
        (label) =>
          parseFloat(getComputedStyle(label).fontSize) *
          new DOMMatrix(
            getComputedStyle(document.querySelector<HTMLElement>('.react-flow__viewport')!)
              .transform,
          ).a,
      ),
    );
  expect(Math.min(...names)).toBeGreaterThanOrEqual(10.99);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])
  test(`at ${size.width}×${size.height} every example opens whole, or with the canvas given the room`, async ({
    page,
  }) => {
    // A first visit: the panels as the window's width has them.
    await page.setViewportSize(size);
    for (const example of EXAMPLES) {
      await page.goto(`/?example=${example}`);
      await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
      await viewSettled(page);
      await test.step(example, async () => {
        const view = await stepsInView(page);
        if (view.inView === view.total) return;
        // Not whole: no panel beside the canvas, the view from the left end at the
        // lowest zoom that reads (names about 11 px), lanes from the top.
        await expect(page.locator('#app-sidebar')).toHaveCount(0);
        await expect(page.locator('.inspector--folded')).toBeVisible();
        expect(view.smallestName).toBeGreaterThanOrEqual(10.99);
        expect(view.smallestName).toBeLessThan(11.5);
        expect(view.leftmost).toBeGreaterThanOrEqual(view.paneLeft - 1);
        expect(view.leftmost).toBeLessThan(view.paneLeft + 80);
        if (view.widerThanPane) await expect(page.getByTestId('too-wide-note')).toBeVisible();
      });
    }
  });

/** The steps wholly in the pane, the leftmost step's edge and the smallest name in px. */
async function stepsInView(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const boxes = [...document.querySelectorAll('.react-flow__node')]
      .filter((node) => node.querySelector('.step'))
      .map((node) => node.getBoundingClientRect());
    const labels = [...document.querySelectorAll<HTMLElement>('.step__label')];
    return {
      total: boxes.length,
      inView: boxes.filter(
        (b) =>
          b.left >= pane.left - 1 &&
          b.right <= pane.right + 1 &&
          b.top >= pane.top - 1 &&
          b.bottom <= pane.bottom + 1,
      ).length,
      paneLeft: pane.left,
      leftmost: Math.min(...boxes.map((b) => b.left)),
      widerThanPane: Math.max(...boxes.map((b) => b.right)) > pane.right + 1,
      smallestName: Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * zoom)),
    };
  });
}

for (const [language, words] of [
  ['en', 'wider than the screen at a readable size'],
  ['zh-CN', '按可读的大小，这张蓝图比屏幕宽'],
] as const)
  test(`a blueprint too wide even with both panels folded opens so and says it; "Show the whole blueprint" stays readable (${language})`, async ({
    page,
  }) => {
    // The margin example is some 4 900 units long: not whole at a readable size even with
    // both panels folded at 1440×900; folded, they give the canvas the most room.
    await openExample(page, 'margin-account-opening', language);
    await expect(page.locator('#app-sidebar')).toHaveCount(0);
    await expect(page.locator('.inspector--folded')).toBeVisible();
    await expect(page.getByTestId('too-wide-note')).toContainText(words);
    const opened = await zoomOf(page);
    // The user opens the sidebar again: "Show the whole blueprint" folds it for the most room.
    await page.locator('.app-header__sidebar-toggle').click();
    await expect(page.locator('#app-sidebar')).toBeVisible();
    await page.locator('.react-flow__controls-fitview').click();
    await viewSettled(page);
    await expect(page.getByTestId('too-wide-note')).toContainText(words);
    expect(await zoomOf(page)).toBeCloseTo(opened, 3);
    await expect(page.locator('#app-sidebar')).toHaveCount(0);
  });

test('"Show the whole blueprint" folds the panels a user opened again when that makes it fit', async ({
  page,
}) => {
  await openExample(page, 'counter-deposit');
  await expect(page.locator('#app-sidebar')).toHaveCount(0);
  // The user brings the sidebar back: respected, the view keeps to the readable floor.
  await page.locator('.app-header__sidebar-toggle').click();
  await expect(page.locator('#app-sidebar')).toBeVisible();
  await viewSettled(page);
  expect(await inPane(page, 'c-take-number')).toBe(true);
  await page.locator('.react-flow__controls-fitview').click();
  await expect(page.locator('#app-sidebar')).toHaveCount(0);
  await viewSettled(page);
  expect(await inPane(page, 's-vault')).toBe(true);
  await expect(page.getByTestId('too-wide-note')).toHaveCount(0);
});
