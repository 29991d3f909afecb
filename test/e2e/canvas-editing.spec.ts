/**
 * Editing on the canvas with mouse and keyboard: moving a step into another lane,
 * drawing a flow handle to handle, undo and redo, deleting, copy and paste. The store is
 * read through the development hook (src/app/canvas/devHook.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { clickStep, emptyPanePoint, isUncovered, viewSettled } from './canvasDriver.ts';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';

/** The development hook (src/app/canvas/devHook.ts), as seen from outside the app. */
type LabWindow = Window & {
  __blueprintLab?: { getState: () => BlueprintState; openBlueprint: (json: unknown) => boolean };
};

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const edges = (page: Page) => page.locator('.react-flow__edge');

/** A step as the blueprint in the store has it. */
async function storedStep(page: Page, id: string) {
  return page.evaluate(
    (stepId) =>
      (window as LabWindow).__blueprintLab
        ?.getState()
        .document?.blueprint?.steps.find((s: { id: string }) => s.id === stepId),
    id,
  );
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('dragging a frontstage step into the backstage band moves it to that lane', async ({
  page,
}) => {
  await openApp(page);
  expect((await storedStep(page, 'f-count'))?.lane).toBe('frontstage');
  // The frontstage steps start right of the view (behind the inspector): show the whole.
  await page.locator('.react-flow__controls-fitview').click();
  await expect.poll(() => isUncovered(page, 'f-count')).toBe(true);
  await viewSettled(page);

  const from = await centreOf(page, '.react-flow__node[data-id="f-count"] .step__label');
  const band = await centreOf(page, '.lane-rail__lane.lane--backstage');
  await dragMouse(page, from, { x: from.x, y: band.y });

  await expect.poll(async () => (await storedStep(page, 'f-count'))?.lane).toBe('backstage');
  await expect(node(page, 'f-count').locator('.step')).toHaveClass(/lane--backstage/);
  // One gesture, one undo step: Ctrl+Z puts it back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedStep(page, 'f-count'))?.lane).toBe('frontstage');
});

test('a step let go half under the lane rail lands wholly in the drawing area', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('.react-flow__controls-fitview').click();
  await expect.poll(() => isUncovered(page, 'f-count')).toBe(true);
  await viewSettled(page);
  const flow = (await page.locator('.canvas__flow').boundingBox())!;
  const start = (await node(page, 'f-count').boundingBox())!;
  const from = await centreOf(page, '.react-flow__node[data-id="f-count"] .step__label');
  const stored = (await storedStep(page, 'f-count'))?.position?.x;
  // The box's left edge goes 60 px past the pane's, under the lane names.
  await dragMouse(page, from, { x: from.x - (start.x - flow.x) - 60, y: from.y });
  await expect.poll(async () => (await storedStep(page, 'f-count'))?.position?.x).not.toBe(stored);
  await viewSettled(page);
  const end = (await node(page, 'f-count').boundingBox())!;
  expect(end.x).toBeGreaterThanOrEqual(flow.x);
});

test('Escape during a drag puts the step back; arrows nudge it, Shift further', async ({
  page,
}) => {
  await openApp(page);
  const before = await storedStep(page, 'c-fill-slip');
  await clickStep(page, 'c-fill-slip');
  const from = await centreOf(page, '.react-flow__node[data-id="c-fill-slip"] .step__label');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 60, { steps: 8 });
  await page.keyboard.press('Escape');
  await page.mouse.move(from.x + 160, from.y + 80, { steps: 4 });
  await page.mouse.up();
  expect(await storedStep(page, 'c-fill-slip')).toEqual(before);
  await expect
    .poll(() => centreOf(page, '.react-flow__node[data-id="c-fill-slip"] .step__label'))
    .toEqual(from);

  // Escape also let go of the selection (React Flow's keyboard rule): select, then nudge,
  // one undo step per press.
  await clickStep(page, 'c-fill-slip');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await storedStep(page, 'c-fill-slip'))?.position?.x)
    .toBe(before!.position!.x + 10);
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(async () => (await storedStep(page, 'c-fill-slip'))?.position?.y)
    .toBe(before!.position!.y + 10);
  // Shift+Down takes it over the line of interaction, into the frontstage.
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await storedStep(page, 'c-fill-slip'))?.lane).toBe('frontstage');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedStep(page, 'c-fill-slip')).toEqual(before);
});

test('drawing a flow from handle to handle, then undo and redo', async ({ page }) => {
  await openApp(page);
  await expect(edges(page)).toHaveCount(19);

  await node(page, 'c-take-number').hover();
  const from = await centreOf(
    page,
    '.react-flow__node[data-id="c-take-number"] .react-flow__handle[data-handleid="source-right"]',
  );
  const to = await centreOf(
    page,
    '.react-flow__node[data-id="c-hand-over"] .react-flow__handle[data-handleid="target-left"]',
  );
  await dragMouse(page, from, to);

  await expect(edges(page)).toHaveCount(20);
  await expect(page.locator('.react-flow__edge[data-id="c-take-number--c-hand-over"]')).toHaveCount(
    1,
  );

  await page.keyboard.press('Control+z');
  await expect(edges(page)).toHaveCount(19);
  await page.keyboard.press('Control+Shift+z');
  await expect(edges(page)).toHaveCount(20);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(edges(page)).toHaveCount(20);
});

test('dragging the end of a flow onto another step reconnects it', async ({ page }) => {
  await openApp(page);
  const flow = page.locator('.react-flow__edge[data-id="c-fill-slip--c-hand-over"]');
  const end = await centreOf(
    page,
    '.react-flow__edge[data-id="c-fill-slip--c-hand-over"] .react-flow__edgeupdater-target',
  );
  const to = await centreOf(
    page,
    '.react-flow__node[data-id="c-take-number"] .react-flow__handle[data-handleid="target-right"]',
  );
  // Selected first: a selected flow is drawn above the steps its ends touch.
  const left = await node(page, 'c-fill-slip').boundingBox();
  const right = await node(page, 'c-hand-over').boundingBox();
  await page.mouse.click((left!.x + left!.width + right!.x) / 2, left!.y + left!.height / 2);
  await expect(flow).toHaveClass(/selected/);
  await dragMouse(page, end, to);

  const flowEnd = () =>
    page.evaluate(
      () =>
        (window as LabWindow).__blueprintLab
          ?.getState()
          .document?.blueprint?.flows.find((f) => f.id === 'c-fill-slip--c-hand-over')?.to,
    );
  await expect.poll(flowEnd).toBe('c-take-number');
  await page.keyboard.press('Control+z');
  await expect.poll(flowEnd).toBe('c-hand-over');
});

test('Delete removes the selected step and its flows in one undo step', async ({ page }) => {
  await openApp(page);
  // A step at the left edge with two flows (from the ticket, to the queue system): in view
  // from the start, never under the minimap or the inspector.
  await clickStep(page, 'c-take-number');
  await expect(node(page, 'c-take-number')).toHaveClass(/selected/);

  await page.keyboard.press('Delete');
  await expect(node(page, 'c-take-number')).toHaveCount(0);
  await expect(edges(page)).toHaveCount(17);

  await page.keyboard.press('Control+z');
  await expect(node(page, 'c-take-number')).toHaveCount(1);
  await expect(edges(page)).toHaveCount(19);
});

test('copy and paste makes a selected copy of the step', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'c-fill-slip');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');

  await expect(node(page, 'c-fill-slip-copy')).toHaveCount(1);
  await expect(node(page, 'c-fill-slip-copy')).toHaveClass(/selected/);
  await expect(node(page, 'c-fill-slip')).not.toHaveClass(/selected/);
  await expect(node(page, 'c-fill-slip-copy')).toContainText('Fill in the slip');

  // Duplicate works on the new selection, and Ctrl+A selects every step.
  await page.keyboard.press('Control+d');
  await expect(node(page, 'c-fill-slip-copy-copy')).toHaveCount(1);
  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(21);
});

test('Shift+click adds to the selection and a click on the pane clears it', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'c-take-number');
  await clickStep(page, 'c-fill-slip', ['Shift']);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  const selected = await page.evaluate(
    () => (window as LabWindow).__blueprintLab?.getState().selection.steps,
  );
  expect(selected).toEqual(['c-take-number', 'c-fill-slip']);

  await page.mouse.click(...(await emptyPanePoint(page)));
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
});
