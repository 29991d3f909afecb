/**
 * A step's service per customer class in the inspector: a class's own duration and
 * chance of failing, "the customer is not here" and "by appointment" on a queue, each
 * written to the blueprint; the same fields in Chinese.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { clickStep } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

const storedBlueprint = (page: Page) =>
  page.evaluate(() => (window as LabWindow).__blueprintLab?.getState().document?.blueprint);

const storedStep = async (page: Page, id: string) =>
  (await storedBlueprint(page))?.steps.find((step) => step.id === id);

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

const stepPanel = (page: Page) =>
  page.getByRole('complementary', { name: 'Inspector' }).locator('[data-panel="step"]');

test('a class gets its own duration and chance of failing at a step', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const panel = stepPanel(page);
  const section = panel.getByRole('group', { name: 'By customer class' });
  await expect(section).toBeVisible();

  const retail = section.locator('[data-class="retail"]');
  await retail.getByLabel('Own duration for Retail customer').check();
  // It starts as the step's own lognormal, ready to be changed.
  await commit(retail.getByLabel('Mean (min)'), '2.5');
  await commit(
    retail.getByLabel('Chance of failing for Retail customer (%; empty: the step’s)'),
    '12',
  );

  await expect
    .poll(() => storedStep(page, 'f-count'))
    .toMatchObject({
      duration: { type: 'lognormal', mean: 1.4, sd: 0.7 },
      classDuration: { retail: { type: 'lognormal', mean: 2.5, sd: 0.7 } },
      failure: {
        probability: 0.07,
        classProbability: { retail: 0.12 },
        then: { action: 'goto', step: 'c-fill-slip' },
      },
    });

  // Emptied and unticked, the class takes the step's again, and the file says nothing of it.
  await commit(
    retail.getByLabel('Chance of failing for Retail customer (%; empty: the step’s)'),
    '',
  );
  await retail.getByLabel('Own duration for Retail customer').uncheck();
  await expect.poll(() => storedStep(page, 'f-count')).not.toHaveProperty('classDuration');
  expect((await storedStep(page, 'f-count'))?.failure).toEqual({
    probability: 0.07,
    then: { action: 'goto', step: 'c-fill-slip', rejoin: 'front' },
  });
});

test('a queue where only the file waits', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const away = stepPanel(page).getByLabel(
    'The customer is not here: only their file waits (nobody gives up in this queue)',
  );
  await away.check();
  await expect.poll(async () => (await storedStep(page, 'f-count'))?.customerPresent).toBe(false);
  await away.uncheck();
  await expect.poll(() => storedStep(page, 'f-count')).not.toHaveProperty('customerPresent');
});

test('a queue the customer comes to by appointment', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const booked = stepPanel(page).getByLabel(
    'By appointment: booked for the next free time, called ahead of walk-ins (nobody gives up in this queue)',
  );
  await booked.check();
  await expect
    .poll(async () => (await storedStep(page, 'f-count'))?.resource)
    .toEqual({ pool: 'tellers', booked: true });
  await booked.uncheck();
  await expect
    .poll(async () => (await storedStep(page, 'f-count'))?.resource)
    .not.toHaveProperty('booked');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the section and its fields are in Chinese', async ({ page }) => {
    await openApp(page);
    await clickStep(page, 'f-count');
    const section = page.getByRole('group', { name: '按客户类别' });
    await expect(section).toBeVisible();
    await section.getByLabel('「零售客户」单独设定耗时').check();
    await commit(section.getByLabel('「零售客户」的失误概率（%；空：沿用本步骤）'), '20');
    await expect
      .poll(async () => (await storedStep(page, 'f-count'))?.failure?.classProbability)
      .toEqual({ retail: 0.2 });
    expect((await storedStep(page, 'f-count'))?.classDuration).toEqual({
      retail: { type: 'lognormal', mean: 1.4, sd: 0.7 },
    });
    await page
      .getByLabel('预约办理：约在下一个空闲时间，先于未预约的客户叫号（此队列无人放弃离开）')
      .check();
    await expect.poll(async () => (await storedStep(page, 'f-count'))?.resource?.booked).toBe(true);
  });
});
