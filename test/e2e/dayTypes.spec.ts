/**
 * Day types in the app: the counter-deposit example's pension day chosen beside the run
 * settings runs with its arrivals and staffing (six tellers, five over lunch), the results
 * say which day they are of, and the estimates follow the day chosen. English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';

const dock = (page: Page, name = 'Simulation') => page.getByRole('region', { name, exact: true });

async function openDeposit(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

test('runs the pension day of the deposit example, and the results say so', async ({ page }) => {
  await openDeposit(page);
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  const day = dock(page).getByRole('combobox', { name: 'Day', exact: true });
  await expect(day.locator('option')).toHaveText([
    'As drawn',
    'Ordinary day',
    'Month end',
    'Pension day',
    'A month of them all (22 days)',
  ]);
  await dock(page).getByLabel('Replications').fill('4');
  await day.selectOption('pension');
  await page.getByRole('button', { name: /^▶?\s*Run simulation/ }).click();
  const results = page.getByTestId('results-panel');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('run-of')).toContainText(
    '4 replications · seed 20261123 · Pension day',
  );
  // Six tellers from 09:00 to 17:00, five over the two lunch hours: 5.75 on average.
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 5.8 units');

  // The estimates are of the day chosen too.
  await dock(page).getByRole('tab', { name: 'Estimates' }).click();
  await expect(dock(page).locator('#dock-panel')).toContainText(/6 units|5\.75/);

  // Back to the blueprint as drawn: four tellers, three over lunch.
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await dock(page).getByRole('combobox', { name: 'Day', exact: true }).selectOption('');
  await page.getByRole('button', { name: /^▶?\s*Run again/ }).click();
  await expect(page.getByTestId('run-of')).not.toContainText('Pension day', { timeout: 60_000 });
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 3.8 units');
});

test('offers the day types in Chinese', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openDeposit(page);
  await dock(page, '仿真').getByRole('tab', { name: '结果' }).click();
  const day = dock(page, '仿真').getByRole('combobox', { name: '营业日类型' });
  await expect(day.locator('option')).toHaveText([
    '按蓝图',
    '平日',
    '月末',
    '养老金发放日',
    '整月（全部营业日类型，22 天）',
  ]);
  await dock(page, '仿真').getByLabel('重复次数').fill('2');
  await day.selectOption('month-end');
  await page.getByRole('button', { name: /运行仿真/ }).click();
  await expect(page.getByTestId('run-of')).toContainText('· 月末', { timeout: 60_000 });
});
