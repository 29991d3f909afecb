/**
 * A big blueprint opens without mounting every step: React Flow is given the handles up
 * front (canvas/handleBounds.ts), so only the boxes in view are ever in the page, and the
 * file is read and checked in a worker. Counts, not timings (those are in
 * scripts/measure-large.ts).
 */
import { expect, test } from '@playwright/test';
import { generatedBlueprint } from '../../scripts/measureSupport.ts';

const STEPS = 2000;

test(`opening ${STEPS} steps mounts only the steps in view, and flows join them`, async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  // The most step boxes ever in the page at once, from now on.
  await page.evaluate(`(() => {
    window.__mostSteps = 0;
    new MutationObserver(() => {
      window.__mostSteps = Math.max(window.__mostSteps, document.querySelectorAll('.react-flow__node').length);
    }).observe(document.body, { childList: true, subtree: true });
  })()`);

  await page.getByTestId('open-file-input').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generatedBlueprint(STEPS))),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${STEPS} steps`, {
    timeout: 60_000,
  });
  await expect(page.locator('.step[data-step-id="s0"]')).toBeVisible();
  // Checked in the worker: the sidebar, folded for so wide a blueprint (panelRoom.ts),
  // shows the findings when opened.
  const sidebarToggle = page.locator('.app-header__sidebar-toggle');
  if ((await sidebarToggle.getAttribute('aria-expanded')) !== 'true') await sidebarToggle.click();
  await expect(page.getByTestId('findings-summary')).toBeVisible();

  const mostSteps = await page.evaluate(() => (window as { __mostSteps?: number }).__mostSteps);
  expect(mostSteps).toBeGreaterThan(0);
  expect(mostSteps).toBeLessThan(200);

  // The flow from the first column's bottom step to the next column's top one is drawn
  // from the first's right side to the second's left one, as with measured handles.
  const edge = page.locator('.react-flow__edge[data-id="s4--s5"]');
  await expect(edge).toHaveCount(1);
  const [from, to, path] = await Promise.all([
    page.locator('.step[data-step-id="s4"]').boundingBox(),
    page.locator('.step[data-step-id="s5"]').boundingBox(),
    edge.locator('path').first().boundingBox(),
  ]);
  // A few pixels of slack for the line's width and the arrowhead.
  expect(path!.x).toBeGreaterThanOrEqual(from!.x + from!.width - 4);
  expect(path!.x + path!.width).toBeLessThanOrEqual(to!.x + 4);
});
