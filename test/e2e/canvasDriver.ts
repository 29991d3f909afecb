/** Ways of reading the canvas shared by the browser tests. */
import { type Page, expect } from '@playwright/test';

/** Waits for the end of a view animation: the viewport's transform stops changing. */
export async function viewSettled(page: Page): Promise<void> {
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await page.locator('.react-flow__viewport').getAttribute('style');
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/** True when the middle of the step's box is in view and nothing covers it. */
export async function isUncovered(page: Page, id: string): Promise<boolean> {
  return page.evaluate((stepId) => {
    const node = document.querySelector(`.react-flow__node[data-id="${stepId}"]`);
    const rect = node?.getBoundingClientRect();
    if (!node || !rect) return false;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return node.contains(hit);
  }, id);
}

/** The ids of the steps on the canvas, in document order. */
export async function stepIds(page: Page): Promise<string[]> {
  return page
    .locator('.step')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step-id') ?? ''));
}

/** The id of the one step that was not there before; fails unless exactly one was added. */
export async function addedStepId(page: Page, before: readonly string[]): Promise<string> {
  await expect.poll(async () => (await stepIds(page)).length).toBe(before.length + 1);
  const added = (await stepIds(page)).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return added[0]!;
}

/** A point where a click lands on the bare pane, not on a step, flow or the minimap. */
export async function emptyPanePoint(page: Page): Promise<[number, number]> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + 20; y < pane.bottom; y += 15)
      for (let x = pane.left + 20; x < pane.right; x += 15)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return [x, y];
    return undefined;
  });
  if (!point) throw new Error('no bare pane in view');
  return point as [number, number];
}

/**
 * Clicks a step where nothing covers it, once the view has stopped moving. A plain
 * locator click aims at the box's middle, which the minimap or the inspector may hide
 * at some window sizes; then the click selects nothing.
 */
export async function clickStep(
  page: Page,
  id: string,
  modifiers: ('Shift' | 'Control')[] = [],
): Promise<void> {
  await viewSettled(page);
  let point = await uncoveredPointOf(page, id);
  if (!point) {
    // Off to one side at this window size: show the whole blueprint, as a user would.
    await page.getByRole('button', { name: /Show the whole blueprint|显示整张蓝图/ }).click();
    await viewSettled(page);
    point = await uncoveredPointOf(page, id);
  }
  if (!point) throw new Error(`step ${id} cannot be brought into view`);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point[0], point[1]);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** A point on the step's box where a click reaches the step (not a handle, not a cover). */
async function uncoveredPointOf(page: Page, id: string): Promise<[number, number] | undefined> {
  return page.evaluate((stepId) => {
    const node = document.querySelector(`.react-flow__node[data-id="${stepId}"]`);
    const rect = node?.getBoundingClientRect();
    if (!node || !rect) return undefined;
    for (let y = rect.top + 4; y < rect.bottom - 2; y += 4)
      for (let x = rect.left + 4; x < rect.right - 2; x += 6) {
        const hit = document.elementFromPoint(x, y);
        if (hit && node.contains(hit) && !hit.closest('.react-flow__handle'))
          return [x, y] as [number, number];
      }
    return undefined;
  }, id);
}
