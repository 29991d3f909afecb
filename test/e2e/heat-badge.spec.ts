/**
 * The canvas says when its heat strips are stale: after a run, an edit to the blueprint
 * brings a badge over the canvas, in the UI's language.
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
  const canvas = (await page.locator('.canvas__flow').boundingBox())!;
  const box = (await badge.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
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
