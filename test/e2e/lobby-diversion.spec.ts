/**
 * The lobby manager's rule in Chromium: a flow taken by the length of a queue says its
 * condition on the canvas ("queue ≥ 6", 排队 ≥ 6 人); the inspector sets the rule (the
 * queue's step and how many) in English and Chinese, and the chance field gives way to
 * it; the ATM/greeter example's results show how many the rule sent on.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { viewSettled } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

/** The flow as the store holds it, read through the development hook. */
async function storedFlow(page: Page, id: string) {
  const blueprint = await page.evaluate(
    () => (window as LabWindow).__blueprintLab?.getState().document?.blueprint,
  );
  return blueprint?.flows.find((flow) => flow.id === id);
}

async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

const RULE = 'd-lobby--d-machine-ok';

/**
 * Clicks a flow's line where nothing covers it, the whole blueprint in view (the inspector
 * may hide the line, and a routed line's box can have nothing at its centre).
 */
async function selectFlow(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: /Show the whole blueprint|显示整张蓝图/ }).click();
  await viewSettled(page);
  const path = page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`);
  const point = await path.evaluate((element, flowId) => {
    const line = element as SVGPathElement;
    const screen = line.getScreenCTM()!;
    for (let part = 0.1; part < 1; part += 0.1) {
      const at = line.getPointAtLength(line.getTotalLength() * part);
      const x = at.x * screen.a + screen.e;
      const y = at.y * screen.d + screen.f;
      const hit = document.elementFromPoint(x, y)?.closest('.react-flow__edge');
      if (hit?.getAttribute('data-id') === flowId) return { x, y };
    }
    return null;
  }, id);
  if (!point) throw new Error(`flow ${id} is covered everywhere`);
  await page.mouse.click(point.x, point.y);
}

async function openExample(page: Page): Promise<void> {
  await page.goto('/?example=counter-deposit-atm-greeter');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

test('the rule’s flow says its condition, and the inspector sets it, in English and Chinese', async ({
  page,
}) => {
  await openExample(page);
  const caption = page.locator(`.flow-label[data-flow-id="${RULE}"]`);
  await expect(caption).toHaveText('line long · queue ≥ 6');
  await expect(caption).toHaveAttribute('title', /Taken while 6 or more wait at “Hand over”/);

  await selectFlow(page, RULE);
  const panel = page.locator('[data-panel="flow"]');
  await expect(panel).toBeVisible();
  // The queue decides: no chance to give.
  await expect(panel.getByLabel('Chance of this branch (%)')).toHaveCount(0);
  const enabled = panel.getByLabel('Take this branch when a queue is long, instead of by chance');
  await expect(enabled).toBeChecked();
  const atLeast = panel.getByLabel('When at least this many wait');
  await expect(atLeast).toHaveValue('6');

  await commit(atLeast, '0');
  await expect(panel.getByRole('alert')).toBeVisible();
  await commit(atLeast, '4');
  await expect(caption).toHaveText('line long · queue ≥ 4');
  expect((await storedFlow(page, RULE))?.when).toEqual({ queueAt: 'c-hand-over', atLeast: 4 });

  await page.getByRole('button', { name: '中文' }).click();
  await expect(caption).toHaveText('排队长 · 排队 ≥ 4 人');
  await expect(panel.getByLabel('排队长时走这条分支（不按概率）')).toBeChecked();
  await expect(panel.getByLabel('排队人数达到')).toHaveValue('4');

  // Off: an ordinary branch again, with its chance field back.
  await panel.getByLabel('排队长时走这条分支（不按概率）').uncheck();
  expect((await storedFlow(page, RULE))?.when).toBeUndefined();
  await expect(panel.getByLabel('此分支的概率（%）')).toBeVisible();
  await expect(caption).toHaveText('排队长');
});

test('a branch gets a rule that reads the queue its customers would join', async ({ page }) => {
  await openExample(page);
  const flowId = 'd-machine-ok--c-fill-slip';
  await selectFlow(page, flowId);
  const panel = page.locator('[data-panel="flow"]');
  await panel.getByLabel('Take this branch when a queue is long, instead of by chance').check();
  // The other branch goes to the ATM: the first queue on the way is the ATMs'.
  const flow = await storedFlow(page, flowId);
  expect(flow?.when).toEqual({ queueAt: 'c-atm-card-pin', atLeast: 6 });
  expect(flow?.probability).toBeUndefined();
  await panel.getByLabel('Queue at step').selectOption('c-hand-over');
  expect((await storedFlow(page, flowId))?.when?.queueAt).toBe('c-hand-over');
  await expect(page.locator(`.flow-label[data-flow-id="${flowId}"]`)).toContainText('queue ≥ 6');
});

test('the example’s results say how many the lobby manager sent on', async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page);
  const dock = page.getByRole('region', { name: 'Simulation' });
  await dock.getByRole('tab', { name: 'Results' }).click();
  await page.getByRole('button', { name: /^▶?\s*(Run simulation|Run again)/ }).click();
  const results = page.getByTestId('results-panel');
  await expect(results).toBeVisible({ timeout: 90_000 });
  const row = results.getByTestId('results-diversions').locator(`[data-flow-id="${RULE}"]`);
  await expect(row).toContainText('Line of 6 or more? → ATM instead?');
  await expect(row).toContainText(/\d+\.\d sent on \(average per day\)/);
  await expect(row).toContainText('while 6 or more wait at');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(row).toContainText(/被分流 \d+\.\d 位（每天平均）/);
});
