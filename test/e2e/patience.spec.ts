/**
 * A class's patience in the inspector: leaving it out reads as waiting as long as it
 * takes (not as "takes no time", which sounded like giving up at once), and a shape chosen
 * then starts from half an hour, with a minimum where the shape has one; switching shapes
 * keeps the mean. English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
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
