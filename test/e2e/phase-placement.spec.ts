/**
 * Phases follow where steps sit: a step dropped from the palette inside a phase column
 * gets that phase, a step dragged into another column changes phase. The phase headers at
 * the deposit's whole view (zoom 0.35 at 1440×900, columns of some 85 px): the move and
 * remove buttons never take the name's room (a double-click to rename used to move the
 * phase twice), a long name shows whole on hover and focus, and a new phase comes into
 * view with its name.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

type Rect = { x: number; y: number; width: number; height: number };
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { addedStepId, stepIds, viewSettled } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await viewSettled(page);
}

const storedStep = (page: Page, id: string) =>
  page.evaluate(
    (stepId) =>
      (window as LabWindow).__blueprintLab
        ?.getState()
        .document?.blueprint?.steps.find((step) => step.id === stepId),
    id,
  );

async function box(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('not visible');
  return rect;
}

const phaseHeader = (page: Page, id: string) =>
  page.locator(`.phase-bar__phase[data-phase="${id}"]`);

/** Drags with the mouse in small moves, as a person would, so dnd-kit and React Flow see it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('a step dropped from the palette inside a phase column gets that phase', async ({ page }) => {
  await openApp(page);
  const before = await stepIds(page);
  const column = await box(phaseHeader(page, 'prepare'));
  const band = await box(page.locator('.lane-rail [data-lane="backstage"]'));
  const chip = await box(page.locator('.palette-chip[data-kind="action"]'));
  await drag(
    page,
    { x: chip.x + chip.width / 2, y: chip.y + chip.height / 2 },
    { x: column.x + column.width / 2, y: band.y + band.height / 2 },
  );
  const id = await addedStepId(page, before);
  expect((await storedStep(page, id))?.phase).toBe('prepare');
});

test('a step dragged into another column takes its phase', async ({ page }) => {
  await openApp(page);
  const step = await box(page.locator('.step[data-step-id="c-fill-slip"]'));
  const column = await box(phaseHeader(page, 'arrive'));
  const band = await box(page.locator('.lane-rail [data-lane="backstage"]'));
  const from = { x: step.x + step.width / 2, y: step.y + step.height / 2 };
  await drag(page, from, { x: column.x + column.width / 2, y: band.y + band.height / 2 });
  await expect.poll(async () => (await storedStep(page, 'c-fill-slip'))?.phase).toBe('arrive');
  expect((await storedStep(page, 'c-fill-slip'))?.lane).toBe('backstage');
});

test("a step's phase chosen in the inspector moves the step into that column", async ({ page }) => {
  await openApp(page);
  const step = page.locator('.step[data-step-id="c-fill-slip"]');
  await step.click();
  await page.getByLabel('Phase', { exact: true }).selectOption('serve');
  await expect.poll(async () => (await storedStep(page, 'c-fill-slip'))?.phase).toBe('serve');
  // Drawn inside the Serve column, whole: no seam through the box.
  await expect
    .poll(async () => {
      const placed = await box(step);
      const column = await box(phaseHeader(page, 'serve'));
      return placed.x >= column.x - 1 && placed.x + placed.width <= column.x + column.width + 1;
    })
    .toBe(true);
  // One undo puts it back where it stood, in its old phase.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedStep(page, 'c-fill-slip'))?.phase).toBe('prepare');
});

test('a step given an empty phase before the others in the inspector lands where it can be seen', async ({
  page,
}) => {
  await openApp(page);
  // The deposit with a new, empty first phase: its column stands left of "Arrive".
  const opened = await page.evaluate(() => {
    const lab = (window as LabWindow).__blueprintLab as unknown as {
      getState: () => BlueprintState;
      openBlueprint: (json: unknown) => boolean;
    };
    const blueprint = structuredClone(lab.getState().document!.blueprint!);
    blueprint.phases = [{ id: 'book', label: { en: 'Book a visit' } }, ...(blueprint.phases ?? [])];
    return lab.openBlueprint(blueprint);
  });
  expect(opened).toBe(true);
  await viewSettled(page);
  // Zoomed in on the later phases, as a designer works on them.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let times = 0; times < 3; times += 1) await zoomIn.click();
  const step = page.locator('.step[data-step-id="c-hand-over"]');
  // Selected as from the outline or a finding: the step may be anywhere on the canvas.
  await page.evaluate(() =>
    (window as LabWindow).__blueprintLab?.getState().select({ steps: ['c-hand-over'], flows: [] }),
  );
  await page.getByLabel('Phase', { exact: true }).selectOption('book');
  await expect.poll(async () => (await storedStep(page, 'c-hand-over'))?.phase).toBe('book');
  // In the pane, right of the lane names, and under its phase's header.
  await expect
    .poll(async () => {
      const placed = await box(step);
      const rail = await box(page.locator('.lane-rail'));
      const pane = await box(page.locator('.react-flow'));
      return (
        placed.x >= rail.x + rail.width - 1 && placed.x + placed.width <= pane.x + pane.width + 1
      );
    })
    .toBe(true);
  const placed = await box(step);
  const header = await box(phaseHeader(page, 'book'));
  expect(placed.x).toBeGreaterThanOrEqual(header.x - 1);
  expect(placed.x + placed.width).toBeLessThanOrEqual(header.x + header.width + 1);
});

/** Whether two boxes share any area. */
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Whether an element shows all of its text: nothing cut across or down. */
const whole = (locator: Locator) =>
  locator.evaluate(
    (node) => node.scrollWidth <= node.clientWidth && node.scrollHeight <= node.clientHeight,
  );

// The deposit's whole view at 1440×900 is zoom 0.35: "Prepare" has a column of some 85 px.
test("a phase's buttons never take its name's room, and double-clicking the name renames it", async ({
  page,
}) => {
  await openApp(page);
  const header = phaseHeader(page, 'prepare');
  expect((await box(header)).width).toBeLessThan(100);
  await header.hover();
  const name = header.locator('.phase-bar__name');
  const tools = header.locator('.phase-bar__tools');
  await expect(tools).toBeVisible();
  expect(overlap(await box(name), await box(tools))).toBe(false);
  expect(await whole(name)).toBe(true);
  // The tray hangs under the bar, over the lanes, inside the pane.
  const bar = await box(page.locator('.phase-bar'));
  expect((await box(tools)).y).toBeGreaterThanOrEqual(bar.y + bar.height - 1.5);
  await name.dblclick();
  await expect(page.getByRole('textbox', { name: 'Name of phase Prepare' })).toBeFocused();
  const order = await page.evaluate(() =>
    (window as LabWindow).__blueprintLab?.getState().document?.blueprint?.phases?.map((p) => p.id),
  );
  expect(order).toEqual(['arrive', 'prepare', 'serve', 'leave']);
});

test('a long name in a narrow column takes two lines, and shows whole on hover and focus', async ({
  page,
}) => {
  await openApp(page);
  const english = page.getByRole('textbox', { name: 'Phase 2 (English)' });
  await english.fill('Prepare the slip');
  await english.press('Enter');
  const header = phaseHeader(page, 'prepare');
  const name = header.getByText('Prepare the slip', { exact: true });
  // At rest: as wide as its column, on two lines of the bar's one size.
  const rest = await box(name);
  expect(rest.width).toBeLessThanOrEqual((await box(header)).width);
  expect(rest.height).toBeGreaterThan(30);
  expect(await name.evaluate((node) => getComputedStyle(node).fontSize)).toBe('15px');
  // Hovered, the header widens over its neighbour's to show the name on one line.
  await name.hover();
  await expect.poll(() => whole(name)).toBe(true);
  expect((await box(name)).height).toBeLessThan(20);
  await page.mouse.move(5, 5);
  // From the keyboard too.
  await name.focus();
  await expect.poll(() => whole(name)).toBe(true);
  await expect(header.getByRole('button', { name: /Move phase .* right/ })).toBeVisible();
});

test('a phase added at the whole view comes into view with its name, clear of "Add phase"', async ({
  page,
}) => {
  await openApp(page);
  const add = page.locator('.phase-bar__add');
  const headers = page.locator('.phase-bar__phase');
  // The last header of the whole view is not under the button.
  expect(overlap(await box(add), await box(headers.last().locator('.phase-bar__name')))).toBe(
    false,
  );

  await add.click();
  const input = page.getByRole('textbox', { name: 'Name of phase New phase' });
  await expect(input).toBeFocused();
  await viewSettled(page);
  const bar = await box(page.locator('.phase-bar'));
  const field = await box(input);
  expect(field.x).toBeGreaterThanOrEqual(bar.x);
  expect(field.x + field.width).toBeLessThanOrEqual(bar.x + bar.width);
  expect(overlap(field, await box(add))).toBe(false);
  expect(await whole(input)).toBe(true);

  await input.fill('Follow up');
  await input.press('Enter');
  const added = headers.last();
  await expect(added.getByText('Follow up', { exact: true })).toBeVisible();
  await page.mouse.move(5, 5);
  await page.locator('body').focus();
  const named = await box(added.locator('.phase-bar__name'));
  expect(named.x + named.width).toBeLessThanOrEqual(bar.x + bar.width);
  expect(overlap(named, await box(add))).toBe(false);
});
