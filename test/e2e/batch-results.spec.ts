/**
 * A step done as one batch a day in the app's results: the deposit with its voucher
 * filing as a 16:00 batch. The vouchers waiting for the clerk are not a wait point (no W
 * on the step, not ranked); the step's strip and the results' batch section show the
 * batch instead, in English and in Chinese.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { openBlueprint } from './levers-driver.ts';

function batchedDeposit(): Blueprint {
  const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
  if (!loaded.ok) throw new Error('the deposit example does not load');
  loaded.blueprint.steps.find((step) => step.id === 'b-file')!.batch = { at: '16:00' };
  return loaded.blueprint;
}

async function runAndWait(page: Page): Promise<void> {
  const dock = page.getByRole('region', { name: /^(Simulation|仿真)$/ });
  await dock.getByRole('tab', { name: /^(Results|结果)$/ }).click();
  await dock.getByLabel(/^(Replications|重复次数)$/).fill('4');
  await page
    .getByRole('button', { name: /^▶?\s*(Run simulation|Run again|运行|再次运行)/ })
    .click();
  await expect(page.getByTestId('results-panel')).toBeVisible({ timeout: 60_000 });
}

const fileStrip = (page: Page) => page.locator('.react-flow__node[data-id="b-file"] .step-result');

test('the voucher batch is no wait point: the strip and the results show the batch', async ({
  page,
}) => {
  await openBlueprint(page, batchedDeposit(), /Counter deposit/);
  await runAndWait(page);
  const panel = page.getByTestId('results-panel');
  const waits = panel.locator('.results-ranked--wait');
  await expect(waits.locator('[data-step-id]').first()).toHaveAttribute(
    'data-step-id',
    'c-hand-over',
  );
  await expect(waits.locator('[data-step-id="b-file"]')).toHaveCount(0);
  const row = panel.getByTestId('results-batches').locator('[data-step-id="b-file"]');
  await expect(row).toContainText(/File the voucher\s*[\d.]+ items/);
  await expect(row).toContainText(/unit-hours of work · pile done at \d\d:\d\d \(95 % CI /);
  await expect(fileStrip(page)).toContainText(/batch \d+ · done \d\d:\d\d/);
  await expect(
    page.locator('.react-flow__node[data-id="b-file"] .measured-mark--wait'),
  ).toHaveCount(0);
  await row.click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'b-file');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the same in Chinese', async ({ page }) => {
    await openBlueprint(page, batchedDeposit(), /柜台存款/);
    await runAndWait(page);
    const row = page.getByTestId('results-batches').locator('[data-step-id="b-file"]');
    await expect(row).toContainText(/[\d.]+ 件/);
    await expect(row).toContainText(/处理完毕（95% 置信区间 /);
    await expect(fileStrip(page)).toContainText(/批量 \d+ 件 · \d\d:\d\d 完毕/);
  });
});
