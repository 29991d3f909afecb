/**
 * The back-test in the Calibrate dialog, in Chromium: the counter-deposit queue-ticket log
 * calibrated, then the blueprint with the ticked fits simulated over the log's days in the
 * worker and set against the log hour by hour (a table, a plot, the misses named or "no
 * hour misses"); a long run cancelled; the same in Chinese, looked at on a 1280×720 screen;
 * a log of one day, where no hour can be judged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LOGS, dialog, dropLog, openApp, openCalibrate } from './calibrateDriver.ts';

/** The deposit log dropped on the dialog, its 存款 served at the teller's step. */
async function calibrateDeposit(page: Page, open: string, step: string): Promise<void> {
  await openApp(page);
  await openCalibrate(page, open);
  await dropLog(page, 'counter-deposit-tickets.csv');
  await dialog(page).getByLabel(`${step}: 存款`).selectOption('c-hand-over');
  await expect(dialog(page).locator('[data-fit="service:c-hand-over"]')).toBeVisible();
}

test('the deposit log: back-test table, plot and misses; a long run cancelled', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await calibrateDeposit(page, 'Calibrate…', 'Step');
  const backtest = dialog(page).getByTestId('backtest');
  await expect(backtest.getByRole('heading', { name: 'Back-test against the log' })).toBeVisible();
  // The one step with the W that needs a pool is preselected as the ticket queue.
  await expect(backtest.getByLabel('Ticket queue at step')).toHaveValue('c-hand-over');
  await expect(backtest.getByLabel('Simulated days')).toHaveValue('15');

  await backtest.getByRole('button', { name: 'Run the back-test' }).click();
  const results = backtest.getByTestId('backtest-results');
  await expect(results).toBeVisible({ timeout: 30_000 });
  // The log's hours, 09:00 to 17:00, one row each.
  const rows = results.getByTestId('backtest-row');
  await expect(rows.first().locator('th')).toHaveText('09:00–10:00');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  await expect(rows.first().locator('td').nth(2)).toHaveText(/^\d+\.\d\d\d+\.\d\d–\d+\.\d\d$/);
  await expect(results.getByTestId('backtest-errors')).toContainText(
    /Mean absolute error over \d+ hours: mean wait \d+\.\d\d min/,
  );
  await expect(results.getByTestId('backtest-errors')).toContainText(/tickets a day log 362\.9/);
  // Misses named in words, or none.
  await expect(
    results.getByTestId('backtest-misses').or(results.getByTestId('backtest-no-misses')),
  ).toContainText(/\d\d:00–\d\d:00, (mean wait|p90 wait|abandoned): log|No hour misses/);
  const plot = results.getByTestId('backtest-plot');
  await expect(plot).toHaveAttribute('aria-label', /Mean wait by hour/);
  await expect(plot.locator('.recharts-line-curve').first()).toBeVisible();
  await results.getByLabel('Abandoned').check();
  await expect(plot).toHaveAttribute('aria-label', /Abandoned by hour/);

  // A thousand days take long enough to cancel; Cancel stops at once and says so.
  await backtest.getByLabel('Simulated days').fill('1000');
  await backtest.getByRole('button', { name: 'Run the back-test' }).click();
  await expect(backtest.getByTestId('backtest-progress')).toBeVisible();
  await backtest.getByRole('button', { name: 'Cancel the back-test' }).click();
  await expect(backtest.getByTestId('backtest-status')).toHaveText(
    'Back-test stopped. Nothing was changed.',
  );
  await expect(backtest.getByTestId('backtest-results')).toHaveCount(0);
  await expect(backtest.getByRole('button', { name: 'Run the back-test' })).toBeEnabled();
});

test('in Chinese: the back-test headings and words in Chinese, readable at 1280×720', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await calibrateDeposit(page, '校准…', '步骤');
  const backtest = dialog(page).getByTestId('backtest');
  await expect(backtest.getByRole('heading', { name: '对照日志回测' })).toBeVisible();
  await backtest.getByRole('button', { name: '运行回测' }).click();
  const results = backtest.getByTestId('backtest-results');
  await expect(results).toBeVisible({ timeout: 30_000 });
  await expect(results.getByRole('heading', { name: '误差' })).toBeVisible();
  await expect(results.getByRole('heading', { name: '模型未命中的时段' })).toBeVisible();
  await expect(results.getByTestId('backtest-table')).toContainText('平均等待（分钟）');
  await expect(results.getByTestId('backtest-errors')).toContainText('个时段的平均绝对误差');
  await results.getByTestId('backtest-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('backtest-zh-CN-table.png') });
  await results.getByTestId('backtest-plot').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('backtest-zh-CN-plot.png') });
  await backtest.getByRole('heading', { name: '对照日志回测' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('backtest-zh-CN-top.png') });
});

test('a log of one day: no hour can be judged, and the dialog says so rather than that none misses', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [header, ...rows] = readFileSync(join(LOGS, 'counter-deposit-tickets.csv'), 'utf8').split(
    '\n',
  );
  const oneDay = [header, ...rows.filter((row) => row.startsWith('2026-03-02,'))].join('\n') + '\n';
  await openApp(page);
  await openCalibrate(page);
  await page
    .getByTestId('calibrate-log-input')
    .setInputFiles({ name: 'one-day.csv', mimeType: 'text/csv', buffer: Buffer.from(oneDay) });
  await expect(page.getByTestId('calibrate-summary')).toContainText('(1 day)');
  const backtest = dialog(page).getByTestId('backtest');
  await backtest.getByRole('button', { name: 'Run the back-test' }).click();
  const results = backtest.getByTestId('backtest-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results.getByTestId('backtest-none-judged')).toHaveText(
    'No hour could be judged: an hour needs at least 10 tickets over 2 days or more, in the log and in the model.',
  );
  await expect(results.getByTestId('backtest-no-misses')).toHaveCount(0);
  await expect(results.getByTestId('backtest-errors')).not.toContainText('Mean absolute error');
  await expect(results.getByTestId('backtest-table')).toContainText('(too few tickets or days)');
});
