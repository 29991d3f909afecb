/**
 * The canvas says when its heat strips are stale: after a run, an edit to the blueprint
 * brings a badge beside the canvas, in the palette row, in the UI's language. It covers
 * no step: over the lanes it hid the evidence lane's steps (a designer's run-through).
 */
import { expect, test, type Page } from '@playwright/test';

async function runThenEdit(page: Page, run: RegExp, results: RegExp): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByTestId('heat-badge')).toHaveCount(0);
  await page.getByRole('button', { name: run }).first().click();
  await expect(page.locator('.step-result').first()).toBeVisible({ timeout: 40_000 });
  await expect(page.getByRole('status').filter({ hasText: results })).toBeVisible();
  await expect(page.getByTestId('heat-badge')).toHaveCount(0);
  // An edit: the first pool's capacity, in the inspector.
  const capacity = page.locator('[data-pool-id="tellers"] input[name="pool-capacity"]');
  await capacity.fill('5');
  await capacity.press('Enter');
}

test('stale heat says so on the canvas, in English', async ({ page }) => {
  test.setTimeout(90_000);
  await runThenEdit(page, /^▶?\s*Run/, /Results ready in/);
  const badge = page.getByTestId('heat-badge');
  await expect(badge).toHaveText('Heat from before your edits: run again to update it');
  const palette = (await page.locator('.palette').boundingBox())!;
  const box = (await badge.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(palette.y);
  expect(box.y + box.height).toBeLessThanOrEqual(palette.y + palette.height);
  expect(box.x + box.width).toBeLessThanOrEqual(palette.x + palette.width);
  // Whole: no line cut off, and no step under it.
  expect(await badge.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  for (const step of await page.locator('.react-flow__node').all()) {
    const s = await step.boundingBox();
    if (!s) continue;
    const apart =
      s.x >= box.x + box.width ||
      s.x + s.width <= box.x ||
      s.y >= box.y + box.height ||
      s.y + s.height <= box.y;
    expect(apart).toBe(true);
  }
});

test('the note reads whole in a narrow row, the sidebar open beside the inspector', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.locator('.app-header__sidebar-toggle').click();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page
    .getByRole('button', { name: /^▶?\s*Run/ })
    .first()
    .click();
  await expect(page.locator('.step-result').first()).toBeVisible({ timeout: 40_000 });
  const capacity = page.locator('[data-pool-id="tellers"] input[name="pool-capacity"]');
  await capacity.fill('5');
  await capacity.press('Enter');
  const badge = page.getByTestId('heat-badge');
  await expect(badge).toBeVisible();
  // Whole: before, "Heat from…" in some 70 px beside the chips' words.
  expect(await badge.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  // The chips keep their icons and their names.
  for (const name of ['Action', 'Decision', 'Evidence', 'Note'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('stale heat says so on the canvas', async ({ page }) => {
    test.setTimeout(90_000);
    await runThenEdit(page, /^▶?\s*运行/, /结果/);
    await expect(page.getByTestId('heat-badge')).toHaveText(
      '热力图来自修改之前的运行：请重新运行以更新',
    );
  });
});
