/**
 * A goto failure's "called back to the front of the line" in the inspector: the deposit
 * example's slip check has it on (the customer who corrects the slip is called next);
 * unticked and ticked again, it is written to the blueprint. English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { clickStep } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

const slipFailure = (page: Page) =>
  page.evaluate(
    () =>
      (window as LabWindow).__blueprintLab
        ?.getState()
        .document?.blueprint?.steps.find((step) => step.id === 'f-count')?.failure?.then,
  );

async function openAtSlipCheck(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await clickStep(page, 'f-count');
}

test('the slip check calls the customer back to the front; the box turns it off and on', async ({
  page,
}) => {
  await openAtSlipCheck(page);
  const front = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Called back to the front of the line when they queue again');
  await expect(front).toBeChecked();
  await front.uncheck();
  await expect.poll(() => slipFailure(page)).toEqual({ action: 'goto', step: 'c-fill-slip' });
  await front.check();
  await expect
    .poll(() => slipFailure(page))
    .toEqual({ action: 'goto', step: 'c-fill-slip', rejoin: 'front' });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the box is in Chinese', async ({ page }) => {
    await openAtSlipCheck(page);
    await expect(page.getByLabel('再次排队时回到队首，优先办理')).toBeChecked();
  });
});
