/**
 * A what-if after a month's run: with the month chosen, the counter deposit example's
 * month is run again with one more teller on every day type (pension day's six become
 * seven), with its progress across the day types and Cancel in the header, and the What
 * if tab compares it with the month, paired: the month's figures, then each day type's
 * day. English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  type Language,
  MONTH_CHOICE,
  chooseRunDay,
  openDeposit,
  simulationDock as dock,
} from './runDayDriver.ts';

const WORDS = {
  en: {
    run: /^▶?\s*Run simulation/,
    whatIf: 'What if',
    more: 'One more: Tellers',
    runWhatIf: 'Run what-if',
  },
  zh: { run: /运行仿真/, whatIf: '假设分析', more: '增加一个：柜员', runWhatIf: '运行假设分析' },
} as const;

/** Runs the month, then the what-if with one more teller from the What if tab. */
async function monthThenWhatIf(page: Page, language: Language, replications: number) {
  await chooseRunDay(page, { day: MONTH_CHOICE[language], replications, language });
  await page.getByRole('button', { name: WORDS[language].run }).click();
  await expect(page.getByTestId('month-panel')).toBeVisible({ timeout: 120_000 });
  await dock(page, language).getByRole('tab', { name: WORDS[language].whatIf }).click();
  await expect(page.getByTestId('whatif-month-note')).toBeVisible();
  await page.getByRole('button', { name: WORDS[language].more }).click();
  await page.getByRole('button', { name: WORDS[language].runWhatIf }).click();
}

test.setTimeout(300_000);

test('runs the month again with one more teller and compares it, paired, day type by day type', async ({
  page,
}) => {
  await openDeposit(page);
  await monthThenWhatIf(page, 'en', 3);
  await expect(page.getByTestId('whatif-month-note')).toContainText(
    'A day type with its own staffing gets as many units more or fewer',
  );
  const comparison = page.getByTestId('scenario-comparison');
  await expect(comparison).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('comparison-days')).toContainText(
    'Two months of the same day types, seed and replications',
  );
  await expect(comparison.locator('thead')).toContainText('Tellers +1');
  // The same customers on the same days; a fifth teller (seventh on pension day) cuts the wait.
  await expect(comparison.locator('[data-row="month:arrived"]')).toHaveAttribute(
    'data-change',
    'same',
  );
  const wait = comparison.locator('[data-row="month:waitMean"]');
  await expect(wait).toHaveAttribute('data-change', 'better');
  await expect(wait).toContainText('same seed, paired day type by day type over 3 replications');
  await expect(comparison.locator('tbody[data-day-type] th[scope="rowgroup"]')).toHaveText([
    'Ordinary day, per day (18 days a month)',
    'Month end, per day (3 days a month)',
    'Pension day, per day (1 day a month)',
  ]);
  await expect(comparison.locator('[data-row="day:pension:waitMean"]')).toContainText(
    'same seed, paired over 3 replications',
  );
  // The Results tab shows the what-if's month.
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByTestId('run-of')).toContainText('a month of 22 days: 3 day types');
  await expect(page.getByTestId('run-of')).toContainText('What-if run: Tellers +1');
});

test('shows a month what-if’s progress across the day types, and Cancel stops it', async ({
  page,
}) => {
  await openDeposit(page);
  await chooseRunDay(page, { day: MONTH_CHOICE.en, replications: 2000 });
  await dock(page).getByRole('tab', { name: 'What if' }).click();
  await page.getByRole('button', { name: 'One more: Tellers' }).click();
  await page.getByRole('button', { name: 'Run what-if' }).click();
  // Its long words are the tooltip; the header shows them short (dock-texts.spec.ts).
  await expect(page.locator('.run-control__text')).toHaveAttribute(
    'title',
    /Ordinary day \(1 of 3 day types\) · Replication \d+ of 6000/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Run cancelled.')).toBeVisible();
  await expect(page.getByTestId('scenario-comparison')).toHaveCount(0);
});

test('compares a month what-if in Chinese', async ({ page }) => {
  await openDeposit(page, 'zh');
  await monthThenWhatIf(page, 'zh', 3);
  const comparison = page.getByTestId('scenario-comparison');
  await expect(comparison).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('comparison-days')).toContainText(
    '差异按营业日类型逐一、按重复运行配对评估',
  );
  await expect(comparison.locator('tbody[data-day-type] th[scope="rowgroup"]').last()).toHaveText(
    '养老金发放日，每天（每月 1 天）',
  );
  await expect(comparison.locator('[data-row="month:waitMean"]')).toContainText('按营业日类型逐一');
});
