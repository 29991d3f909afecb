/**
 * The palette: dragging a step kind onto a lane with the mouse and with the keyboard,
 * and click-to-add next to the selected step. Lanes are checked on the page itself: the
 * step box's lane class and its position against the lane rail's band.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addedStepId, stepIds } from './canvasDriver.ts';

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const chip = (page: Page, kind: string) => page.locator(`.palette-chip[data-kind="${kind}"]`);
const flowRegion = (page: Page) => page.getByRole('region', { name: 'Service blueprint canvas' });
const laneBand = (page: Page, lane: string) => page.locator(`.lane-rail [data-lane="${lane}"]`);

/** The one step that was not there before; fails unless exactly one was added. */
async function addedStep(page: Page, before: readonly string[]): Promise<Locator> {
  return page.locator(`.step[data-step-id="${await addedStepId(page, before)}"]`);
}

async function box(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('not visible');
  return rect;
}

/** dnd-kit animates keyboard moves of the overlay; wait until it stops moving. */
async function settledBox(locator: Locator) {
  let last = await box(locator);
  for (;;) {
    await locator.page().waitForTimeout(100);
    const now = await box(locator);
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
}

const centre = (rect: { x: number; y: number; width: number; height: number }) => ({
  x: rect.x + rect.width / 2,
  y: rect.y + rect.height / 2,
});

/** Drags a chip with the mouse in small moves, as a person would, so dnd-kit picks it up. */
async function dragChip(page: Page, kind: string, to: { x: number; y: number }): Promise<void> {
  const from = centre(await box(chip(page, kind)));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await expect(page.locator('.palette-chip--overlay')).toBeVisible();
  await page.mouse.up();
}

/**
 * A point in the middle of the backstage band, a third of the way across the canvas: clear
 * of the deposit's backstage steps in its whole view (at 1440×900 the sidebar folds for it).
 */
async function backstagePoint(page: Page) {
  const band = await box(laneBand(page, 'backstage'));
  const flow = await box(flowRegion(page));
  return { x: flow.x + flow.width * 0.3, y: band.y + band.height / 2 };
}

test('dragging a chip with the mouse adds a step where it is dropped', async ({ page }) => {
  await openApp(page);
  await expect(chip(page, 'action')).toHaveText('Action');
  const before = await stepIds(page);
  const target = await backstagePoint(page);

  await dragChip(page, 'action', target);

  const step = await addedStep(page, before);
  await expect(step).toHaveClass(/lane--backstage/);
  await expect(step).toHaveAttribute('data-kind', 'action');
  await expect(page.locator('.palette-chip--overlay')).toHaveCount(0);
  // Centred on the drop point, inside the backstage band.
  const stepBox = await box(step);
  const band = await box(laneBand(page, 'backstage'));
  expect(Math.abs(centre(stepBox).x - target.x)).toBeLessThan(3);
  expect(Math.abs(centre(stepBox).y - target.y)).toBeLessThan(3);
  expect(stepBox.y).toBeGreaterThanOrEqual(band.y - 1);
  expect(stepBox.y + stepBox.height).toBeLessThanOrEqual(band.y + band.height + 1);
});

test('a chip dropped beside the lane rail lands wholly in the drawing area', async ({ page }) => {
  await openApp(page);
  const before = await stepIds(page);
  const band = await box(laneBand(page, 'backstage'));
  const flow = await box(flowRegion(page));
  // The box is centred on the pointer: 20 px from the rail, half of it would be under it.
  await dragChip(page, 'action', { x: flow.x + 20, y: band.y + band.height / 2 });
  const stepBox = await box(await addedStep(page, before));
  expect(stepBox.x).toBeGreaterThanOrEqual(flow.x);
  expect(stepBox.x + stepBox.width).toBeLessThanOrEqual(flow.x + flow.width);
});

test('steps dropped one after another near the right edge of a new blueprint stay in view', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.step')).toHaveCount(0);
  // A run-through dropped twelve there beside both panels: the steps already in the lane
  // pushed each new one right, half past the pane's edge, and the view stayed.
  const flow = await box(flowRegion(page));
  for (let drop = 0; drop < 4; drop++) {
    const band = await box(laneBand(page, 'customer'));
    const before = await stepIds(page);
    await dragChip(page, 'action', { x: flow.x + flow.width - 120, y: band.y + band.height / 2 });
    const step = await addedStep(page, before);
    await expect
      .poll(
        async () => {
          const stepBox = await box(step);
          return stepBox.x >= flow.x && stepBox.x + stepBox.width <= flow.x + flow.width;
        },
        `drop ${drop + 1} in view`,
      )
      .toBe(true);
  }
});

test('dropping outside the canvas adds nothing', async ({ page }) => {
  await openApp(page);
  // The sidebar folds for the deposit's whole view at 1440×900: its button brings it back.
  await page.locator('.app-header__sidebar-toggle').click();
  const before = await stepIds(page);
  const sidebar = await box(page.locator('.example').first());
  await dragChip(page, 'note', centre(sidebar));
  await expect(page.locator('.palette-chip--overlay')).toHaveCount(0);
  expect(await stepIds(page)).toEqual(before);
});

test('the keyboard picks a chip up, moves it onto the canvas and drops it', async ({ page }) => {
  await openApp(page);
  const before = await stepIds(page);

  await chip(page, 'decision').focus();
  await page.keyboard.press('Space');
  const overlay = page.locator('.palette-chip--overlay');
  await expect(overlay).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Decision is over the canvas');
  const dropAt = centre(await settledBox(overlay));
  await page.keyboard.press('Space');

  const step = await addedStep(page, before);
  await expect(step).toHaveAttribute('data-kind', 'decision');
  // Centred where the overlay was, or slid right of a step that was there: never on top
  // of another step.
  await expect
    .poll(async () => centre(await box(step)).x - dropAt.x, { timeout: 3000 })
    .toBeGreaterThan(-3);
  const others = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
  const mine = await box(step);
  const covered = others.filter(
    (other) =>
      !(other.x === mine.x && other.y === mine.y) &&
      other.x < mine.x + mine.width - 1 &&
      mine.x < other.x + other.width - 1 &&
      other.y < mine.y + mine.height - 1 &&
      mine.y < other.y + other.height - 1,
  );
  expect(covered).toEqual([]);
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Decision dropped');

  // Enter drops too, and adds just the dropped step (no click-to-add on top).
  const beforeEnter = await stepIds(page);
  await page.keyboard.press('Space');
  // The drag has begun before it is moved (keys pressed earlier are lost on a busy machine).
  await expect(overlay).toBeVisible();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await addedStep(page, beforeEnter);

  // Escape cancels: nothing more is added.
  const afterDrop = await stepIds(page);
  await expect(overlay).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(overlay).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  expect(await stepIds(page)).toEqual(afterDrop);
});

test('clicking a chip adds next to the selected step, in its lane', async ({ page }) => {
  await openApp(page);

  // Nothing selected: a click adds to the customer lane.
  let before = await stepIds(page);
  await chip(page, 'note').click();
  await expect(await addedStep(page, before)).toHaveClass(/lane--customer/);

  // A dropped step is selected, so the next click adds into its (backstage) lane ...
  before = await stepIds(page);
  await dragChip(page, 'action', await backstagePoint(page));
  await addedStep(page, before);

  before = await stepIds(page);
  await chip(page, 'evidence').click();
  const added = await addedStep(page, before);
  await expect(added).toHaveClass(/lane--backstage/);
  await expect(added).toHaveAttribute('data-kind', 'evidence');
  // ... to the right of every other backstage step: no overlap.
  const addedLeft = (await box(added)).x;
  for (const other of await page.locator('.step.lane--backstage').all()) {
    if ((await other.getAttribute('data-step-id')) === (await added.getAttribute('data-step-id')))
      continue;
    const otherBox = await box(other);
    expect(otherBox.x + otherBox.width).toBeLessThan(addedLeft);
  }

  // Enter on a focused chip does the same as a click.
  before = await stepIds(page);
  await chip(page, 'decision').focus();
  await page.keyboard.press('Enter');
  await expect(await addedStep(page, before)).toHaveClass(/lane--backstage/);
});

test('a step added by a click is brought into view', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New blueprint');
  const pane = await box(page.locator('.react-flow__pane'));
  // Each lands right of the last (and is selected): the third went past the pane's right edge.
  for (let added = 0; added < 6; added += 1) {
    const before = await stepIds(page);
    await chip(page, 'action').click();
    const step = await addedStep(page, before);
    await expect
      .poll(async () => {
        const rect = await box(step);
        return rect.x >= pane.x && rect.x + rect.width <= pane.x + pane.width;
      })
      .toBe(true);
  }
});
