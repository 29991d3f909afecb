/**
 * Day types made in the inspector, as a user without a text editor does it: from the
 * counter deposit example, a day "Before a holiday" with 30 % more walk-ins and one more
 * teller, named in both languages, its checks at the field, removed and brought back
 * with Undo, then run in a month beside the example's own day types. English and Chinese.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseRunDay, dayChoice, openDeposit } from './runDayDriver.ts';

const blueprintPanel = (page: Page) =>
  page.getByRole('complementary', { name: 'Inspector' }).locator('[data-panel="blueprint"]');

/** Types into a field and commits it with Enter, as a person would. */
async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

test('adds a day before a holiday with more arrivals and a teller more, and runs a month', async ({
  page,
}) => {
  await openDeposit(page);
  const panel = blueprintPanel(page);
  await expect(panel.locator('[data-day-type-id]')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Add a day type' }).click();
  await commit(
    panel.locator('[data-day-type-id="day"]').getByLabel('Id', { exact: true }),
    'pension',
  );
  await expect(panel.locator('[data-day-type-id="day"]').getByRole('alert')).toHaveText(
    'Another item already has this id.',
  );
  await commit(
    panel.locator('[data-day-type-id="day"]').getByLabel('Id', { exact: true }),
    'before-holiday',
  );
  const day = panel.locator('[data-day-type-id="before-holiday"]');
  await commit(day.getByLabel('Name (English)'), 'Before a holiday');
  await commit(day.getByLabel('Name (Chinese)'), '节前');
  await commit(day.getByLabel('Days per month (empty: 1)'), '2');
  await commit(day.getByLabel('Walk-in arrivals × (empty: 1)'), '0');
  await expect(day.getByRole('alert')).toContainText('0');
  await commit(day.getByLabel('Walk-in arrivals × (empty: 1)'), '1.3');

  // The tellers' own staffing on the day starts from theirs: four, three over lunch.
  await day.getByLabel('Staff differently').selectOption({ label: 'Tellers' });
  await day.getByRole('button', { name: 'Add', exact: true }).click();
  const tellers = day.locator('[data-staffed-pool="tellers"]');
  const units = tellers.getByLabel('Units of Tellers (outside the periods)');
  await expect(units).toHaveValue('4');
  // No teller at all that day (the lunch row gone too) is the model's error, shown here.
  await commit(units, '0');
  await tellers.getByRole('button', { name: 'Remove row 1' }).click();
  await expect(tellers.locator('.inspector-findings')).toContainText(
    /Before a holiday.*Tellers|before-holiday.*tellers/,
  );
  await commit(units, '5');
  await expect(tellers.locator('.inspector-findings')).toHaveCount(0);

  // Removed, then back with Undo, whole.
  await day.getByRole('button', { name: 'Remove this day type' }).click();
  await expect(panel.locator('[data-day-type-id="before-holiday"]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(units).toHaveValue('5');
  await expect(day.getByLabel('Walk-in arrivals × (empty: 1)')).toHaveValue('1.3');

  // The Day list offers it, and a month of 24 days runs it with the others.
  await expect((await dayChoice(page)).locator('option')).toHaveText([
    'As drawn',
    'Ordinary day',
    'Month end',
    'Pension day',
    'Before a holiday',
    'A month of them all (24 days)',
  ]);
  await chooseRunDay(page, { day: 'A month of them all (24 days)', replications: 2 });
  await page.getByRole('button', { name: /^▶?\s*Run simulation/ }).click();
  const month = page.getByTestId('month-panel');
  await expect(month).toBeVisible({ timeout: 120_000 });
  await expect(month).toContainText('The month: 24 business days');
  const rows = month.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText(/Before a holiday\s*2 days\s*[\d,.]+ customers/);
  // Five tellers all day: the day's staffing is the one run.
  await month.getByRole('radio', { name: 'Show the results of Before a holiday' }).check();
  await expect(page.getByTestId('month-shown-day')).toContainText('Below: Before a holiday');
  await expect(
    page.getByTestId('results-panel').locator('.results-pool__facts').first(),
  ).toContainText('capacity 5.0 units');
});

test('a day type is named and chosen in Chinese', async ({ page }) => {
  await openDeposit(page, 'zh');
  const panel = page.locator('[data-panel="blueprint"]');
  await expect(panel.getByRole('group', { name: '营业日类型', exact: true })).toBeVisible();
  await panel.getByRole('button', { name: '添加营业日类型' }).click();
  const day = panel.locator('[data-day-type-id="day"]');
  await expect(day.getByLabel('名称（中文）')).toHaveValue('新营业日类型');
  await commit(day.getByLabel('名称（中文）'), '节前');
  await commit(day.getByLabel('未预约客户到达倍数（空：1）'), '1.3');
  await day.getByRole('button', { name: '添加', exact: true }).click();
  await expect(day.getByLabel('「柜员」的单位数（时段之外）')).toHaveValue('4');
  await expect((await dayChoice(page, 'zh')).locator('option').nth(4)).toHaveText('节前');
});
