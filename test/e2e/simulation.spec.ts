/**
 * Simulation in the app, in Chromium: run the counter-deposit example in the workers,
 * watch the progress, read the results on the blueprint and in the dock, cancel a long
 * run, compare two scenarios, export the results.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../../src/app/canvas/devHook.ts';
import { clickStep } from './canvasDriver.ts';

async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const runButton = (page: Page) =>
  page.getByRole('button', { name: /^▶?\s*(Run simulation|Run again)/ });
const dock = (page: Page) => page.getByRole('region', { name: 'Simulation' });
const resultsPanel = (page: Page) => page.getByTestId('results-panel');

async function runAndWait(page: Page): Promise<void> {
  await runButton(page).click();
  await expect(resultsPanel(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: /Results ready in/ })).toBeVisible();
}

test('runs the deposit example: progress, then the teller queue as the main wait point', async ({
  page,
}) => {
  await openApp(page);
  // Enough replications that the progress bar is on screen for a while.
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await dock(page).getByLabel('Replications').fill('400');
  await runButton(page).click();
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuetext', /Replication \d+ of 400/);
  await expect(resultsPanel(page)).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
  // Clicking the tab shown keeps it shown; the fold button is what hides the dock.
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await expect(resultsPanel(page)).toBeVisible();
  await dock(page).getByRole('button', { name: 'Hide simulation panel' }).click();
  await expect(resultsPanel(page)).toHaveCount(0);
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await expect(resultsPanel(page)).toBeVisible();

  // The ranked wait points put the queue for the tellers first; a click selects the step.
  const ranked = resultsPanel(page).locator('.results-ranked--wait .results-ranked__row');
  await expect(ranked.first()).toContainText('Hand over');
  await ranked.first().click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute(
    'data-id',
    'c-hand-over',
  );

  // On the canvas: the same step shows the longest wait, with its confirmed W mark.
  const strips = page.locator('.step-result');
  await expect(strips.first()).toBeVisible();
  const waits = await page.locator('.step[data-step-id] .step-result').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.closest('.step')!.getAttribute('data-step-id'),
      wait: Number(node.getAttribute('data-wait')),
      heat: Number(node.getAttribute('data-heat')),
    })),
  );
  const longest = waits.reduce((a, b) => (b.wait > a.wait ? b : a));
  expect(longest.id).toBe('c-hand-over');
  expect(longest.heat).toBeGreaterThan(0.2);
  const handOver = page.locator('.step[data-step-id="c-hand-over"]');
  await expect(handOver.locator('.step-verdicts .measured-mark--wait')).toHaveAttribute(
    'data-verdict',
    'confirmed',
  );

  // The overlay can be switched off.
  await dock(page).getByLabel('Heat on canvas').uncheck();
  await expect(strips).toHaveCount(0);
});

test('cancel stops a long run at once and the app stays usable', async ({ page }) => {
  // Its long run takes every core until Cancel: with another test beside it on two
  // cores, each step waits for the CPU (measured 12 s alone, 28 s beside another).
  test.setTimeout(90_000);
  await openApp(page);
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await dock(page).getByLabel('Replications').fill('10000');
  await runButton(page).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  // The main thread answers while the workers run: the canvas still selects.
  await clickStep(page, 'f-count');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 2_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Run cancelled.' })).toBeVisible();
  await expect(runButton(page)).toBeEnabled();
  // A fresh run afterwards works.
  await dock(page).getByLabel('Replications').fill('4');
  await runAndWait(page);
});

test('results become stale when the blueprint changes after the run', async ({ page }) => {
  await openApp(page);
  await runAndWait(page);
  await expect(page.getByTestId('results-stale')).toHaveCount(0);
  await clickStep(page, 'f-count');
  const mean = page
    .getByRole('complementary', { name: 'Inspector' })
    .locator('[data-panel="step"]')
    .getByLabel('Mean (min)');
  await mean.fill('2.5');
  await mean.press('Enter');
  await expect(page.getByTestId('results-stale')).toBeVisible();
  // Back to what was run: the results are current again.
  await mean.fill('1.4');
  await mean.press('Enter');
  await expect(page.getByTestId('results-stale')).toHaveCount(0);
});

test('a blueprint with errors cannot run, and says why', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const blueprint = structuredClone(window.__blueprintLab!.getState().document!.blueprint!);
    blueprint.flows.push({ id: 'broken', from: 'c-hand-over', to: 'no-such-step' });
    window.__blueprintLab!.openBlueprint(blueprint);
  });
  await expect(runButton(page)).toBeDisabled();
  await expect(
    page.getByRole('button', { name: 'Cannot run: show the error under Checks' }),
  ).toBeVisible();
});

test('saves two scenarios and compares them: a fourth teller all day', async ({ page }) => {
  await openApp(page);
  await runAndWait(page);
  await dock(page).getByRole('tab', { name: 'Scenarios' }).click();
  await dock(page).getByLabel('Scenario name').fill('3 tellers at lunch');
  await dock(page).getByRole('button', { name: 'Save as scenario' }).click();

  // The redesign: the tellers' lunch schedule keeps all four windows open.
  await page.evaluate(() => {
    const state = window.__blueprintLab!.getState();
    state.edit((draft) => {
      delete draft.resources!.find((pool) => pool.id === 'tellers')!.schedule;
    });
  });
  await runAndWait(page);
  await dock(page).getByRole('tab', { name: 'Scenarios' }).click();
  await dock(page).getByLabel('Scenario name').fill('4 tellers all day');
  await dock(page).getByRole('button', { name: 'Save as scenario' }).click();
  await dock(page).getByRole('button', { name: 'Compare', exact: true }).click();

  const comparison = dock(page).getByTestId('scenario-comparison');
  await expect(comparison).toContainText('3 tellers at lunch');
  await expect(comparison).toContainText('4 tellers all day');
  await expect(comparison).toContainText(/→/);
});

test('exports the results as CSV', async ({ page }) => {
  // 23–32 s on the loaded 2-core machine (the run in the workers): over three times that.
  test.setTimeout(120_000);
  await openApp(page);
  await runAndWait(page);
  const download = page.waitForEvent('download');
  await dock(page).getByRole('button', { name: /CSV/ }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('counter-deposit-results.csv');
  const text = await readFile((await file.path())!, 'utf8');
  // A byte-order mark first, so that spreadsheet programs read the Chinese names right.
  expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^kind,/);
  expect(text).toContain('c-hand-over');
  // The wait of all who queued beside the served wait, and the pools' overtime after their hours.
  expect(text).toMatch(/\r\nstep,c-hand-over,[^\r]*,wait_all_mean,\d/);
  expect(text).toMatch(/\r\npool,tellers,Tellers,overtime_hours,[\d.]+,[^\r]*,unit-hours\/day\r\n/);
  expect(text).toMatch(/\r\npool,tellers,Tellers,overtime_cost,/);
});

test('a worker that fails is reported in plain words and the app stays usable', async ({
  page,
}) => {
  // The worker's script cannot load: as close as a browser gets to a crashing worker.
  // (simulation.worker.ts from the dev server, simulation.worker-HASH.js from a build.)
  await page.route(/simulation\.worker[.-]/, (route) => route.abort());
  await openApp(page);
  await runButton(page).click();
  await expect(
    page.getByRole('status').filter({ hasText: /The run stopped with an error/ }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(runButton(page)).toBeEnabled();
  await clickStep(page, 'f-count');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('editing during a run: the run keeps its snapshot and its results come marked stale', async ({
  page,
}) => {
  await openApp(page);
  await dock(page).getByRole('tab', { name: 'Results' }).click();
  await dock(page).getByLabel('Replications').fill('300');
  await runButton(page).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.evaluate(() =>
    window.__blueprintLab!.getState().edit((draft) => {
      draft.resources!.find((pool) => pool.id === 'tellers')!.capacity = 6;
    }),
  );
  await expect(resultsPanel(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('results-stale')).toBeVisible();
  await expect(dock(page).getByTestId('run-of')).toContainText('300 replications · seed 20261123');
  // The results are those of the tellers as they were when the run started: four, three
  // over lunch, 3.75 on average over the day (not six).
  await expect(
    resultsPanel(page).locator('[data-pool-id="tellers"] .results-pool__facts'),
  ).toContainText('capacity 3.8 units');
});

test('downloads the event log of the run', async ({ page }) => {
  await openApp(page);
  await runAndWait(page);
  const download = page.waitForEvent('download');
  await dock(page).getByRole('button', { name: 'Event log (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('counter-deposit-events.csv');
  const lines = (await readFile((await file.path())!, 'utf8')).split('\n');
  expect(lines[0]).toBe(
    'case_id,activity,lifecycle,timestamp,resource,class,step,event,time_min,background,replication,outcome',
  );
  expect(lines.length).toBeGreaterThan(1000);
  expect(lines[1]).toMatch(
    /^1-\d+,\(arrive\),complete,2026-01-05T09:\d\d:\d\d\.\d{3}Z,,[\w-]+,c-take-number,arrive,/,
  );
});

test('the dock is resized by dragging its edge or with the keys, and keeps its height', async ({
  page,
}) => {
  await openApp(page);
  await dock(page).getByRole('tab', { name: 'Estimates' }).click();
  const panel = dock(page).getByRole('tabpanel');
  const heightOf = async () => (await panel.boundingBox())!.height;
  const before = await heightOf();
  const grip = page.getByRole('separator', { name: /Height of the simulation panel/ });
  const edge = (await grip.boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2, edge.y - 120, { steps: 6 });
  await page.mouse.up();
  await expect.poll(heightOf).toBeCloseTo(before + 120 + edge.height / 2, -1);

  const dragged = await heightOf();
  await grip.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(heightOf).toBeCloseTo(dragged - 40, 0);
  const afterKey = await heightOf();
  await page.reload();
  await dock(page).getByRole('tab', { name: 'Estimates' }).click();
  await expect.poll(heightOf).toBeCloseTo(afterKey, 0);
});
