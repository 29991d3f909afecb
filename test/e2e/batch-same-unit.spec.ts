/**
 * The inspector's day's batch and same-unit fields as a designer uses them: the deposit's
 * voucher filing made a batch at a time of day, then at closing, from the keyboard and
 * the mouse; a failure beside the batch shows its error in the batch's section and stops
 * the run; undo and redo; a reload and the saved file keep it. The loan's offer served by
 * the officer who took the application (the same unit), a step after it named with its
 * warning, another pool's step with its error. English and Chinese.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { type Blueprint, type Step, loadBlueprintText } from '../../src/model/index.ts';
import { clickStep, emptyPanePoint, viewSettled } from './canvasDriver.ts';
import { autosavedBlueprint, commit, openBlueprint, storedBlueprint } from './levers-driver.ts';

function example(file: string): Blueprint {
  const loaded = loadBlueprintText(readFileSync(`blueprints/${file}.json`, 'utf8'));
  if (!loaded.ok) throw new Error(`the example ${file} does not load`);
  return loaded.blueprint;
}

/** The deposit with its voucher filing done per customer, as before it was made a batch. */
function depositWithoutBatch(): Blueprint {
  const blueprint = example('counter-deposit');
  delete blueprint.steps.find((step) => step.id === 'b-file')!.batch;
  return blueprint;
}

/** The loan with any unit at every step, as before the same officer was asked for. */
function loanWithoutSameUnit(): Blueprint {
  const blueprint = example('loan-application');
  for (const step of blueprint.steps) delete step.resource?.sameUnitAs;
  return blueprint;
}

const stepPanel = (page: Page) => page.locator('[data-panel="step"]');

async function storedStep(page: Page, id: string): Promise<Step | undefined> {
  return (await storedBlueprint(page))?.steps.find((step) => step.id === id);
}

/**
 * The loan's offer, at the right of a blueprint wider than the window at a readable zoom:
 * the designer drags the canvas to the left, then clicks the step.
 */
async function clickOffer(page: Page): Promise<void> {
  await viewSettled(page);
  const [x, y] = await emptyPanePoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 600, y, { steps: 8 });
  await page.mouse.up();
  await clickStep(page, 'f-offer');
}

/** Ctrl+Z or Ctrl+Shift+Z pressed from where the focus is, as a designer does after a change. */
async function undo(page: Page): Promise<void> {
  await page.keyboard.press('Control+z');
}
async function redo(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+z');
}

/** Reloads once autosave holds the step as `expected`: the last edit is stored, not lost. */
async function reloadWhenStored(
  page: Page,
  id: string,
  expected: Record<string, unknown>,
): Promise<void> {
  await expect
    .poll(async () => (await autosavedBlueprint(page))?.steps.find((step) => step.id === id))
    .toMatchObject(expected);
  await page.reload();
}

/** Saves the blueprint as a download (no "Save as" dialog headless) and reads the file. */
async function savedFile(page: Page): Promise<Blueprint> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^(Save|保存)$/ }).click();
  const download = await downloading;
  const loaded = loadBlueprintText(readFileSync(await download.path(), 'utf8'));
  if (!loaded.ok) throw new Error('the saved file does not load');
  return loaded.blueprint;
}

async function noSaveDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
}

/** Picks an option of a select with the mouse: the list takes the focus, as a click gives it. */
async function pick(select: Locator, label: string): Promise<void> {
  await select.focus();
  await select.selectOption({ label });
}

/** Picks an option of a select from the keyboard: focus, then the arrow keys to reach it. */
async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  const labels = await select.locator('option').allTextContents();
  const from = labels.indexOf(
    await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]!.text),
  );
  const to = labels.indexOf(label);
  if (to < 0) throw new Error(`no option ${label}: ${labels.join(', ')}`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await select.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}

test('the voucher filing made a batch: time, closing, its error, undo, reload and the file', async ({
  page,
}) => {
  await noSaveDialog(page);
  await openBlueprint(page, depositWithoutBatch(), /Counter deposit/);
  await clickStep(page, 'b-file');
  const section = stepPanel(page).getByRole('group', { name: 'Day’s batch' });
  const when = section.getByLabel('Done', { exact: true });
  await expect(when).toHaveValue('none');
  await expect(section.getByLabel('Batch time (HH:MM)')).toHaveCount(0);

  await chooseByKeyboard(when, 'As one batch at a time of day');
  await expect.poll(async () => (await storedStep(page, 'b-file'))?.batch).toEqual({ at: '16:00' });
  const at = section.getByLabel('Batch time (HH:MM)');
  await expect(at).toHaveValue('16:00');
  // A one-digit hour is read as the designer means it; a time that is none is refused.
  await commit(at, '9:30');
  await expect.poll(async () => (await storedStep(page, 'b-file'))?.batch).toEqual({ at: '09:30' });
  await commit(at, '25:00');
  await expect(section.getByRole('alert')).toHaveText(/HH:MM/);
  await at.press('Escape');
  await expect(at).toHaveValue('09:30');
  // After closing, the check says when the pile is worked through.
  await commit(at, '18:00');
  await expect(section.getByRole('list', { name: 'Checks' })).toContainText(
    'the batch at 18:00 comes after closing (17:00)',
  );

  // A failure beside the batch: its error shows in the batch's section, and nothing runs.
  await commit(stepPanel(page).getByLabel('Chance of failing (%)'), '5');
  await expect(section.getByRole('list', { name: 'Checks' })).toContainText(
    'Error: a step done as one batch a day cannot fail',
  );
  await expect(page.getByRole('button', { name: /Run/ }).first()).toBeDisabled();
  await commit(stepPanel(page).getByLabel('Chance of failing (%)'), '');
  await expect(section.getByRole('list', { name: 'Checks' })).not.toContainText('cannot fail');

  await chooseByKeyboard(when, 'As one batch at closing');
  await expect
    .poll(async () => (await storedStep(page, 'b-file'))?.batch)
    .toEqual({ at: 'closing' });
  await expect(section.getByLabel('Batch time (HH:MM)')).toHaveCount(0);
  // Undo from the list just changed, as the designer's focus is still there; then redo.
  await undo(page);
  await expect.poll(async () => (await storedStep(page, 'b-file'))?.batch).toEqual({ at: '18:00' });
  await expect(when).toHaveValue('time');
  await expect(section.getByLabel('Batch time (HH:MM)')).toHaveValue('18:00');
  await redo(page);
  await expect
    .poll(async () => (await storedStep(page, 'b-file'))?.batch)
    .toEqual({ at: 'closing' });

  await reloadWhenStored(page, 'b-file', { batch: { at: 'closing' } });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Counter deposit');
  await clickStep(page, 'b-file');
  await expect(
    stepPanel(page).getByRole('group', { name: 'Day’s batch' }).getByLabel('Done', { exact: true }),
  ).toHaveValue('closing');
  const saved = await savedFile(page);
  expect(saved.steps.find((step) => step.id === 'b-file')?.batch).toEqual({ at: 'closing' });
});

test('the offer by the officer who took the application: warnings, errors, undo and the file', async ({
  page,
}) => {
  await noSaveDialog(page);
  await openBlueprint(page, loanWithoutSameUnit(), /Personal loan application/);
  await clickOffer(page);
  const same = stepPanel(page).getByLabel('Served by the same unit as at');
  await expect(same).toHaveValue('');
  await expect(same.locator('option')).toHaveText([
    'Any unit (whoever is free)',
    'This step, on a visit before',
    'Take the application',
    'Check the documents',
    'Explain the decline',
    'Countersign',
  ]);
  await chooseByKeyboard(same, 'Take the application');
  await expect
    .poll(async () => (await storedStep(page, 'f-offer'))?.resource?.sameUnitAs)
    .toBe('f-intake');
  // The checks of the field show under it, in the pool's section, where the designer looks.
  const pool = stepPanel(page).getByRole('group', { name: 'Resource pool' });
  const checks = pool.getByRole('list', { name: 'Checks' });
  await expect(checks).toHaveCount(0);

  // A step the customer reaches only after this one: they may come without it, a warning.
  await pick(same, 'Countersign');
  await expect(checks).toContainText('Warning:');
  await expect(checks).toContainText('without passing step "Countersign"');
  await undo(page);
  await expect(same).toHaveValue('f-intake');
  await expect(checks).toHaveCount(0);
  await redo(page);
  await expect(same).toHaveValue('f-countersign');
  await undo(page);

  // The offer moved to another pool: the named step's officers are not this pool's units.
  await pick(stepPanel(page).getByLabel('Pool', { exact: true }), 'Back-office clerk');
  await expect(checks).toContainText('Error:');
  await expect(page.getByRole('button', { name: /Run/ }).first()).toBeDisabled();
  await undo(page);
  await expect(checks).toHaveCount(0);
  await expect(same).toHaveValue('f-intake');

  await reloadWhenStored(page, 'f-offer', { resource: { sameUnitAs: 'f-intake' } });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Personal loan application');
  await clickOffer(page);
  await expect(stepPanel(page).getByLabel('Served by the same unit as at')).toHaveValue('f-intake');
  const saved = await savedFile(page);
  expect(saved.steps.find((step) => step.id === 'f-offer')?.resource).toEqual({
    pool: 'loan-officers',
    keepUntil: 'f-countersign',
    sameUnitAs: 'f-intake',
    booked: true,
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  });

  test('the batch reads in Chinese', async ({ page }) => {
    await openBlueprint(page, depositWithoutBatch(), /柜台存款/);
    await clickStep(page, 'b-file');
    const section = stepPanel(page).getByRole('group', { name: '每日批量处理' });
    const when = section.getByLabel('办理方式', { exact: true });
    await chooseByKeyboard(when, '在指定时间批量处理');
    await expect
      .poll(async () => (await storedStep(page, 'b-file'))?.batch)
      .toEqual({ at: '16:00' });
    await commit(stepPanel(page).getByLabel('失误概率（%）'), '5');
    await expect(section.getByRole('list', { name: '检查结果' })).toContainText('错误');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: 'test-results/batch-zh.png' });
    await undo(page);
    await expect(section.getByRole('list', { name: '检查结果' })).toHaveCount(0);
  });

  test('the same unit reads in Chinese', async ({ page }) => {
    await openBlueprint(page, loanWithoutSameUnit(), /网点个人贷款申请/);
    await clickOffer(page);
    const same = stepPanel(page).getByLabel('由以下步骤的同一单位办理');
    await chooseByKeyboard(same, '受理申请');
    await expect
      .poll(async () => (await storedStep(page, 'f-offer'))?.resource?.sameUnitAs)
      .toBe('f-intake');
    await pick(same, '银行签章');
    const pool = stepPanel(page).getByRole('group', { name: '资源池' });
    await expect(pool.getByRole('list', { name: '检查结果' })).toContainText('警告');
    await pool.scrollIntoViewIfNeeded();
    await pool.screenshot({ path: 'test-results/same-unit-zh.png' });
    await undo(page);
    await expect(same).toHaveValue('f-intake');
  });
});
