/**
 * A part of the page that fails shows a plain message in both languages, the rest of the
 * page keeps working, and Reload brings the work back from autosave. The fault is
 * injected through the development hook (a valid blueprint gives no way to cause one).
 */
import { expect, test, type Page } from '@playwright/test';
import type { AppArea } from '../../src/app/errors/AreaErrorBoundary.tsx';
import { clickStep } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { injectFault: (area: AppArea | null) => void } };

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const injectFault = (page: Page, area: AppArea | null) =>
  page.evaluate((which) => (window as LabWindow).__blueprintLab!.injectFault(which), area);

const failed = (page: Page, area: AppArea) => page.locator(`.area-failed[data-area="${area}"]`);

test('a failed canvas says so in both languages, and Reload brings the work back', async ({
  page,
}) => {
  page.on('console', () => undefined); // React reports the injected error; expected here.
  await openApp(page);
  await clickStep(page, 'f-count');
  const label = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Label (English)', { exact: true });
  await label.fill('Count the notes');
  await label.press('Enter');
  await expect(page.locator('.step[data-step-id="f-count"]')).toContainText('Count the notes');

  await injectFault(page, 'canvas');
  const message = failed(page, 'canvas');
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toContainText('This part of Blueprint Lab stopped working.');
  await expect(message).toContainText('蓝图实验室的这一部分出错了。');
  // The rest of the page still works.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Counter deposit');
  await expect(label).toHaveValue('Count the notes');

  await message.getByRole('button', { name: /Reload/ }).click();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByTestId('recovery-notice')).toContainText('Recovered your last work');
  await expect(page.locator('.step[data-step-id="f-count"]')).toContainText('Count the notes');
  await expect(page.locator('.area-failed')).toHaveCount(0);
});

test('Try again shows the area again once the fault is gone', async ({ page }) => {
  await openApp(page);
  await injectFault(page, 'inspector');
  await expect(failed(page, 'inspector')).toContainText('stopped working');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await expect(page.locator('.step[data-step-id="f-count"]')).toBeVisible();

  await injectFault(page, null);
  await failed(page, 'inspector')
    .getByRole('button', { name: /Try again/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(page.locator('.area-failed')).toHaveCount(0);
});
