/**
 * Panels make room for a wide blueprint (canvas/panelRoom.ts): opened where it reads whole
 * only with the sidebar and the inspector folded, they fold for its view; selecting a step
 * brings the inspector back with the step still in view; "Show the whole blueprint" never
 * zooms below the readable floor, and says so on the canvas when the blueprint is wider
 * than the screen at a readable size, in English and in Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { clickStep, viewSettled } from './canvasDriver.ts';

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

for (const [language, words] of [
  ['en', 'wider than the screen at a readable size'],
  ['zh-CN', '按可读的大小，这张蓝图比屏幕宽'],
] as const)
  test(`"Show the whole blueprint" stays readable and says when the blueprint is too wide (${language})`, async ({
    page,
  }) => {
    // The margin example is some 4 900 units long: not whole at a readable size even with
    // both panels folded at 1440×900, so nothing folds.
    await openExample(page, 'margin-account-opening', language);
    const opened = await zoomOf(page);
    await page.locator('.react-flow__controls-fitview').click();
    await viewSettled(page);
    await expect(page.getByTestId('too-wide-note')).toContainText(words);
    expect(await zoomOf(page)).toBeCloseTo(opened, 3);
    await expect(page.locator('#app-sidebar')).toBeVisible();
    await expect(page.locator('.inspector:not(.inspector--folded)')).toBeVisible();
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
