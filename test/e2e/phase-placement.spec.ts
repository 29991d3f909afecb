/**
 * Phases follow where steps sit: a step dropped from the palette inside a phase column
 * gets that phase, a step dragged into another column changes phase, and the phase's
 * move and remove buttons never cover its name (a double-click to rename used to move
 * the phase twice).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { addedStepId, stepIds, viewSettled } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

// The deposit's whole view beside the inspector is zoom 0.35 at 1440×900, where a phase's
// column is too narrow for its name beside its buttons (issue 12, open): these journeys
// are checked where the whole deposit reads at about 0.85.
test.use({ viewport: { width: 2560, height: 1440 } });

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

test("a phase's buttons sit beside its name, and double-clicking the name renames it", async ({
  page,
}) => {
  await openApp(page);
  const header = phaseHeader(page, 'prepare');
  await header.hover();
  const name = await box(header.locator('.phase-bar__name'));
  const tools = await box(header.locator('.phase-bar__tools'));
  const apart = name.x + name.width <= tools.x + 0.5 || tools.x + tools.width <= name.x + 0.5;
  expect(apart).toBe(true);
  await header.locator('.phase-bar__name').dblclick();
  await expect(page.getByRole('textbox', { name: 'Name of phase Prepare' })).toBeFocused();
  const order = await page.evaluate(() =>
    (window as LabWindow).__blueprintLab?.getState().document?.blueprint?.phases?.map((p) => p.id),
  );
  expect(order).toEqual(['arrive', 'prepare', 'serve', 'leave']);
});
