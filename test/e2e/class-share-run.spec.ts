/**
 * A blueprint stays runnable when a class is added (issue 12: with shared arrivals the new
 * class had no share and Run was disabled until one was typed), and when it cannot run the
 * header says where the errors are, whole, and takes you there.
 */
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/canvas/devHook.ts';

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const runButton = (page: Page) => page.locator('.run-control__run');
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test('a class added beside shared arrivals takes an equal share and the blueprint runs', async ({
  page,
}) => {
  await openApp(page);
  await expect(runButton(page)).toBeEnabled();
  const panel = inspector(page).locator('[data-panel="blueprint"]');
  await panel.getByRole('button', { name: 'Add a class' }).click();
  const card = panel.locator('[data-class-id="class"]');
  await expect(card.getByLabel('Share of arrivals (%)')).toHaveValue('50');
  await expect(
    panel.locator('[data-class-id="retail"]').getByLabel('Share of arrivals (%)'),
  ).toHaveValue('50');
  await expect(card.getByTestId('class-share-note')).toHaveText(
    'Given 50 % of the shared arrivals, an equal part: the other class was scaled down to keep the total at 100 %.',
  );
  await expect(runButton(page)).toBeEnabled();
  await expect(page.locator('.run-control__show-errors')).toHaveCount(0);
  if (process.env.SHOTS) await page.screenshot({ path: 'tmp/class-added.png' });

  // A third: each a third, to 0.01 %.
  await panel.getByRole('button', { name: 'Add a class' }).click();
  await expect(
    panel.locator('[data-class-id="class-2"]').getByLabel('Share of arrivals (%)'),
  ).toHaveValue('33.34');
  await expect(runButton(page)).toBeEnabled();
});

for (const [language, width, pattern] of [
  ['en', 1440, /^Cannot run: show the error under Checks$/],
  ['en', 1280, /^Cannot run: show the error under Checks$/],
  ['zh-CN', 1440, /^无法运行：查看“检查结果”中的 1 个错误$/],
  ['zh-CN', 1280, /^无法运行：查看“检查结果”中的 1 个错误$/],
] as const) {
  test(`cannot run: the header names Checks whole and opens it on the error (${language}, ${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(
      (lang) => localStorage.setItem('blueprint-lab.language', lang),
      language,
    );
    await openApp(page);
    await page.evaluate(() => {
      const blueprint = structuredClone(window.__blueprintLab!.getState().document!.blueprint!);
      delete blueprint.classes![0]!.share;
      window.__blueprintLab!.openBlueprint(blueprint);
    });
    const show = page.locator('.run-control__show-errors');
    await expect(show).toHaveText(pattern);
    // Whole: nothing clamped or cut (the text fits its box).
    const cut = await show.evaluate(
      (element) =>
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1,
    );
    expect(cut).toBe(false);
    if (process.env.SHOTS)
      await page.screenshot({ path: `tmp/cannot-run-${language}-${width}.png` });
    await expect(runButton(page)).toBeDisabled();

    // At 1280 the sidebar starts folded: the button opens it, on the error.
    await show.click();
    const error = page.locator('.findings .finding--error').first();
    await expect(error).toBeVisible();
    await expect(error).toBeFocused();
    await expect(error).toBeInViewport();
  });
}
