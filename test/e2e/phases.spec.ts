/**
 * Editing journey phases in the phase bar: adding and renaming, renaming in place,
 * moving, removing, and undoing a removal. The store is read through the development
 * hook (src/app/canvas/devHook.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { viewSettled } from './canvasDriver.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

/** The phases as the blueprint in the store has them, in order. */
async function storedPhases(page: Page) {
  return page.evaluate(
    () => (window as LabWindow).__blueprintLab?.getState().document?.blueprint?.phases ?? [],
  );
}

const phaseIds = async (page: Page) => (await storedPhases(page)).map((phase) => phase.id);
const phase = (page: Page, id: string) => page.locator(`.phase-bar__phase[data-phase="${id}"]`);

test('adds a phase and names it', async ({ page }) => {
  await openApp(page);
  const before = await phaseIds(page);
  await page.getByRole('button', { name: 'Add phase' }).click();

  const input = page.getByRole('textbox', { name: 'Name of phase New phase' });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('New phase');
  await input.fill('Follow up');
  await input.press('Enter');

  const phases = await storedPhases(page);
  expect(phases).toHaveLength(before.length + 1);
  // The Chinese placeholder goes: the Chinese view shows the name given, not 新阶段.
  expect(phases.at(-1)!.label).toEqual({ en: 'Follow up' });
  await expect(page.getByRole('list', { name: 'Phases' }).getByText('Follow up')).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('list', { name: '阶段' }).getByText('Follow up')).toBeVisible();
});

test('the inspector names every phase in both languages', async ({ page }) => {
  await openApp(page);
  // Nothing selected: the blueprint panel lists the phases, English and Chinese side by side.
  const inspector = page.locator('[data-panel="blueprint"]');
  const chinese = inspector.getByRole('textbox', { name: 'Phase 1 (Chinese)' });
  await expect(inspector.getByRole('textbox', { name: 'Phase 1 (English)' })).toHaveValue('Arrive');
  await expect(chinese).toHaveValue('到达');
  await chinese.fill('进入网点');
  await chinese.press('Enter');
  expect((await storedPhases(page))[0]!.label).toEqual({ en: 'Arrive', 'zh-CN': '进入网点' });
  await page.getByRole('button', { name: '中文' }).click();
  await expect(phase(page, 'arrive').getByText('进入网点', { exact: true })).toBeVisible();
});

test('renames a phase in place, keeping its Chinese name', async ({ page }) => {
  await openApp(page);
  const name = phase(page, 'arrive').getByText('Arrive', { exact: true });
  await name.dblclick();
  const input = page.getByRole('textbox', { name: 'Name of phase Arrive' });
  await input.fill('Come in');
  await input.press('Enter');
  await expect(phase(page, 'arrive').getByText('Come in', { exact: true })).toBeFocused();
  expect((await storedPhases(page))[0]!.label).toEqual({ en: 'Come in', 'zh-CN': '到达' });

  // Escape leaves the name as it was; Enter on the focused name opens the input again.
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Name of phase Come in' }).fill('Nope');
  await page.keyboard.press('Escape');
  await expect(phase(page, 'arrive').getByText('Come in', { exact: true })).toBeVisible();
  expect((await storedPhases(page))[0]!.label).toEqual({ en: 'Come in', 'zh-CN': '到达' });
});

test('renames in Chinese when the UI is in Chinese', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '中文' }).click();
  await phase(page, 'arrive').getByText('到达', { exact: true }).dblclick();
  await page.getByRole('textbox', { name: '阶段“到达”的名称' }).fill('进门');
  await page.keyboard.press('Enter');
  expect((await storedPhases(page))[0]!.label).toEqual({ en: 'Arrive', 'zh-CN': '进门' });
});

test('moves a phase right, removes one, and undo brings it back', async ({ page }) => {
  await openApp(page);
  expect(await phaseIds(page)).toEqual(['arrive', 'prepare', 'serve', 'leave']);

  await phase(page, 'arrive').hover();
  await page.getByRole('button', { name: 'Move phase Arrive right' }).click();
  expect(await phaseIds(page)).toEqual(['prepare', 'arrive', 'serve', 'leave']);
  // The steps go with their phase: taking a number now comes after filling in the slip.
  const left = (id: string) =>
    page
      .locator(`.react-flow__node[data-id="${id}"]`)
      .evaluate((n) => n.getBoundingClientRect().left);
  await expect
    .poll(async () => (await left('c-take-number')) > (await left('c-fill-slip')))
    .toBe(true);

  await phase(page, 'prepare').hover();
  await page.getByRole('button', { name: 'Remove phase Prepare' }).click();
  expect(await phaseIds(page)).toEqual(['arrive', 'serve', 'leave']);
  await expect(phase(page, 'prepare')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  expect(await phaseIds(page)).toEqual(['prepare', 'arrive', 'serve', 'leave']);
  await expect(phase(page, 'prepare').getByText('Prepare')).toBeVisible();
});

test('an empty phase moved first gets its whole column in view, its name whole', async ({
  page,
}) => {
  // Issue 12: moved before the phase with all the steps, an empty phase's column lay left
  // of them, under the lane names: its header was 30 px wide and read "P.".
  await openApp(page);
  await page.getByRole('button', { name: 'Add phase' }).click();
  const input = page.getByRole('textbox', { name: 'Name of phase New phase' });
  await input.fill('Pay');
  await input.press('Enter');
  const id = (await phaseIds(page)).at(-1)!;
  for (let moves = 0; moves < 4; moves++) {
    await phase(page, id).hover();
    await page.getByRole('button', { name: 'Move phase Pay left' }).click();
  }
  expect((await phaseIds(page))[0]).toBe(id);
  await page.mouse.move(0, 0);

  const header = phase(page, id);
  const bar = await page.locator('.phase-bar').boundingBox();
  // The column's whole width on screen: the least a phase without steps gets is one step and a gap.
  const stepWidth = (await page.locator('.react-flow__node').first().boundingBox())!.width;
  if (process.env.SHOTS) await page.screenshot({ path: 'tmp/phase-moved-first.png' });
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(stepWidth);
  const box = (await header.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(bar!.x - 1);
  const name = header.locator('.phase-bar__name');
  await expect(name).toHaveText('Pay');
  expect(await name.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
});

test('the phase buttons are reachable from the keyboard', async ({ page }) => {
  await openApp(page);
  await phase(page, 'prepare').getByText('Prepare', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move phase Prepare right' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await phaseIds(page)).toEqual(['arrive', 'serve', 'prepare', 'leave']);
});

test('a phase hovered at the pane’s right edge shows its name whole, inside the pane', async ({
  page,
}) => {
  await openApp(page);
  // The canvas dragged right until "Wait and be served" starts 50 px before the bar's end.
  const bar = (await page.locator('.phase-bar').boundingBox())!;
  const serve = phase(page, 'serve');
  const start = (await serve.boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const y = pane.y + pane.height - 30;
  const x = pane.x + 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + bar.x + bar.width - 50 - start.x, y, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(async () => (await serve.boundingBox())!.x)
    .toBeGreaterThan(bar.x + bar.width - 60);

  await serve.hover();
  const hovered = (await serve.boundingBox())!;
  expect(hovered.x + hovered.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
  const name = serve.locator('.phase-bar__name');
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

/** Drags the canvas sideways until the n-th phase's column starts `before` px left of the bar's end. */
async function dragColumnTo(page: Page, index: number, before: number): Promise<void> {
  const bar = (await page.locator('.phase-bar').boundingBox())!;
  const start = (await page.locator('.backdrop__phase').nth(index).boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const y = pane.y + pane.height - 30;
  const x = pane.x + 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + bar.x + bar.width - before - start.x, y, { steps: 10 });
  await page.mouse.up();
  await viewSettled(page);
}

test('a phase showing a sliver at the pane’s right edge shows its name whole, as the font draws it', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => document.fonts.ready);
  // Zoomed in, so "Prepare" leaves room after its name; "Wait and be served" draws some
  // 7 px wider than the estimate of its width: a header sized by the estimate cut it.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await viewSettled(page);
  await dragColumnTo(page, 2, 100);
  const serve = phase(page, 'serve');
  await expect(serve).toHaveClass(/phase-bar__phase--peek/);
  const bar = (await page.locator('.phase-bar').boundingBox())!;
  const name = serve.locator('.phase-bar__name');
  const box = (await name.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // On one line (15 px type, 1.15 line height), as the header was sized for.
  expect(box.height).toBeLessThan(15 * 1.15 * 1.5);
  // Clear of the name of the phase before it.
  const prepare = (await phase(page, 'prepare').locator('.phase-bar__name').boundingBox())!;
  expect(box.x).toBeGreaterThan(prepare.x + prepare.width);
});

// Every example at rest: the first view and "Show the whole blueprint", at 1440×900 and
// 1280×720, with the side panels open and folded. A phase whose column shows only a
// sliver at the pane's right edge reaches over the empty end of the header before it
// (the ATM example's 等待与办理 was cut in a 35 px column at 1440×900, "Leave" in 15 px).
const EXAMPLES = [
  'counter-deposit',
  'counter-deposit-atm-greeter',
  'counter-deposit-vip',
  'loan-application',
  'margin-account-opening',
  'client-reception',
];

/** The phase names cut short, outside the bar, or under the "Add phase" button. */
async function cutPhaseNames(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.phase-bar')!.getBoundingClientRect();
    const add = document.querySelector('.phase-bar__add')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.phase-bar__name')].flatMap((name) => {
      const box = name.getBoundingClientRect();
      const cut =
        name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1;
      const outside = box.left < bar.left - 0.5 || box.right > bar.right + 0.5;
      const covered = box.right > add.left && box.left < add.right;
      return cut || outside || covered ? [`${name.textContent} (${Math.round(box.width)} px)`] : [];
    });
  });
}

for (const language of ['en', 'zh-CN'] as const)
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ])
    test(`every example's phase names read whole at rest at ${size.width}×${size.height} in ${language}`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      for (const panels of ['open', 'folded'] as const) {
        const context = await browser.newContext({ viewport: size, locale: 'en-US' });
        await context.addInitScript(
          ([lang, open]) => {
            window.localStorage.setItem('blueprint-lab.language', lang!);
            window.localStorage.setItem(
              'blueprint-lab.layout',
              JSON.stringify({
                state: { sidebarOpen: open === 'open', inspectorOpen: open === 'open' },
                version: 1,
              }),
            );
          },
          [language, panels],
        );
        const page = await context.newPage();
        for (const example of EXAMPLES) {
          await page.goto(`/?example=${example}`);
          await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          await viewSettled(page);
          expect(await cutPhaseNames(page), `${example}, panels ${panels}, first view`).toEqual([]);
          await page.locator('.react-flow__controls-fitview').click();
          await viewSettled(page);
          expect(await cutPhaseNames(page), `${example}, panels ${panels}, whole`).toEqual([]);
        }
        await context.close();
      }
    });
