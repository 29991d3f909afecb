/**
 * Flows drawn around the steps (diagram/route.ts): in the deposit example and in the loan
 * example (where the plain line of "declined" would cross three steps) no drawn flow
 * passes over a step that is not its own source or target; the canvas controls turn the
 * routing off, and the choice is remembered. After a run, the names of the lines sit in
 * the lane rail, clear of every step and heat strip.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { viewSettled } from './canvasDriver.ts';

interface FlowEnds {
  id: string;
  from: string;
  to: string;
}

function flowsOf(example: string): FlowEnds[] {
  const file = JSON.parse(readFileSync(`blueprints/${example}.json`, 'utf8')) as {
    flows: FlowEnds[];
  };
  return file.flows.map(({ id, from, to }) => ({ id, from, to }));
}

/**
 * Each flow drawn over a step other than its own two, as "flow over step": points every
 * 3 px along each drawn path (getPointAtLength) against the step boxes on screen, less
 * a pixel for the line's width.
 */
async function flowsOverSteps(page: Page, flows: FlowEnds[]): Promise<string[]> {
  return page.evaluate((flows) => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => ({
      id: node.dataset.id!,
      rect: node.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const flow of flows) {
      const path = document.querySelector<SVGPathElement>(
        `.react-flow__edge[data-id="${flow.id}"] .react-flow__edge-path`,
      );
      if (!path) {
        found.push(`${flow.id} not drawn`);
        continue;
      }
      const toScreen = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: DOMPoint[] = [];
      for (let along = 0; along <= length; along += 3) {
        const local = path.getPointAtLength(along);
        points.push(new DOMPoint(local.x, local.y).matrixTransform(toScreen));
      }
      for (const { id, rect } of boxes) {
        if (id === flow.from || id === flow.to) continue;
        const over = points.some(
          (point) =>
            point.x > rect.left + 1 &&
            point.x < rect.right - 1 &&
            point.y > rect.top + 1 &&
            point.y < rect.bottom - 1,
        );
        if (over) found.push(`${flow.id} over ${id}`);
      }
    }
    return found;
  }, flows);
}

async function open(page: Page, example: string): Promise<void> {
  await page.goto(`/?example=${example}`);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await viewSettled(page);
}

for (const example of ['counter-deposit', 'loan-application']) {
  test(`${example}: no flow is drawn over a step but its own two`, async ({ page }) => {
    await open(page, example);
    const flows = flowsOf(example);
    await expect(page.locator('.react-flow__edge')).toHaveCount(flows.length);
    expect(await flowsOverSteps(page, flows)).toEqual([]);
  });
}

test('routing around the steps can be turned off, and stays so after a reload', async ({
  page,
}) => {
  await open(page, 'loan-application');
  const flows = flowsOf('loan-application');
  const toggle = page.getByRole('button', { name: 'Route flows around steps' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Straight, "declined" runs the plain way, over the steps between its two.
  await expect
    .poll(() => flowsOverSteps(page, flows))
    .toContain('e-decline--f-decline over c-sign');
  await page.reload();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect.poll(() => flowsOverSteps(page, flows)).toEqual([]);
});

test('after a run, the names of the lines cover no step, heat strip or lane name', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, 'counter-deposit');
  await page
    .getByRole('button', { name: /^▶?\s*Run/ })
    .first()
    .click();
  await expect(page.locator('.step-result').first()).toBeVisible({ timeout: 40_000 });
  await viewSettled(page);
  const labels = page.locator('.line-label');
  // The whole deposit beside the inspector (lanes of 45 px) names all three lines beside
  // the lanes' names, the internal interaction's on two lines.
  await expect(labels).toHaveCount(3);
  const overlaps = await page.evaluate(() => {
    const rectsOf = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((element) => ({
        name: `${selector} ${element.textContent?.slice(0, 30)}`,
        rect: element.getBoundingClientRect(),
      }));
    const others = [
      ...rectsOf('.react-flow__node'),
      ...rectsOf('.step-result'),
      ...rectsOf('.lane-rail__name'),
    ];
    return rectsOf('.line-label').flatMap((label) =>
      others
        .filter(
          ({ rect }) =>
            rect.width > 0 &&
            label.rect.left < rect.right &&
            rect.left < label.rect.right &&
            label.rect.top < rect.bottom &&
            rect.top < label.rect.bottom,
        )
        .map((other) => `${label.name} over ${other.name}`),
    );
  });
  expect(overlaps).toEqual([]);
  // Each on its own line, within the rail.
  const rail = (await page.locator('.lane-rail').boundingBox())!;
  for (const id of ['interaction', 'visibility', 'internalInteraction']) {
    const label = (await page.locator(`.line-label[data-line="${id}"]`).boundingBox())!;
    const line = (await page.locator(`.lane-rail__line.line--${id}`).boundingBox())!;
    expect(label.x + label.width).toBeLessThanOrEqual(rail.x + rail.width);
    expect(label.y).toBeLessThan(line.y);
    expect(label.y + label.height).toBeGreaterThan(line.y);
  }
});
