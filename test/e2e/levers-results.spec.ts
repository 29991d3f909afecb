/**
 * The branch's levers in the results dock: a run of the VIP branch whose VIP window also
 * serves the tellers' queue and whose tellers miss some tickets shows the VIP window's
 * work at the other queue, the missed tickets (a row selects the step), and the cost by
 * class and outcome with intervals; in English and in Chinese at 1280×720.
 */
import { expect, test, type Page } from '@playwright/test';
import { vipBranch } from '../support/vipBranch.ts';
import { openBlueprint } from './levers-driver.ts';

const HEADING = /Branch with a VIP window|设贵宾窗口的网点/;
const resultsPanel = (page: Page) => page.getByTestId('results-panel');

async function runAndWait(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^▶?\s*(Run simulation|Run again|运行|再次运行)/ })
    .click();
  await expect(resultsPanel(page)).toBeVisible({ timeout: 60_000 });
}

test('the VIP window’s work at the tellers’ queue, missed tickets and cost by class', async ({
  page,
}) => {
  await openBlueprint(page, vipBranch({ alsoServes: true, missedCall: true }), HEADING);
  await runAndWait(page);
  const panel = resultsPanel(page);

  const vip = panel.locator('.results-pool[data-pool-id="vip-window"]');
  await expect(vip.getByTestId('pool-also-served')).toHaveText(
    /^Also served [\d.]+ customers from other queues \([\d.]+ % of those served there\), [\d.]+ % of its time$/,
  );
  await expect(panel.locator('.results-pool[data-pool-id="tellers"]')).not.toContainText(
    'Also served',
  );

  const missed = panel.getByTestId('results-missed-calls').locator('[data-step-id="counter"]');
  await expect(missed).toContainText(/[\d.]+ missed calls/);
  await expect(missed).toContainText(/[\d.]+ % of calls · [\d.]+ came back · [\d.]+ lost/);
  // Each interval by its own figure: the count's after the count, the calling time's with it.
  await expect(missed).toContainText(/missed calls\s*95 % CI [\d.]+ – [\d.]+ · [\d.]+ % of calls/);
  await expect(missed).toContainText(/calling: [\d.]+ min \(95 % CI [\d.]+ – [\d.]+ min\)/);
  await missed.click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'counter');

  const costs = panel.getByTestId('results-costs');
  await expect(costs.locator('thead th')).toHaveText(['Figure', 'Retail', 'VIP', 'All customers']);
  const perServed = costs.locator('tr[data-row="perServed"]');
  await expect(perServed.locator('th')).toHaveText('Per transaction');
  // Two decimals a transaction, with the interval under it.
  await expect(perServed.locator('td').nth(2)).toHaveText(/^\d+\.\d\d95 % CI \d+\.\d\d–\d+\.\d\d$/);
  await expect(costs.locator('tr[data-row="outcome:completed"] th')).toHaveText(
    'Completed: per visit',
  );
  await expect(costs.locator('tr[data-row="background"]')).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });

  test('the same parts in Chinese', async ({ page }) => {
    await openBlueprint(page, vipBranch({ alsoServes: true, missedCall: true }), HEADING);
    await runAndWait(page);
    const panel = resultsPanel(page);
    const vip = panel.locator('.results-pool[data-pool-id="vip-window"]');
    await expect(vip.getByTestId('pool-also-served')).toContainText('兼顾其他队列的客户');
    const missed = panel.getByTestId('results-missed-calls');
    await expect(missed).toContainText('过号');
    await missed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/levers-results-zh-1.png' });
    const costs = panel.getByTestId('results-costs');
    await expect(costs.locator('thead th')).toHaveText([
      '指标',
      '零售客户',
      '贵宾客户',
      '全部客户',
    ]);
    await expect(costs.locator('tr[data-row="perServed"] th')).toHaveText('每笔业务');
    await costs.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/levers-results-zh-2.png' });
  });
});
