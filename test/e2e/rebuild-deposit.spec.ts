/**
 * The editor's "done when", end to end: from an empty canvas a designer builds a small
 * counter-deposit blueprint with mouse and keyboard only (palette drag, click-to-add and
 * keyboard add, inspector fields, handle-to-handle flows, undo and redo), saves it, and
 * after a reload finds it intact. The saved file is checked with the model's own loader;
 * the store is read through the development hook (src/app/canvas/devHook.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addedStepId,
  clickStep,
  emptyPanePoint,
  isUncovered,
  stepIds,
  viewSettled,
} from './canvasDriver.ts';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { loadBlueprintText } from '../../src/model/index.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const stepPanel = (page: Page) => inspector(page).locator('[data-panel="step"]');
const blueprintPanel = (page: Page) => inspector(page).locator('[data-panel="blueprint"]');
const chip = (page: Page, kind: string) => page.locator(`.palette-chip[data-kind="${kind}"]`);
const flowRegion = (page: Page) => page.getByRole('region', { name: 'Service blueprint canvas' });
const laneBand = (page: Page, lane: string) => page.locator(`.lane-rail [data-lane="${lane}"]`);
const stepBox = (page: Page, id: string) => page.locator(`.step[data-step-id="${id}"]`);
const edges = (page: Page) => page.locator('.react-flow__edge');

/** The blueprint in the store, as the dev hook shows it. */
function storedBlueprint(page: Page) {
  return page.evaluate(() => (window as LabWindow).__blueprintLab?.getState().document?.blueprint);
}

/** The autosaved blueprint text, read straight from IndexedDB. */
function autosavedText(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('blueprint-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autosave')) return resolve(undefined);
          const get = db.transaction('autosave').objectStore('autosave').get('current');
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Types into a field and commits it with Enter, as a person would. */
async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue(text);
}

async function box(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('not visible');
  return rect;
}

const centre = (rect: { x: number; y: number; width: number; height: number }) => ({
  x: rect.x + rect.width / 2,
  y: rect.y + rect.height / 2,
});

/** The id of the one step that was not there before, which is selected and inspected. */
async function addedAndInspected(page: Page, before: readonly string[]): Promise<string> {
  const id = await addedStepId(page, before);
  await expect(stepPanel(page).getByLabel('Id', { exact: true })).toHaveValue(id);
  return id;
}

/** Drags a chip with the mouse in small moves, as a person would, so dnd-kit picks it up. */
async function dragChip(page: Page, kind: string, lane: string, across: number): Promise<void> {
  const band = await box(laneBand(page, lane));
  const flow = await box(flowRegion(page));
  const to = { x: flow.x + flow.width * across, y: band.y + band.height / 2 };
  const from = centre(await box(chip(page, kind)));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await expect(page.locator('.palette-chip--overlay')).toBeVisible();
  await page.mouse.up();
  await expect(page.locator('.palette-chip--overlay')).toHaveCount(0);
}

/** Names the selected step in English through the inspector. */
async function nameStep(page: Page, id: string, label: string): Promise<void> {
  await commit(stepPanel(page).getByLabel('Label (English)', { exact: true }), label);
  await expect(stepBox(page, id).locator('.step__label')).toHaveText(label);
}

/** Selects a step by clicking its label on the canvas. */
async function selectStep(page: Page, id: string): Promise<void> {
  await clickStep(page, id);
  await expect(stepPanel(page).getByLabel('Id', { exact: true })).toHaveValue(id);
}

/** True when nothing covers the step at this point of the screen. */
function pointIsIn(page: Page, point: { x: number; y: number }, id: string): Promise<boolean> {
  return page.evaluate(
    ([x, y, stepId]) =>
      Boolean(
        document
          .querySelector(`.react-flow__node[data-id="${stepId}"]`)
          ?.contains(document.elementFromPoint(x, y)),
      ),
    [point.x, point.y, id] as const,
  );
}

/** Draws a flow from the bottom of one step to the top of the next, handle to handle. */
async function connect(page: Page, from: string, to: string): Promise<void> {
  const handle = (id: string, handleId: string) =>
    page.locator(`.react-flow__node[data-id="${id}"] [data-handleid="${handleId}"]`);
  await stepBox(page, from).hover();
  const start = centre(await box(handle(from, 'source-bottom')));
  const end = centre(await box(handle(to, 'target-top')));
  await expect.poll(() => pointIsIn(page, end, to)).toBe(true);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator(`.react-flow__edge[data-id="${from}--${to}"]`)).toHaveCount(1);
}

test('a designer rebuilds a counter deposit from an empty canvas, saves, reloads', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Without the "Save as" dialog (not drivable headless), saving is a download.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();

  // File → New: an empty canvas.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New blueprint');
  await expect(page.locator('.step')).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);

  // Two phases, named as they are added.
  for (const name of ['Arrive', 'Be served']) {
    await page.getByRole('button', { name: 'Add phase' }).click();
    const input = page.getByRole('textbox', { name: 'Name of phase New phase' });
    await expect(input).toBeFocused();
    await input.fill(name);
    await input.press('Enter');
    await expect(page.getByRole('list', { name: 'Phases' }).getByText(name)).toBeVisible();
  }
  const phaseIds = (await storedBlueprint(page))?.phases?.map((phase) => phase.id) ?? [];
  expect(phaseIds).toHaveLength(2);

  // Customer: an Action dragged onto the lane with the mouse.
  let before = await stepIds(page);
  await dragChip(page, 'action', 'customer', 0.3);
  const take = await addedAndInspected(page, before);
  await expect(stepBox(page, take)).toHaveClass(/lane--customer/);
  await nameStep(page, take, 'Take a number');
  await stepPanel(page).getByLabel('Phase', { exact: true }).selectOption(phaseIds[0]!);

  // Frontstage: dragged too.
  before = await stepIds(page);
  await dragChip(page, 'action', 'frontstage', 0.4);
  const count = await addedAndInspected(page, before);
  await expect(stepBox(page, count)).toHaveClass(/lane--frontstage/);
  await nameStep(page, count, 'Count cash');
  await stepPanel(page).getByLabel('Phase', { exact: true }).selectOption(phaseIds[1]!);

  // Backstage: click-to-add lands next to the selected step (frontstage); move it down a lane.
  before = await stepIds(page);
  await chip(page, 'action').click();
  const key = await addedAndInspected(page, before);
  await expect(stepBox(page, key)).toHaveClass(/lane--frontstage/);
  await stepPanel(page).getByLabel('Lane', { exact: true }).selectOption('backstage');
  await expect(stepBox(page, key)).toHaveClass(/lane--backstage/);
  await nameStep(page, key, 'Key the deposit');

  // Support: keyboard add (Enter on the focused chip) next to the selected backstage step.
  before = await stepIds(page);
  await chip(page, 'action').focus();
  await page.keyboard.press('Enter');
  const post = await addedAndInspected(page, before);
  await expect(stepBox(page, post)).toHaveClass(/lane--backstage/);
  await stepPanel(page).getByLabel('Lane', { exact: true }).selectOption('support');
  await expect(stepBox(page, post)).toHaveClass(/lane--support/);
  await nameStep(page, post, 'Core banking posts');

  // Evidence: the Evidence chip dragged onto the evidence lane.
  before = await stepIds(page);
  await dragChip(page, 'evidence', 'evidence', 0.3);
  const ticket = await addedAndInspected(page, before);
  await expect(stepBox(page, ticket)).toHaveClass(/lane--evidence/);
  await expect(stepBox(page, ticket)).toHaveAttribute('data-kind', 'evidence');
  await nameStep(page, ticket, 'Queue ticket');

  // Show the whole blueprint, clear of the inspector, before drawing flows.
  await page.locator('.react-flow__controls-fitview').click();
  await viewSettled(page);
  // Steps the minimap covers still show their top edge, where flows are drawn to.
  for (const id of [take, count, key, ticket])
    await expect.poll(() => isUncovered(page, id)).toBe(true);

  // Flows in order, handle to handle; undo and redo the first one on the way.
  await connect(page, take, count);
  await page.keyboard.press('Control+z');
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(edges(page)).toHaveCount(1);
  await connect(page, count, key);
  await connect(page, key, post);
  await expect(edges(page)).toHaveCount(3);

  // The blueprint panel (nothing selected): a pool "tellers" of 3, and Poisson arrivals.
  await page.mouse.click(...(await emptyPanePoint(page)));
  const panel = blueprintPanel(page);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Add a pool' }).click();
  const newPool = panel.locator('.inspector-card[data-pool-id]').last();
  await commit(newPool.getByLabel('Id', { exact: true }), 'tellers');
  const tellers = panel.locator('[data-pool-id="tellers"]');
  await commit(tellers.getByLabel('Label (English)', { exact: true }), 'Tellers');
  await commit(tellers.getByLabel('Capacity (units)'), '3');
  await panel.getByLabel('Arrival pattern').selectOption('poisson');
  await panel.getByLabel('Customers start at').selectOption(take);
  await commit(panel.getByLabel('Arrivals per hour'), '40');

  // "Take a number" is where customers wait (W).
  await selectStep(page, take);
  await stepPanel(page).getByLabel('W — wait point').check();
  await expect(stepBox(page, take).locator('.mark--wait')).toBeVisible();

  // "Count cash" can fail (F), takes a lognormal time and needs a teller.
  await selectStep(page, count);
  const step = stepPanel(page);
  await step.getByLabel('F — fail point').check();
  await expect(stepBox(page, count).locator('.mark--fail')).toBeVisible();
  await step.getByLabel('Distribution').selectOption('lognormal');
  await commit(step.getByLabel('Mean (min)'), '2');
  await commit(step.getByLabel('Standard deviation (min)'), '0.8');
  await expect(stepBox(page, count).locator('.step__duration')).toHaveText('avg 2 min');
  await step.getByLabel('Pool', { exact: true }).selectOption('tellers');

  // Save: a download that the model's own loader reads without errors.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloading;
  const saved = readFileSync(await download.path(), 'utf8');
  const loaded = loadBlueprintText(saved);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  const blueprint = loaded.blueprint;
  const labels = Object.fromEntries(blueprint.steps.map((s) => [s.id, s.label]));
  expect(labels).toEqual({
    [take]: expect.objectContaining({ en: 'Take a number' }),
    [count]: expect.objectContaining({ en: 'Count cash' }),
    [key]: expect.objectContaining({ en: 'Key the deposit' }),
    [post]: expect.objectContaining({ en: 'Core banking posts' }),
    [ticket]: expect.objectContaining({ en: 'Queue ticket' }),
  });
  const byId = new Map(blueprint.steps.map((s) => [s.id, s]));
  expect(blueprint.steps.map((s) => [s.id, s.kind, s.lane])).toEqual([
    [take, 'action', 'customer'],
    [count, 'action', 'frontstage'],
    [key, 'action', 'backstage'],
    [post, 'action', 'support'],
    [ticket, 'evidence', 'evidence'],
  ]);
  expect(blueprint.flows.map((f) => [f.from, f.to])).toEqual([
    [take, count],
    [count, key],
    [key, post],
  ]);
  expect(blueprint.phases?.map((phase) => phase.label)).toEqual([
    expect.objectContaining({ en: 'Arrive' }),
    expect.objectContaining({ en: 'Be served' }),
  ]);
  expect(byId.get(take)?.phase).toBe(phaseIds[0]);
  expect(byId.get(count)?.phase).toBe(phaseIds[1]);
  expect(byId.get(take)?.waitPoint).toBeDefined();
  expect(byId.get(take)?.failPoint).toBeUndefined();
  expect(byId.get(count)?.failPoint).toBeDefined();
  expect(byId.get(count)?.waitPoint).toBeUndefined();
  expect(byId.get(count)?.duration).toEqual({ type: 'lognormal', mean: 2, sd: 0.8 });
  expect(byId.get(count)?.resource).toMatchObject({ pool: 'tellers' });
  expect(blueprint.resources).toEqual([
    expect.objectContaining({
      id: 'tellers',
      capacity: 3,
      label: expect.objectContaining({ en: 'Tellers' }),
    }),
  ]);
  expect(blueprint.arrivals).toEqual({ type: 'poisson', entry: take, perHour: 40 });

  // Reload once autosave holds what was saved: the blueprint comes back intact.
  await expect.poll(() => autosavedText(page)).toBe(saved);
  await page.reload();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New blueprint');
  await expect(page.locator('.step')).toHaveCount(5);
  const shownLabels = await page.locator('.step .step__label').allInnerTexts();
  expect(shownLabels.sort()).toEqual([
    'Core banking posts',
    'Count cash',
    'Key the deposit',
    'Queue ticket',
    'Take a number',
  ]);
  await expect(edges(page)).toHaveCount(3);
  await expect(stepBox(page, take).locator('.mark--wait')).toHaveCount(1);
  await expect(stepBox(page, count).locator('.mark--fail')).toHaveCount(1);
  await expect(page.locator('.mark')).toHaveCount(2);
  // The same blueprint as the file (key order aside: see serializeBlueprint).
  expect(await storedBlueprint(page)).toEqual(blueprint);
});
