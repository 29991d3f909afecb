/**
 * Outcomes in the app, in Chromium: the canvas shows each exit's outcome and the
 * decision's failing branch, in both languages; the margin example run in the workers
 * reports the clients turned away at the eligibility check as rejected, apart from the
 * completed openings, and the designer's F on that decision is confirmed by the
 * measurement. The waits show those who gave up too, and the pools their overtime after
 * closing.
 */
import { expect, test } from '@playwright/test';
import { clickStep } from './canvasDriver.ts';

test('the canvas shows each exit’s outcome and the failing branch, in English and Chinese', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?example=margin-account-opening');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();

  const rejected = page.locator('.step[data-step-id="c-rejected"] .step-outcome');
  await expect(rejected).toHaveText('Rejected');
  await expect(rejected).toHaveAttribute('data-outcome', 'rejected');
  await expect(rejected).toHaveAttribute('title', 'Exit: Rejected (Not eligible)');
  const completed = page.locator('.step-outcome[data-outcome="completed"]').first();
  await expect(completed).toHaveText('Completed');
  // A rejection does not look like a completed service.
  const colour = (locator: typeof rejected) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await colour(rejected)).not.toBe(await colour(completed));
  // Steps that are not exits carry no outcome.
  await expect(page.locator('.step[data-step-id="d-eligible"] .step-outcome')).toHaveCount(0);

  // The failing branch out of the eligibility check: red, dashed, with an F in its caption.
  // (The suitability gate's branch to c-not-suitable is the example's other failing one.)
  await expect(page.locator('.react-flow__edge.flow--failing')).toHaveCount(2);
  const failingEdge = page.locator(
    '.react-flow__edge.flow--failing[data-id="d-eligible--c-rejected"]',
  );
  await expect(failingEdge).toHaveCount(1);
  const stroke = await failingEdge.locator('.react-flow__edge-path').evaluate((path) => {
    const style = getComputedStyle(path);
    return { colour: style.stroke, dashes: style.strokeDasharray };
  });
  expect(stroke.colour).toBe('rgb(198, 40, 40)');
  expect(stroke.dashes).not.toBe('none');
  const caption = page.locator('.flow-label[data-flow-id="d-eligible--c-rejected"]');
  await expect(caption.locator('.flow-label__fail')).toHaveText('F');
  await expect(caption).toHaveAttribute('title', /^Failing branch/);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(rejected).toHaveText('被拒绝');
  await expect(rejected).toHaveAttribute('title', '出口：被拒绝（不符合开户条件）');
  await expect(caption).toHaveAttribute('title', /^失败分支/);
});

test('the margin example counts rejections as their own outcome and confirms the F on eligibility', async ({
  page,
}) => {
  // About 40 s on the loaded 2-core machine (20 replications run in the workers): three times that.
  test.setTimeout(120_000);
  await page.goto('/?example=margin-account-opening');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  const dock = page.getByRole('region', { name: 'Simulation' });
  await dock.getByRole('tab', { name: 'Results' }).click();
  await page.getByRole('button', { name: /^▶?\s*(Run simulation|Run again)/ }).click();
  const results = page.getByTestId('results-panel');
  await expect(results).toBeVisible({ timeout: 60_000 });

  // The whole process leads with each outcome, not with "served".
  const completed = results.locator('[data-kpi="completed"]');
  const rejected = results.locator('[data-kpi="rejected"]');
  await expect(completed).toContainText('Completed');
  await expect(rejected).toContainText('Rejected');
  await expect(rejected).toContainText(/% of those who left/);
  await expect(rejected).toContainText(/95 % CI/);
  await expect(results.locator('[data-kpi="served"]')).toHaveCount(0);

  // Per class, with intervals: class C is turned away most often.
  const classC = results.locator('tr[data-class-id="C"] td[data-outcome="rejected"]');
  await expect(classC).toContainText(/\d+\.\d/);
  await expect(classC.locator('.results-table__ci')).toContainText('95 % CI');

  // The F on the eligibility decision now measures the rejecting branch: confirmed.
  const eligibleRow = results.locator(
    '.results-ranked--fail .results-ranked__row[data-step-id="d-eligible"]',
  );
  await expect(eligibleRow).toHaveClass(/results-ranked__row--confirmed/);
  await expect(eligibleRow).toContainText('Marked F, and it fails');
  const mark = page.locator('.step[data-step-id="d-eligible"] .measured-mark--fail');
  await expect(mark).toHaveAttribute('data-verdict', 'confirmed');
  await expect(mark).toContainText('F✓');

  // Where clients gave up in a queue, the wait of all who queued stands beside the mean.
  const waitRows = results.locator('.results-ranked--wait .results-ranked__row');
  await expect(
    waitRows.filter({ hasText: /all who queued, incl\. those who gave up: \d+\.\d min/ }),
  ).not.toHaveCount(0);
  // The advisers finish the clients inside at closing: overtime, said apart from the cost.
  const advisers = results.locator('.results-pool[data-pool-id="advisers"]');
  await expect(advisers).toContainText(/cost CN¥[\d,]+ in its hours/);
  const overtime = advisers.locator('.results-pool__overtime');
  await expect(overtime).toContainText(
    /overtime after its hours: \d+\.\d\d unit-hours, cost CN¥\d+/,
  );
  await expect(overtime).toHaveAttribute('title', /Not in the utilisation or the cost\./);
  await expect(results.locator('.results-pool__note')).toHaveCount(1);

  // The inspector shows the exit's outcome, and changing it is an edit like any other.
  await clickStep(page, 'c-rejected');
  const inspector = page.locator('[data-panel="step"]');
  const outcome = inspector.getByLabel('Outcome of the visit');
  await expect(outcome).toHaveValue('rejected');
  await outcome.selectOption('referred');
  await expect(outcome).toHaveValue('referred');
  await expect(page.getByText('Stale: the blueprint changed after this run.')).toBeVisible();
});
