/**
 * A month of day types in the app: "A month of them all" beside the day types runs the
 * counter-deposit example's ordinary day, month end and pension day in the workers with
 * progress across them (Cancel stops it), and the results show the month with its
 * intervals, a table of the day types, and one day type in full. English and Chinese.
 */
import { expect, test } from '@playwright/test';
import {
  MONTH_CHOICE,
  chooseRunDay,
  dayChoice,
  openDeposit,
  simulationDock as dock,
} from './runDayDriver.ts';

test('runs a month of day types and shows the month and each day type', async ({ page }) => {
  await openDeposit(page);
  await expect((await dayChoice(page)).locator('option').last()).toHaveText(MONTH_CHOICE.en);
  await chooseRunDay(page, { day: MONTH_CHOICE.en, replications: 4 });
  await page.getByRole('button', { name: /^▶?\s*Run simulation/ }).click();
  const month = page.getByTestId('month-panel');
  await expect(month).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('run-of')).toContainText(
    '4 replications · seed 20261123 · a month of 22 days: 3 day types',
  );
  await expect(month).toContainText('The month: 22 business days');
  await expect(month.locator('[data-kpi="arrived"]')).toContainText(
    /customers\s*per month · 95 % CI [\d,.]+ – [\d,.]+ customers/,
  );
  await expect(month.locator('[data-kpi="waitMean"]')).toContainText(/[\d.]+ min/);
  await expect(month.locator('[data-kpi="totalCost"]')).toBeVisible();
  const rows = month.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(
    /Ordinary day\s*18 days\s*[\d,.]+ customers\s*[\d.]+ min/,
  );
  await expect(rows.nth(2)).toContainText('Pension day');

  // The first day type is shown in full; the pension day on request (six tellers, five over lunch).
  const results = page.getByTestId('results-panel');
  await expect(page.getByTestId('month-shown-day')).toContainText('Below: Ordinary day');
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 3.8 units');
  await month.getByRole('radio', { name: 'Show the results of Pension day' }).check();
  await expect(page.getByTestId('month-shown-day')).toContainText('Below: Pension day');
  await expect(results.locator('.results-pool__facts').first()).toContainText('capacity 5.8 units');
});

test('shows the month’s progress across day types, and Cancel stops it', async ({ page }) => {
  await openDeposit(page);
  await chooseRunDay(page, { day: MONTH_CHOICE.en, replications: 2000 });
  await page.getByRole('button', { name: /^▶?\s*Run simulation/ }).click();
  // Its long words are the tooltip; the header shows them short (dock-texts.spec.ts).
  await expect(page.locator('.run-control__text')).toHaveAttribute(
    'title',
    /Ordinary day \(1 of 3 day types\) · Replication \d+ of 6000/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Run cancelled.')).toBeVisible();
  await expect(page.getByTestId('month-panel')).toHaveCount(0);
});

test('runs a month in Chinese', async ({ page }) => {
  await openDeposit(page, 'zh');
  await expect((await dayChoice(page, 'zh')).locator('option')).toHaveText([
    '按蓝图',
    '平日',
    '月末',
    '养老金发放日',
    MONTH_CHOICE.zh,
  ]);
  await chooseRunDay(page, { day: MONTH_CHOICE.zh, replications: 3, language: 'zh' });
  await page.getByRole('button', { name: /运行仿真/ }).click();
  const month = page.getByTestId('month-panel');
  await expect(month).toContainText('整月：22 个营业日', { timeout: 90_000 });
  await expect(month.locator('[data-kpi="arrived"]')).toContainText(/位客户\s*每月 · 95% 置信区间/);
  await expect(month.locator('tbody tr').nth(2)).toContainText('养老金发放日');
  await expect(page.getByTestId('run-of')).toContainText('整月 22 天：3 种营业日类型');
});

test('saved runs say their day or month, and a comparison of different days says so', async ({
  page,
}) => {
  await openDeposit(page, 'zh');
  const panel = dock(page, 'zh');
  const runAndSave = async (choice: string, name: string) => {
    await chooseRunDay(page, { day: choice, replications: 3, language: 'zh' });
    await page.getByRole('button', { name: /运行/ }).first().click();
    // Three runs on a machine shared with other work: each may take a while.
    await expect(page.locator('.run-control__run')).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId('run-of')).toBeVisible();
    await panel.getByRole('tab', { name: '方案' }).click();
    await panel.getByLabel('方案名称').fill(name);
    await panel.getByRole('button', { name: '保存为方案' }).click();
  };
  await runAndSave('平日', '平日 4 名柜员');
  await runAndSave('养老金发放日', '养老金日 6 名柜员');
  await runAndSave(MONTH_CHOICE.zh, '整月');
  await expect(panel.getByTestId('scenario-day')).toHaveText([
    '平日',
    '养老金发放日',
    '整月（22 天）',
  ]);

  // The newest two are picked: the pension day and the month.
  await panel.getByRole('button', { name: '比较', exact: true }).click();
  await expect(panel.getByTestId('comparison-days')).toContainText(
    '一个是整月，另一个是单个营业日（养老金发放日；整月（22 天））',
  );
  await panel.getByRole('button', { name: '关闭对比' }).click();
  await panel.getByRole('checkbox', { name: '整月' }).uncheck();
  await panel.getByRole('checkbox', { name: '平日 4 名柜员' }).check();
  await panel.getByRole('button', { name: '比较', exact: true }).click();
  await expect(panel.getByTestId('comparison-days')).toContainText(
    '两次运行的营业日不同（平日；养老金发放日）：按相互独立的运行比较',
  );
});
