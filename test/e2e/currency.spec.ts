/**
 * The blueprint's currency: the deposit example is priced in yuan, so its costs show as
 * money (CN¥ in English, ¥ in Chinese); the inspector's pools section changes the currency
 * from its list or by a typed code, refuses what is not three letters, and the results of
 * the next run show the new one.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };
const storedCurrency = (page: Page) =>
  page.evaluate(
    () => (window as LabWindow).__blueprintLab?.getState().document?.blueprint?.currency,
  );

async function runAndWait(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^▶?\s*(Run simulation|Run again|运行|再次运行)/ })
    .click();
  await expect(page.getByTestId('results-panel')).toBeVisible({ timeout: 60_000 });
}

const perTransaction = (page: Page) =>
  page.getByTestId('results-costs').locator('tr[data-row="perServed"] td').last();

test('costs in yuan, then in a currency typed in the inspector', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const currency = inspector.getByLabel('Currency of the prices');
  await expect(currency).toHaveValue('CNY');
  await runAndWait(page);
  await expect(perTransaction(page)).toHaveText(/^CN¥\d+\.\d\d95 % CI CN¥\d+\.\d\d–CN¥\d+\.\d\d$/);

  await currency.selectOption('other');
  const code = inspector.getByLabel('Currency code (ISO 4217)');
  await code.fill('euro');
  await code.press('Enter');
  await expect(inspector.getByRole('alert')).toHaveText(
    'Enter a currency code of three letters (ISO 4217), such as CNY.',
  );
  expect(await storedCurrency(page)).toBe('CNY');
  await code.fill('chf');
  await code.press('Enter');
  expect(await storedCurrency(page)).toBe('CHF');
  await expect(code).toHaveValue('CHF');

  await runAndWait(page);
  await expect(perTransaction(page)).toHaveText(
    /^CHF\s\d+\.\d\d95 % CI CHF\s\d+\.\d\d–CHF\s\d+\.\d\d$/,
  );
  await currency.selectOption('');
  expect(await storedCurrency(page)).toBeUndefined();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('costs in yuan as Chinese writes them', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('blueprint-lab.language', 'zh-CN'));
    await page.goto('/');
    await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
    await runAndWait(page);
    await expect(perTransaction(page)).toHaveText(/^¥\d+\.\d\d95% 置信区间 ¥\d+\.\d\d–¥\d+\.\d\d$/);
  });
});
