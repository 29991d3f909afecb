/**
 * A class's own service time from the Calibrate dialog: a blueprint with two classes at
 * one counter step, the deposit log's business types mapped to that step and to the
 * classes in the dialog, each class's fit shown as an item of its own, and Apply writing
 * the step's `classDuration`. In English, then the dialog's titles in Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { type Blueprint, serializeBlueprint } from '../../src/model/index.ts';
import { textbookDeposit } from '../support/textbookDeposit.ts';
import { chooseLog, dialog, openApp, openCalibrate } from './calibrateDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

function blueprintNow(page: Page): Promise<Blueprint> {
  return page.evaluate(() => (window as LabWindow).__blueprintLab!.getState().document!.blueprint!);
}

function twoClasses(): string {
  const blueprint = textbookDeposit();
  blueprint.classes = [
    { id: 'retail', label: { en: 'Retail', 'zh-CN': '零售客户' }, share: 0.75 },
    { id: 'quick', label: { en: 'Withdrawal', 'zh-CN': '取款客户' }, share: 0.25 },
  ];
  return serializeBlueprint(blueprint);
}

const CLASS_OF = { 存款: 'retail', 转账汇款: 'retail', 取款: 'quick' } as const;

async function openWithTwoClasses(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'two-classes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(twoClasses()),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Deposit|存款/);
}

test('each class’s service time is fitted, shown and written as the step’s classDuration', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openWithTwoClasses(page);
  await openCalibrate(page);
  await chooseLog(page, 'counter-deposit-tickets.csv');
  await expect(page.getByTestId('calibrate-summary')).toContainText('5443 rows');
  for (const [type, customerClass] of Object.entries(CLASS_OF)) {
    await dialog(page).getByLabel(`Step: ${type}`).selectOption('hand-over');
    await dialog(page).getByLabel(`Customer class: ${type}`).selectOption(customerClass);
  }
  const quick = dialog(page).locator('[data-fit="class-service:hand-over:quick"]');
  await expect(quick).toContainText('Service time at Hand over the passbook for Withdrawal');
  await expect(quick).toContainText(/gamma by AICc, mean 3\.\d\d min/);
  await expect(quick).toContainText('From 取款');
  const retail = dialog(page).locator('[data-fit="class-service:hand-over:retail"]');
  await expect(retail).toContainText(/mean 5\.\d\d min/);
  await expect(retail).toContainText('From 存款, 转账汇款');

  await dialog(page).getByRole('button', { name: 'Apply to the blueprint' }).click();
  await expect(dialog(page)).toBeHidden();
  const after = await blueprintNow(page);
  const handOver = after.steps.find((s) => s.id === 'hand-over')!;
  expect(handOver.classDuration?.quick).toMatchObject({ type: 'gamma' });
  expect(handOver.classDuration?.retail).toBeDefined();
  expect(after.calibration?.values.map((v) => v.target)).toEqual(
    expect.arrayContaining([
      'steps.hand-over.classDuration.quick',
      'steps.hand-over.classDuration.retail',
    ]),
  );
});

test('in Chinese the class’s fit is titled by the step and the class', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openWithTwoClasses(page);
  await openCalibrate(page, '校准…');
  await chooseLog(page, 'counter-deposit-tickets.csv');
  for (const [type, customerClass] of Object.entries(CLASS_OF)) {
    await dialog(page).getByLabel(`步骤: ${type}`).selectOption('hand-over');
    await dialog(page).getByLabel(`客户类别: ${type}`).selectOption(customerClass);
  }
  await expect(dialog(page).locator('[data-fit="class-service:hand-over:quick"]')).toContainText(
    '「交存折」的办理时间（取款客户）',
  );
});
