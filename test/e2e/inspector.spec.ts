/**
 * The inspector in Chromium: the blueprint panel with nothing selected, the step panel
 * for a selected step (its duration shows on the canvas at once), and refused input
 * that leaves the blueprint as it was.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { clickStep, emptyPanePoint } from './canvasDriver.ts';

/** The development hook (src/app/canvas/devHook.ts), as seen from outside the app. */
type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

/** The blueprint the store holds, read through the development hook. */
const storedBlueprint = (page: Page) =>
  page.evaluate(() => (window as LabWindow).__blueprintLab?.getState().document?.blueprint);

/** Clicks the bare pane (no step, flow or minimap under it), which clears the selection. */
async function clickEmptyPane(page: Page): Promise<void> {
  await page.mouse.click(...(await emptyPanePoint(page)));
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const stepBox = (page: Page, id: string) => page.locator(`.step[data-step-id="${id}"]`);

/** Types into a field and commits it with Enter, as a person would. */
async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

test('with nothing selected it edits the blueprint: a pool capacity', async ({ page }) => {
  await openApp(page);
  const panel = inspector(page);
  await expect(panel.locator('[data-panel="blueprint"]')).toBeVisible();
  const tellers = panel.locator('[data-pool-id="tellers"]');
  const capacity = tellers.getByLabel('Capacity (units)');
  await expect(capacity).toHaveValue('4');

  await commit(capacity, '5');
  // Escape shows what the blueprint holds: the committed 5.
  await capacity.fill('7');
  await capacity.press('Escape');
  await expect(capacity).toHaveValue('5');

  // A fraction is refused with a message, and the blueprint keeps 5.
  await commit(capacity, '2.5');
  await expect(tellers.getByRole('alert')).toHaveText('Enter a whole number.');
  await capacity.press('Escape');
  await expect(capacity).toHaveValue('5');
});

test('a step added from the palette is inspected; its duration shows on the canvas', async ({
  page,
}) => {
  await openApp(page);
  const before = await page
    .locator('.step')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step-id')));
  await page.locator('.palette-chip[data-kind="action"]').click();
  const panel = inspector(page).locator('[data-panel="step"]');
  await expect(panel).toBeVisible();
  const id = await panel.getByLabel('Id', { exact: true }).inputValue();
  expect(before).not.toContain(id);

  await panel.getByLabel('Distribution').selectOption('exponential');
  await commit(panel.getByLabel('Mean (min)'), '3');
  await expect(stepBox(page, id).locator('.step__duration')).toHaveText('avg 3 min');
  await expect(panel.getByTestId('duration-mean')).toHaveText('Mean: 3 min');
  await expect(panel.getByRole('img', { name: /Shape of the Exponential/ })).toBeVisible();

  await commit(panel.getByLabel('Mean (min)'), '0');
  await expect(panel.getByRole('alert')).toHaveText('Must be greater than 0.');
  await expect(stepBox(page, id).locator('.step__duration')).toHaveText('avg 3 min');
});

test('clicking "Count cash" inspects it; editing its mean updates the canvas', async ({ page }) => {
  await openApp(page);
  const node = stepBox(page, 'f-count');
  await clickStep(page, 'f-count');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);

  const panel = inspector(page).locator('[data-panel="step"]');
  const mean = panel.getByLabel('Mean (min)');
  await expect(mean).toHaveValue('1.4');
  await expect(node.locator('.step__duration')).toHaveText('avg 1.4 min');

  await commit(mean, '2.4');
  await expect(node.locator('.step__duration')).toHaveText('avg 2.4 min');

  await commit(mean, '0');
  await expect(panel.getByRole('alert')).toHaveText('Must be greater than 0.');
  await expect(node.locator('.step__duration')).toHaveText('avg 2.4 min');
});

test('a flow whose branch chances do not sum to 100 % can be normalised in one click', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('.react-flow__edge[data-id="c-take-number--s-ticket"]').click({ force: true });
  const panel = inspector(page).locator('[data-panel="flow"]');
  await expect(panel).toBeVisible();

  const chance = panel.getByLabel('Chance of this branch (%)');
  await commit(chance, '50');
  await expect(panel.getByRole('status')).toContainText('add up to 50 %');
  await panel.getByRole('button', { name: 'Normalise' }).click();
  await expect(chance).toHaveValue('100');
  await expect(panel.getByRole('status')).toHaveCount(0);
});

test('a new class gets its own Poisson arrivals and a new id that flows follow', async ({
  page,
}) => {
  await openApp(page);
  const blueprintPanel = inspector(page).locator('[data-panel="blueprint"]');
  await blueprintPanel.getByRole('button', { name: 'Add a class' }).click();
  const card = blueprintPanel.locator('[data-class-id="class"]');
  await card.getByLabel('Arrival pattern').selectOption('poisson');
  await card.getByLabel('Customers start at').selectOption('c-fill-slip');
  await commit(card.getByLabel('Arrivals per hour'), '12');

  // A flow that names the class, so the rename has a reference to follow.
  const flowId = 'c-take-number--s-ticket';
  await page.locator(`.react-flow__edge[data-id="${flowId}"]`).click({ force: true });
  const flowPanel = inspector(page).locator('[data-panel="flow"]');
  await commit(flowPanel.getByLabel('Chance for New class (%)'), '30');
  await clickEmptyPane(page);

  const renamed = blueprintPanel.locator('[data-class-id="class"]');
  const id = renamed.getByLabel('Id', { exact: true });
  await commit(id, 'retail');
  await expect(renamed.getByRole('alert')).toHaveText('Another item already has this id.');
  await commit(id, '2nd');
  await expect(renamed.getByRole('alert')).toContainText('An id starts with a letter');
  await commit(id, 'walk-in');
  await expect(blueprintPanel.locator('[data-class-id="walk-in"]')).toBeVisible();

  const blueprint = await storedBlueprint(page);
  expect(blueprint?.classes?.map((c) => c.id)).toEqual(['retail', 'walk-in']);
  expect(blueprint?.classes?.[1]?.arrivals).toEqual({
    type: 'poisson',
    entry: 'c-fill-slip',
    perHour: 12,
  });
  // The blueprint's own stream is untouched by the class's.
  expect(blueprint?.arrivals?.type).toBe('profile');
  expect(blueprint?.flows.find((f) => f.id === flowId)?.classProbability).toEqual({
    'walk-in': 0.3,
  });
});

test('the inspector folds away to a rail and comes back, remembered after a reload', async ({
  page,
}) => {
  await openApp(page);
  const canvas = page.locator('.canvas');
  const wide = (await canvas.boundingBox())!.width;
  await inspector(page).getByRole('button', { name: 'Hide the inspector' }).click();
  await expect(inspector(page).getByRole('button', { name: 'Inspector' })).toBeVisible();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(wide + 250);
  await page.reload();
  const back = inspector(page).getByRole('button', { name: 'Inspector' });
  await expect(back).toHaveAttribute('aria-expanded', 'false');
  await back.click();
  await expect(inspector(page).getByRole('heading', { name: 'Inspector' })).toBeVisible();
});

test('text is committed as it is typed, and the whole edit is one undo step', async ({ page }) => {
  await openApp(page);
  const node = stepBox(page, 'f-count');
  await clickStep(page, 'f-count');
  const label = inspector(page)
    .locator('[data-panel="step"]')
    .getByLabel('Label (English)', { exact: true });
  await expect(label).toHaveValue('Count cash');

  // Two pauses in typing: each commits (the canvas shows it), the field keeps the focus
  // and the text exactly as typed, trailing space included.
  await label.press('End');
  await label.pressSequentially(' and ');
  await expect(node).toContainText('Count cash and');
  await expect(label).toBeFocused();
  await expect(label).toHaveValue('Count cash and ');
  await label.pressSequentially('coins');
  await expect(node).toContainText('Count cash and coins');

  // Left, then Ctrl+Z: the whole edit goes in one step.
  await label.evaluate((field: HTMLElement) => field.blur());
  await page.keyboard.press('Control+z');
  await expect(node).toContainText('Count cash');
  await expect(node).not.toContainText('and coins');
  await expect(label).toHaveValue('Count cash');
});

test('Escape takes back text already committed while typing', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const label = inspector(page)
    .locator('[data-panel="step"]')
    .getByLabel('Label (English)', { exact: true });
  await label.fill('Weigh the coins');
  await expect(stepBox(page, 'f-count')).toContainText('Weigh the coins');
  await label.press('Escape');
  await expect(label).toHaveValue('Count cash');
  await expect(stepBox(page, 'f-count')).toContainText('Count cash');
  expect((await storedBlueprint(page))?.steps.find((s) => s.id === 'f-count')?.label).toEqual(
    expect.objectContaining({ en: 'Count cash' }),
  );
});

test('a fail point’s note is edited in English and Chinese side by side', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const panel = inspector(page).locator('[data-panel="step"]');
  const english = panel.getByRole('textbox', { name: 'Why (note) (English)' });
  const chinese = panel.getByRole('textbox', { name: 'Why (note) (Chinese)' });
  await expect(english).toHaveValue(/^Slip incomplete/);
  await expect(chinese).toHaveValue(/^凭条填写不全/);
  await commit(chinese, '凭条不全：客户重填。');
  const note = (await storedBlueprint(page))!.steps.find((s) => s.id === 'f-count')!.failPoint!
    .note;
  expect(note).toEqual({
    en: 'Slip incomplete, or the cash counted is more or less than the slip says (short or over against the slip): the customer fills in the slip again and queues again. Counterfeit or damaged notes take a branch of their own.',
    'zh-CN': '凭条不全：客户重填。',
  });
});

test('a new blueprint named in English reads by that name in Chinese, not 新蓝图', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const panel = inspector(page);
  await commit(panel.getByLabel('Name (English)', { exact: true }), 'Account opening');
  await expect
    .poll(async () => (await storedBlueprint(page))?.name)
    .toEqual({
      en: 'Account opening',
    });
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Account opening');
});
