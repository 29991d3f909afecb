/**
 * Day types in the app: the counter-deposit example's pension day chosen beside the run
 * settings runs with its arrivals and staffing (six tellers, five over lunch), the results
 * say which day they are of, and the estimates follow the day chosen. English and Chinese.
 */
import { expect, test } from '@playwright/test';
import {
  MONTH_CHOICE,
  chooseRunDay,
  dayChoice,
  openDeposit,
  simulationDock,
} from './runDayDriver.ts';

test('runs the pension day of the deposit example, and the results say so', async ({ page }) => {
  await openDeposit(page);
  await expect((await dayChoice(page)).locator('option')).toHaveText([
    'As drawn',
    'Ordinary day',
    'Month end',
    'Pension day',
    MONTH_CHOICE.en,
  ]);
  await chooseRunDay(page, { day: 'pension', replications: 4 });
  await page.getByRole('button', { name: /^▶?\s*Run simulation/ }).click();
  const results = page.getByTestId('results-panel');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('run-of')).toContainText(
    '4 replications · seed 20261123 · Pension day',
  );
  // Six tellers from 09:00 to 17:00, five over the two lunch hours: 5.75 on average.
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 5.8 units');

  // The estimates are of the day chosen too.
  await simulationDock(page).getByRole('tab', { name: 'Estimates' }).click();
  await expect(simulationDock(page).locator('#dock-panel')).toContainText(/6 units|5\.75/);

  // Back to the blueprint as drawn: four tellers, three over lunch.
  await (await dayChoice(page)).selectOption('');
  await page.getByRole('button', { name: /^▶?\s*Run again/ }).click();
  await expect(page.getByTestId('run-of')).not.toContainText('Pension day', { timeout: 60_000 });
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 3.8 units');
});

test('offers the day types in Chinese', async ({ page }) => {
  await openDeposit(page, 'zh');
  await expect((await dayChoice(page, 'zh')).locator('option')).toHaveText([
    '按蓝图',
    '平日',
    '月末',
    '养老金发放日',
    MONTH_CHOICE.zh,
  ]);
  await chooseRunDay(page, { day: 'month-end', replications: 2, language: 'zh' });
  await page.getByRole('button', { name: /运行仿真/ }).click();
  await expect(page.getByTestId('run-of')).toContainText('· 月末', { timeout: 60_000 });
});
