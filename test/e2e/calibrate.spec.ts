/**
 * The Calibrate dialog in Chromium: the counter-deposit queue-ticket log read in the
 * worker, its business type mapped to a step, the fits shown, Apply as one undoable
 * change; a messy log's skipped rows with their reasons, nothing changed until Apply;
 * the same in Chinese; times read as Excel serial numbers named; a large log's progress
 * and Cancel.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import type { Blueprint } from '../../src/model/index.ts';
import { COPIES, daysFor, ticketLines } from '../../scripts/logs/benchTicketLog.ts';
import { chooseLog, dialog, dropLog, openApp, openCalibrate } from './calibrateDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

function blueprintNow(page: Page): Promise<Blueprint> {
  return page.evaluate(() => (window as LabWindow).__blueprintLab!.getState().document!.blueprint!);
}

test('the deposit log: fits shown, Apply changes the blueprint, one undo restores it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  const before = await blueprintNow(page);
  await openCalibrate(page);
  await dropLog(page, 'counter-deposit-tickets.csv');

  await expect(page.getByTestId('calibrate-summary')).toContainText(
    'Queue-ticket log, utf-8, 2026-03-02 – 2026-03-20 (15 days): 5443 rows, 5443 used, 0 skipped.',
  );
  await expect(page.getByTestId('calibrate-arrivals-summary')).toContainText(
    '5443 arrivals over 15 days, 16 bins of 30 min',
  );
  // The shared chart frame draws the caller's series: the rate's line over its band.
  const arrivals = dialog(page).locator('[data-fit="arrivals"]');
  await expect(arrivals.locator('.recharts-line-curve')).toHaveCount(1);
  await expect(arrivals.locator('.recharts-area-area')).toHaveCount(1);
  await expect(page.getByTestId('calibrate-patience')).toContainText('814 gave up of 5443 waits');
  // 存款 matches no step by its name: the user sends it to the teller's step.
  await expect(dialog(page).getByTestId('calibrate-notes')).toContainText(
    '存款 (3261 rows) matches no step',
  );
  await dialog(page).getByLabel('Step: 存款').selectOption('c-hand-over');
  // One class: no class column to ask a meaningless question, a line that says so.
  await expect(dialog(page).getByTestId('calibrate-only-class')).toContainText(
    'Every row is of the blueprint’s one customer class',
  );
  await expect(dialog(page).getByLabel('Customer class: 存款')).toHaveCount(0);
  const service = dialog(page).locator('[data-fit="service:c-hand-over"]');
  await expect(service).toContainText(/lognormal by AICc, mean 4\.\d\d min/);
  await expect(service).toContainText(/Kolmogorov–Smirnov D 0\.\d{3}, p \d\.\d\d/);
  await expect(service.getByTestId('calibrate-span')).toContainText(
    'Written over the held span from Hand over to Print and stamp',
  );
  await expect(service.getByRole('img')).toBeVisible();
  await service.getByLabel('Histogram with fit').check();
  await expect(service.getByRole('img', { name: /Histogram of the durations/ })).toBeVisible();
  // The windows belong to the tellers (chosen here), written as their schedule.
  await dialog(page).getByTestId('calibrate-pool').selectOption('tellers');
  await expect(dialog(page).locator('[data-fit="windows"]')).toContainText(
    'written to pool Tellers',
  );
  // Nothing of the open blueprint changed while reading and mapping.
  expect(await blueprintNow(page)).toEqual(before);

  await dialog(page).getByRole('button', { name: 'Apply to the blueprint' }).click();
  await expect(dialog(page)).toBeHidden();
  const after = await blueprintNow(page);
  const duration = (b: Blueprint, id: string) => b.steps.find((s) => s.id === id)!.duration;
  expect(duration(after, 'f-count')).not.toEqual(duration(before, 'f-count'));
  expect(after.calibration?.values.map((v) => v.target)).toContain('steps.c-hand-over.duration');
  expect(after.calibration?.log).toBe('counter-deposit-tickets.csv');
  expect(after.calibration?.rows).toBe(5443);
  expect(after.classes![0]!.patience).toMatchObject({ type: 'exponential' });
  expect(after.classes![0]!.patience).not.toEqual(before.classes![0]!.patience);
  expect(after.arrivals).not.toEqual(before.arrivals);

  // One Ctrl+Z restores everything.
  await page.locator('.canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => blueprintNow(page)).toEqual(before);
});

test('a messy log: reasons for the skipped rows, nothing changed without Apply', async ({
  page,
}) => {
  await openApp(page);
  const before = await blueprintNow(page);
  await openCalibrate(page);
  await chooseLog(page, 'messy-tickets-bom.csv');
  await expect(page.getByTestId('calibrate-summary')).toContainText(
    /9 rows, \d+ used, \d+ skipped/,
  );
  const reasons = dialog(page).getByTestId('calibrate-reasons');
  await expect(reasons.locator('[data-code="duplicate"]')).toContainText(
    '1 row skipped: the same ticket A002 as row 3',
  );
  await expect(reasons.locator('[data-code="time-order"]')).toContainText('row 7:');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await blueprintNow(page)).toEqual(before);
});

test('in Chinese: the GBK log read, its reasons and fits in Chinese', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openApp(page);
  await openCalibrate(page, '校准…');
  await expect(dialog(page).getByRole('heading', { name: '用网点日志校准' })).toBeVisible();
  await chooseLog(page, 'messy-tickets-gbk.csv');
  await expect(page.getByTestId('calibrate-summary')).toContainText(/排队叫号日志，gb18030/);
  await expect(dialog(page).getByTestId('calibrate-reasons')).toContainText('跳过');
  await expect(dialog(page).getByRole('heading', { name: '拟合结果' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: '应用到蓝图' })).toBeVisible();
});

/** A ticket log exported from a spreadsheet: its times are Excel serial numbers. */
const SERIAL_LOG = Buffer.from(
  [
    '日期,票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,柜员号,状态',
    '2026-03-02,A001,存款,46083.375,46083.37847222222,46083.37916666667,46083.38541666667,1,G1,已办结',
    '2026-03-02,A002,存款,46083.5,,,,,,过号',
  ].join('\n') + '\n',
);

test('a log whose times are Excel serial numbers: the dialog names the columns and how they were read, in English and Chinese', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);
  await openCalibrate(page);
  const serialLog = { name: 'excel-tickets.csv', mimeType: 'text/csv', buffer: SERIAL_LOG };
  await page.getByTestId('calibrate-log-input').setInputFiles(serialLog);
  // 46083.375 is read as 2 March 2026, 09:00: the summary's dates are those of the log.
  await expect(page.getByTestId('calibrate-summary')).toContainText(
    '2026-03-02 – 2026-03-02 (1 day): 2 rows, 2 used, 0 skipped.',
  );
  const notice = dialog(page).getByTestId('calibrate-excel-serial');
  await expect(notice).toHaveText(
    'The times in columns “取号时间”, “叫号时间”, “开始办理时间”, “办结时间” are numbers, read as Excel serial dates: days since 30 December 1899, the fraction being the time of day (46083.375 is 2 March 2026, 09:00). If the dates above look wrong, these columns hold something else: choose others under Columns.',
  );
  // A log of written-out times has no such notice.
  await chooseLog(page, 'messy-tickets-bom.csv');
  await expect(page.getByTestId('calibrate-summary')).toContainText('messy-tickets-bom.csv');
  await expect(notice).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.evaluate(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openApp(page);
  await openCalibrate(page, '校准…');
  await page.getByTestId('calibrate-log-input').setInputFiles(serialLog);
  await expect(notice).toHaveText(
    '列“取号时间”、“叫号时间”、“开始办理时间”、“办结时间”中的时间是数字，已按 Excel 序列日期读取：自 1899 年 12 月 30 日起的天数，小数部分是一天中的时刻（46083.375 即 2026 年 3 月 2 日 09:00）。如果上面的日期不对，说明这些列不是这种日期：请在“列”中改选其他列。',
  );
});

test('a large log: the bar shows the bytes read as the worker reports them, Cancel stops the reading, nothing changed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const rows = 200_000;
  const buffer = Buffer.from([...ticketLines(rows, daysFor(rows, COPIES), COPIES)].join(''));
  await openApp(page);
  const before = await blueprintNow(page);
  await openCalibrate(page);
  await page
    .getByTestId('calibrate-log-input')
    .setInputFiles({ name: 'large-tickets.csv', mimeType: 'text/csv', buffer });
  const bar = dialog(page).locator('.calibrate-progress');
  // Past 0 %: the worker's reports reach the bar (Chromium's 2 MB pieces are read 64 KB at a time).
  await expect(bar).toContainText(/Reading “large-tickets\.csv”: [1-9]\d? % of 1\d\.\d MB/);
  await bar.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(dialog(page).getByText('Reading stopped. Nothing was changed.')).toBeVisible();
  await expect(bar).toHaveCount(0);
  expect(await blueprintNow(page)).toEqual(before);
});
