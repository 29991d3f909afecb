/**
 * The results read at a trainer's projector size (1280×720) in Chinese, with the sidebar
 * and the inspector open: the class table keeps each figure and the class's name on one
 * line (the table scrolls sideways instead of breaking "零售客户" one character a line).
 */
import { expect, test } from '@playwright/test';

test('the class table keeps names and figures on one line at 1280×720 in Chinese', async ({
  browser,
}) => {
  // 20 replications in the workers: about 10 s here, up to 40 s on a loaded machine.
  test.setTimeout(90_000);
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  await page.goto('/?example=counter-deposit');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.getByRole('button', { name: /运行/ }).first().click();
  const row = page.getByTestId('results-panel').locator('tr[data-class-id]').first();
  await expect(row).toBeVisible({ timeout: 60_000 });
  const lines = (cell: string) =>
    row.locator(cell).evaluate((element) => {
      const style = getComputedStyle(element);
      const range = document.createRange();
      range.selectNodeContents(element.firstChild ?? element);
      return Math.round(range.getBoundingClientRect().height / parseFloat(style.lineHeight));
    });
  expect(await lines('th')).toBe(1);
  // The mean wait ("4.2 分钟"), a plain figure with its unit.
  expect(await lines('td:nth-last-child(4)')).toBe(1);
  await context.close();
});
