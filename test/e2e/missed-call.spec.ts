/**
 * Missed tickets (过号) in the step inspector: a chance at the tellers' step writes a
 * missed call with the call time, what follows and the chance of coming back; a class
 * gets its own chance under "By customer class"; emptying the chance removes it all. A
 * step without a pool offers none. The same fields in Chinese, at 1280×720.
 */
import { expect, test, type Page } from '@playwright/test';
import { vipBranch } from '../support/vipBranch.ts';
import { clickStep } from './canvasDriver.ts';
import { commit, openBlueprint, storedBlueprint } from './levers-driver.ts';

const HEADING = /Branch with a VIP window|设贵宾窗口的网点/;

const stepPanel = (page: Page) => page.locator('[data-panel="step"]');
const missedCallOf = async (page: Page, stepId: string) =>
  (await storedBlueprint(page))?.steps.find((step) => step.id === stepId)?.missedCall;

test('a missed call at the tellers, what follows, and a class’s own chance', async ({ page }) => {
  await openBlueprint(page, vipBranch(), HEADING);
  await clickStep(page, 'take-number');
  // No pool, no ticket to call.
  await expect(
    stepPanel(page).getByRole('group', { name: 'Missed call (customer not there)' }),
  ).toHaveCount(0);

  await clickStep(page, 'counter');
  const section = stepPanel(page).getByRole('group', { name: 'Missed call (customer not there)' });
  await commit(
    section.getByLabel('Chance a called customer is not there (%; empty: no missed tickets)'),
    '6',
  );
  await expect
    .poll(() => missedCallOf(page, 'counter'))
    .toEqual({
      probability: 0.06,
      callTime: { type: 'uniform', min: 0.5, max: 1 },
      then: { action: 'recall' },
    });

  await commit(section.getByLabel('Max (min)'), '1.5');
  await commit(section.getByLabel('Called again after this many tickets (empty: 3)'), '2');
  await commit(section.getByLabel('Chance the customer comes back (%; empty: 100)'), '70');
  await expect
    .poll(() => missedCallOf(page, 'counter'))
    .toEqual({
      probability: 0.06,
      callTime: { type: 'uniform', min: 0.5, max: 1.5 },
      then: { action: 'recall', after: 2, returnProbability: 0.7 },
    });
  // A count of tickets is whole.
  await commit(section.getByLabel('Called again after this many tickets (empty: 3)'), '1.5');
  await expect(section.getByRole('alert')).toHaveText('Enter a whole number.');
  await section.getByLabel('Called again after this many tickets (empty: 3)').press('Escape');

  await section
    .getByLabel('Then')
    .selectOption({ label: 'Back of the line, as with a new ticket' });
  await expect
    .poll(async () => (await missedCallOf(page, 'counter'))?.then)
    .toEqual({ action: 'back', returnProbability: 0.7 });

  const retail = stepPanel(page)
    .getByRole('group', { name: 'By customer class' })
    .locator('[data-class="retail"]');
  await commit(retail.getByLabel('Chance Retail misses the call (%; empty: the step’s)'), '10');
  await expect
    .poll(async () => (await missedCallOf(page, 'counter'))?.classProbability)
    .toEqual({ retail: 0.1 });

  await commit(
    section.getByLabel('Chance a called customer is not there (%; empty: no missed tickets)'),
    '',
  );
  await expect.poll(() => missedCallOf(page, 'counter')).toBeUndefined();
  await expect(
    retail.getByLabel('Chance Retail misses the call (%; empty: the step’s)'),
  ).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });

  test('the fields read in Chinese', async ({ page }) => {
    await openBlueprint(page, vipBranch({ missedCall: true }), HEADING);
    await clickStep(page, 'counter');
    const section = stepPanel(page).getByRole('group', { name: '过号（叫号时客户不在）' });
    await expect(section.getByLabel('叫号时客户不在的概率（%；空：不设过号）')).toHaveValue('8');
    await expect(section.getByLabel('顺延的号数（空：3）')).toHaveValue('2');
    await expect(section.getByLabel('客户回来的概率（%；空：100）')).toHaveValue('60');
    await section.getByLabel('随后').selectOption({ label: '号票作废：客户流失' });
    await expect
      .poll(async () => (await missedCallOf(page, 'counter'))?.then)
      .toEqual({ action: 'gone' });
    await expect(section.getByLabel('客户回来的概率（%；空：100）')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/missed-call-zh.png' });
    const retail = stepPanel(page).locator('[data-class="retail"]');
    await retail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/missed-call-class-zh.png' });
    await commit(retail.getByLabel('「零售客户」的过号概率（%；空：沿用本步骤）'), '5');
    await expect
      .poll(async () => (await missedCallOf(page, 'counter'))?.classProbability)
      .toEqual({ retail: 0.05 });
  });
});
