/**
 * A class's patience in the inspector: leaving it out reads as waiting as long as it
 * takes (not as "takes no time", which sounded like giving up at once), and a shape chosen
 * then starts from half an hour, with a minimum where the shape has one; switching shapes
 * keeps the mean. Nobody gives up in the first minutes (patienceShift), shown only with a
 * patience. English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { commit, storedBlueprint } from './levers-driver.ts';
import { openDeposit } from './runDayDriver.ts';

const retail = (page: Page) => page.locator('[data-panel="blueprint"] [data-class-id="retail"]');

test('no patience waits forever; a shape chosen then starts from half an hour', async ({
  page,
}) => {
  await openDeposit(page);
  const card = retail(page);
  const shape = card.getByLabel('Distribution', { exact: true });
  await expect(shape).toHaveValue('gamma');
  await expect(card.getByTestId('duration-mean')).toContainText('30 min');
  // From the example's gamma of mean 30: the triangle keeps the mean and has a minimum.
  await shape.selectOption({ label: 'Triangular' });
  await expect(card.getByLabel('Min (min)')).toHaveValue('15');
  await expect(card.getByTestId('duration-mean')).toContainText('30 min');

  await expect(shape.locator('option').first()).toHaveText('None: waits as long as it takes');
  await shape.selectOption({ label: 'None: waits as long as it takes' });
  await expect(card.getByTestId('duration-mean')).toHaveCount(0);
  await shape.selectOption({ label: 'Uniform' });
  await expect(card.getByLabel('Min (min)')).toHaveValue('15');
  await expect(card.getByLabel('Max (min)')).toHaveValue('45');
});

test('no patience reads as waiting in Chinese too', async ({ page }) => {
  await openDeposit(page, 'zh');
  const shape = retail(page).getByLabel('分布', { exact: true });
  await expect(shape.locator('option').first()).toHaveText('无：一直等待，不放弃离开');
  await shape.selectOption({ index: 0 });
  await shape.selectOption('triangular');
  await expect(retail(page).getByTestId('duration-mean')).toContainText('30');
});

const storedShift = async (page: Page) =>
  (await storedBlueprint(page))?.classes?.find((c) => c.id === 'retail')?.patienceShift;

test('nobody gives up in the first minutes: set, cleared with 0, gone with the patience', async ({
  page,
}) => {
  await openDeposit(page);
  const card = retail(page);
  const shift = card.getByLabel('Nobody gives up in the first (min)');
  await expect(shift).toHaveValue('0');
  await commit(shift, '2');
  await expect.poll(() => storedShift(page)).toBe(2);
  await commit(shift, '-1');
  await expect(card.getByRole('alert')).toBeVisible();
  await shift.press('Escape');
  await expect(shift).toHaveValue('2');
  // 0, the default, is left out of the file.
  await commit(shift, '0');
  await expect.poll(() => storedShift(page)).toBeUndefined();
  await card
    .getByLabel('Distribution', { exact: true })
    .selectOption({ label: 'None: waits as long as it takes' });
  await expect(shift).toHaveCount(0);
});

test('the first minutes without giving up read in Chinese', async ({ page }) => {
  await openDeposit(page, 'zh');
  const shift = retail(page).getByLabel('开始等待后无人放弃离开的时长（分钟）');
  await commit(shift, '1.5');
  await expect.poll(() => storedShift(page)).toBe(1.5);
});
