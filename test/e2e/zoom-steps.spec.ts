/**
 * The zoom buttons and keys step on one ladder (src/app/canvas/zoomSteps.ts): as many
 * steps in as out come back to the zoom the user started from, across the lowest zoom too.
 */
import { expect, test, type Page } from '@playwright/test';
import { viewSettled } from './canvasDriver.ts';

const zoomOf = async (page: Page): Promise<number> => {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)![1]);
};

/** Presses a zoom button up to `times` times, as a user would: not once it is disabled. */
async function pressButton(page: Page, name: string, times: number): Promise<number> {
  const button = page.getByRole('button', { name, exact: true });
  let pressed = 0;
  for (; pressed < times && (await button.isEnabled()); pressed++) await button.click();
  return pressed;
}

test('zooming out eleven times and in eleven times comes back to the first view', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await viewSettled(page);
  const start = await zoomOf(page);

  const seen: number[] = [];
  const outs = await pressButton(page, 'Zoom out', 11);
  seen.push(await zoomOf(page));
  const ins = await pressButton(page, 'Zoom in', outs);
  expect(ins).toBe(outs);
  expect(await zoomOf(page)).toBeCloseTo(start, 3);
  // The way out ended at the lowest zoom or eleven steps of 1.2 below the start.
  expect(seen[0]).toBeCloseTo(Math.max(0.1, start / 1.2 ** 11), 3);
  // From the first view of the deposit, eleven presses are all taken.
  if (start > 0.1 * 1.2 ** 10) expect(outs).toBe(11);

  // Past the lowest zoom and back: each step in from it returns to a level passed on the way out.
  await pressButton(page, 'Zoom out', 30);
  expect(await zoomOf(page)).toBeCloseTo(0.1, 4);
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeDisabled();
  const back = await pressButton(page, 'Zoom in', 30);
  expect(back).toBeGreaterThan(0);
  await pressButton(page, 'Zoom out', back);
  expect(await zoomOf(page)).toBeCloseTo(0.1, 4);
});

test('the keys step the same ladder: − and + anywhere, Ctrl with them on the canvas', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await viewSettled(page);
  const start = await zoomOf(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('-');
  expect(await zoomOf(page)).toBeCloseTo(start / 1.2 ** 3, 3);
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  expect(await zoomOf(page)).toBeCloseTo(start, 3);

  // Ctrl with them zooms the canvas once the focus is on it (a step clicked).
  await page.locator('.react-flow__node').first().click();
  await expect(page.locator('.react-flow__node').first()).toBeFocused();
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  expect(await zoomOf(page)).toBeCloseTo(start / 1.2 ** 2, 3);
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  expect(await zoomOf(page)).toBeCloseTo(start, 3);
});
