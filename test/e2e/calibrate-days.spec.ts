/**
 * The Calibrate dialog over logs of several days (issue 11): which days' arrivals the
 * profile is fitted from (all pooled, one weekday, a day type of the blueprint whose days
 * the user ticks: its arrival factor), each weekday's arrivals a day, in English and
 * Chinese; and the loan example's synthetic event log dropped in, its activities mapped
 * to steps, the duration fits and branch probabilities shown, Apply and one Undo.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import type { Blueprint } from '../../src/model/index.ts';
import { dialog, dropLog, openCalibrate } from './calibrateDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

function blueprintNow(page: Page): Promise<Blueprint> {
  return page.evaluate(() => (window as LabWindow).__blueprintLab!.getState().document!.blueprint!);
}

async function openExample(page: Page, example: string): Promise<void> {
  await page.goto(`/?example=${example}`);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

async function undo(page: Page): Promise<void> {
  await page.locator('.canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
}

test('the deposit log: arrivals of one weekday, or a day type’s factor from its ticked days', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openExample(page, 'counter-deposit');
  const before = await blueprintNow(page);
  await openCalibrate(page);
  await dropLog(page, 'counter-deposit-tickets.csv');
  await dialog(page).getByLabel('Step: 存款').selectOption('c-hand-over');
  const summary = page.getByTestId('calibrate-arrivals-summary');
  await expect(summary).toContainText('5443 arrivals over 15 days');

  // Each weekday's arrivals a day with its interval: three weeks, three of each.
  const weekdays = dialog(page).getByTestId('calibrate-weekdays');
  await expect(weekdays.locator('tbody tr')).toHaveCount(5);
  await expect(weekdays.locator('tbody tr').first()).toContainText(/Monday\s*3\s*\d{3}/);
  await expect(weekdays).toContainText(/\d{3}–\d{3}/);

  // One weekday: the profile from its three days.
  const choice = dialog(page).getByTestId('calibrate-days-choice');
  await expect(choice.locator('option')).toHaveText([
    'All days pooled (15 days)',
    'Workdays (15 days)',
    'Mondays (3 days)',
    'Tuesdays (3 days)',
    'Wednesdays (3 days)',
    'Thursdays (3 days)',
    'Fridays (3 days)',
    'Day type “Ordinary day”: its arrival factor',
    'Day type “Month end”: its arrival factor',
    'Day type “Pension day”: its arrival factor',
  ]);
  await choice.selectOption('mon');
  await expect(summary).toContainText(/\d+ arrivals over 3 days/);

  // A day type: its days ticked, the profile from the other days, its factor.
  await choice.selectOption({ label: 'Day type “Month end”: its arrival factor' });
  const dates = dialog(page).getByTestId('calibrate-days-dates');
  await expect(dates.getByRole('checkbox')).toHaveCount(15);
  await dates.getByLabel(/2026-03-02 Mon/).check();
  await dates.getByLabel(/2026-03-20 Fri/).check();
  await expect(summary).toContainText(/\d+ arrivals over 13 days/);
  const factor = dialog(page).locator('[data-fit="dayFactor"]');
  await expect(factor).toContainText('Arrival factor of Month end');
  // The log has the same rates every day: the factor's interval holds 1.
  await expect(factor.getByTestId('calibrate-day-factor')).toContainText(
    /^× (0\.9\d|1\.\d\d) \([\d.]+–[\d.]+\) the other days’ arrivals a day: \d+ arrivals on its 2 days, \d+ on the other 13 days\. Written to the day type’s arrival factor \(now × 1\.20\)\.$/,
  );
  const shown = await factor.getByTestId('calibrate-day-factor').textContent();
  const [, value, low, high] = /× ([\d.]+) \(([\d.]+)–([\d.]+)\)/.exec(shown!)!;
  expect(Number(low)).toBeLessThan(1);
  expect(Number(high)).toBeGreaterThan(1);
  expect(before.calibration).toBeUndefined();
  expect(await blueprintNow(page)).toEqual(before);

  await dialog(page).getByRole('button', { name: 'Apply to the blueprint' }).click();
  await expect(dialog(page)).toBeHidden();
  const after = await blueprintNow(page);
  const monthEnd = after.dayTypes!.find((d) => d.id === 'month-end')!;
  expect(monthEnd.arrivalFactor).toBeCloseTo(Number(value), 2);
  expect(after.dayTypes!.find((d) => d.id === 'pension')).toEqual(
    before.dayTypes!.find((d) => d.id === 'pension'),
  );
  const written = after.calibration!.values.find(
    (v) => v.target === 'dayTypes.month-end.arrivalFactor',
  );
  expect(written?.mean?.lower).toBeLessThan(1);
  expect(after.arrivals).not.toEqual(before.arrivals);

  await undo(page);
  expect(await blueprintNow(page)).toEqual(before);
});

test('in Chinese: the days’ choice and the weekdays’ table', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openExample(page, 'counter-deposit');
  await openCalibrate(page, '校准…');
  await dropLog(page, 'counter-deposit-tickets.csv');
  const choice = dialog(page).getByTestId('calibrate-days-choice');
  await expect(choice.locator('option').first()).toHaveText('全部日子合并（15 天）');
  await expect(choice.locator('option').nth(2)).toHaveText('周一（3 天）');
  await expect(choice.locator('option').last()).toHaveText(
    '营业日类型「养老金发放日」：其到达倍数',
  );
  const weekdays = dialog(page).getByTestId('calibrate-weekdays');
  await expect(weekdays.locator('caption')).toHaveText('按星期的到达');
  await expect(weekdays.locator('thead')).toContainText('日均到达');
  await expect(weekdays.locator('tbody tr').nth(4)).toContainText('周五');
  await choice.selectOption({ label: '营业日类型「养老金发放日」：其到达倍数' });
  await expect(dialog(page).getByTestId('calibrate-notes')).toContainText(
    '日志中没有勾选为「养老金发放日」的日子：未拟合其到达倍数',
  );
  await dialog(page)
    .getByTestId('calibrate-days-dates')
    .getByLabel(/2026-03-05 周四/)
    .check();
  await expect(dialog(page).getByTestId('calibrate-day-factor')).toContainText(
    /其余日子日均到达数的 [\d.]+ 倍（[\d.]+–[\d.]+）：其 1 天共到达 \d+ 人，其余 14 天共到达 \d+ 人/,
  );
});

test('the loan event log: activities mapped to steps, durations and branches fitted, Apply, Undo', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await openExample(page, 'loan-application');
  const before = await blueprintNow(page);
  await openCalibrate(page);
  await dropLog(page, 'loan-application-events.csv');
  await expect(page.getByTestId('calibrate-summary')).toContainText(
    /Event log, utf-8, 2026-03-02 – 2026-03-13 \(10 days\)/,
  );
  const mapping: Record<string, string> = {
    'Application intake': 'f-intake',
    'Document check': 'f-doc-check',
    'Credit scoring': 's-credit-score',
    Underwriting: 'b-underwrite',
    'Senior review': 'b-senior-review',
    Offer: 'f-offer',
    'Countersign contract': 'f-countersign',
    Decline: 'f-decline',
    Disbursement: 'b-disburse',
  };
  for (const [activity, step] of Object.entries(mapping)) {
    // Each choice reads the log again in the worker (the selects wait, disabled, and show
    // the fits' mapping when it is done): one at a time, with time for a busy machine.
    const select = dialog(page).getByLabel(`Step: ${activity}`);
    await expect(select).toBeEnabled({ timeout: 30_000 });
    if ((await select.inputValue()) !== step) await select.selectOption(step);
    await expect(select).toHaveValue(step, { timeout: 30_000 });
    await expect(select).toBeEnabled({ timeout: 30_000 });
  }
  // Durations: underwriting was drawn lognormal, mean 25 min.
  const underwriting = dialog(page).locator('[data-fit="service:b-underwrite"]');
  await expect(underwriting).toContainText(/lognormal by AICc, mean 2\d\.\d min/);
  await expect(underwriting.getByRole('img')).toBeVisible();
  await expect(dialog(page).locator('[data-fit="service:f-doc-check"]')).toContainText(
    /by AICc, mean [78]\.\d\d min/,
  );
  // Branches through the decisions the log does not record: 67 % approved at the first.
  const decision = dialog(page).locator('[data-fit="branch:d-decision"]');
  await expect(decision).toContainText('Branches after Approver decides');
  await expect(decision).toContainText(/to Present the offer: 6\d\.\d %/);
  await expect(dialog(page).locator('[data-fit="branch:d-referred"]')).toContainText(
    /to Explain the decline: \d\d\.\d %/,
  );
  await expect(dialog(page).locator('[data-fit="failure:f-doc-check"]')).toContainText(
    /\d+\.\d % \([\d.]+–[\d.]+\): the step was done again \d+ times in \d+ attempts/,
  );
  expect(await blueprintNow(page)).toEqual(before);

  await dialog(page).getByRole('button', { name: 'Apply to the blueprint' }).click();
  await expect(dialog(page)).toBeHidden();
  const after = await blueprintNow(page);
  const step = (b: Blueprint, id: string) => b.steps.find((s) => s.id === id)!;
  expect(step(after, 'b-underwrite').duration).not.toEqual(step(before, 'b-underwrite').duration);
  expect(step(after, 'b-underwrite').duration).toMatchObject({ type: 'lognormal' });
  const flow = (b: Blueprint, id: string) => b.flows.find((f) => f.id === id)!;
  expect(flow(after, 'd-referred--f-offer').probability).not.toBe(0.6);
  expect(after.calibration?.kind).toBe('event');
  expect(after.calibration?.log).toBe('loan-application-events.csv');
  expect(after.calibration?.values.map((v) => v.target)).toEqual(
    expect.arrayContaining([
      'steps.b-underwrite.duration',
      'flows.d-referred--f-offer.probability',
      'steps.f-doc-check.failure.probability',
    ]),
  );

  await undo(page);
  expect(await blueprintNow(page)).toEqual(before);
});
