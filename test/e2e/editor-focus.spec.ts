/**
 * Focus after an id edit, and deleting many steps. Renaming a pool or a step used to
 * rebuild its inspector card, so the field the designer clicked next was thrown away with
 * it and the focus fell to the page: the next Ctrl+A, Backspace selected and deleted every
 * step and flow. The click must land where it was aimed, and a delete of many steps says
 * what it did, with Undo.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { clickStep } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

const stepCount = (page: Page) =>
  page.evaluate(
    () => (window as LabWindow).__blueprintLab?.getState().document?.blueprint?.steps.length,
  );

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test('after renaming a pool, the field clicked next has the focus and takes the keys', async ({
  page,
}) => {
  await openApp(page);
  const card = inspector(page).locator('[data-pool-id="tellers"]');
  await card.getByLabel('Id', { exact: true }).fill('windows');
  const label = inspector(page)
    .locator('[data-pool-id="windows"], [data-pool-id="tellers"]')
    .getByLabel('Label (English)');
  await label.click();
  await expect(label).toBeFocused();
  await expect(inspector(page).locator('[data-pool-id="windows"]')).toBeVisible();
  const before = await stepCount(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  expect(await stepCount(page)).toBe(before);
  await expect(label).toHaveValue('');
});

test('after renaming a step, the field clicked next has the focus', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const id = inspector(page).getByLabel('Id', { exact: true });
  await id.fill('f-count-cash');
  const label = inspector(page).getByLabel('Label (English)');
  await label.click();
  await expect(label).toBeFocused();
  const before = await stepCount(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  expect(await stepCount(page)).toBe(before);
  await expect(inspector(page).getByLabel('Id', { exact: true })).toHaveValue('f-count-cash');
});

test('deleting many steps says how many, and Undo brings them back', async ({ page }) => {
  await openApp(page);
  const before = (await stepCount(page))!;
  await clickStep(page, 'f-count');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  expect(await stepCount(page)).toBe(0);
  const notice = page.getByRole('status').filter({ hasText: /Deleted 19 steps and 19 flows/ });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  expect(await stepCount(page)).toBe(before);
  await expect(notice).toBeHidden();
});
