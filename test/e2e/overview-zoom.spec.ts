/**
 * The overview zoom (diagram/overview.ts): below the readable zoom the step boxes show only
 * their names, at least 11 px on screen, and their F/W marks. The deposit example opens
 * whole and readable at 1440×900 and 1920×1080, in English and in Chinese, with the side
 * panels folded and with both kept open (the sidebar then folds for its view at 1440),
 * and stays so after a run. Zooming in past the threshold brings the details back with
 * every box where it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { viewSettled } from './canvasDriver.ts';

const READABLE_PX = 11;
const DEPOSIT_STEPS = 19;

type Language = 'en' | 'zh-CN';

async function openExample(
  page: Page,
  { language, panels }: { language: Language; panels: 'open' | 'folded' },
  example = 'counter-deposit',
): Promise<void> {
  await page.addInitScript(
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
  await page.goto(`/?example=${example}`);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await viewSettled(page);
}

/** Each step name as drawn: whole in the pane, not cut, and its size on screen. */
async function readNames(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.step__label')].map((label) => {
      const box = label.getBoundingClientRect();
      return {
        name: label.textContent ?? '',
        px: parseFloat(getComputedStyle(label).fontSize) * zoom,
        inside:
          box.left >= pane.left - 1 &&
          box.right <= pane.right + 1 &&
          box.top >= pane.top - 1 &&
          box.bottom <= pane.bottom + 1,
        cut:
          label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1,
      };
    });
  });
}

const readWhole = (names: Awaited<ReturnType<typeof readNames>>) =>
  names.filter((name) => name.inside && !name.cut && name.px >= READABLE_PX - 0.01);

/** Every line's name in the rail clear of the lane names beside it. */
async function expectLineNamesClear(page: Page): Promise<void> {
  const boxes = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as Box));
  const names = await boxes('.lane-rail__name');
  for (const label of await boxes('.line-label'))
    expect(names.filter((name) => overlap(label, name))).toEqual([]);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function runOnce(page: Page): Promise<void> {
  await page.locator('.run-control__run').click();
  await expect(page.getByTestId('results-panel')).toBeVisible({ timeout: 60_000 });
  await viewSettled(page);
}

const WHOLE_VIEWS: { width: number; height: number; languages: Language[] }[] = [
  { width: 1920, height: 1080, languages: ['en', 'zh-CN'] },
  { width: 1440, height: 900, languages: ['zh-CN'] },
];

for (const { width, height, languages } of WHOLE_VIEWS)
  for (const language of languages)
    test(`the whole deposit example reads in the overview at ${width}×${height} in ${language}, before and after a run`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await openExample(page, { language, panels: 'folded' });
      const flow = page.locator('.canvas__flow');
      await expect(flow).toHaveAttribute('data-overview', 'true');
      const first = await readNames(page);
      expect(first).toHaveLength(DEPOSIT_STEPS);
      expect(first.filter((name) => !readWhole([name]).length)).toEqual([]);
      // Durations, pools and outcome badges are left out; the F/W marks stay, legible.
      await expect(page.locator('.step__facts').first()).toBeHidden();
      const markPx = await page
        .locator('.mark')
        .evaluateAll((marks) => marks.map((mark) => mark.getBoundingClientRect().height));
      expect(markPx.length).toBeGreaterThan(0);
      for (const px of markPx) expect(px).toBeGreaterThanOrEqual(16);
      // Lane names, phase names and the lines' names stay in the rail and the bar.
      await expect(page.locator('.lane-rail__name')).toHaveCount(5);
      await expect(page.locator('.line-label')).toHaveCount(3);
      await expectLineNamesClear(page);

      const before = await page.locator('.react-flow__viewport').getAttribute('style');
      await runOnce(page);
      // No jump when the dock opens: the lanes still fit above it.
      expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
      const after = await readNames(page);
      expect(after.filter((name) => !readWhole([name]).length)).toEqual([]);
      // The strips keep their heat colour; a note says their numbers need a closer look.
      await expect(page.locator('.step-result').first()).toBeVisible();
      // In the palette row, over no lane (it sat over the support processes lane).
      await expect(page.locator('.palette').getByTestId('heat-overview-note')).toBeVisible();
    });

// The panels as a user who keeps both open has them: the panel rule (canvas/panelRoom.ts)
// folds the sidebar for the deposit's view at 1440×900 and nothing at 1920×1080.
for (const { width, height, sidebar } of [
  { width: 1440, height: 900, sidebar: false },
  { width: 1920, height: 1080, sidebar: true },
])
  for (const language of ['en', 'zh-CN'] as const)
    test(`beside the panels a user keeps open, the whole deposit reads at ${width}×${height} in ${language}, before and after a run`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await openExample(page, { language, panels: 'open' });
      await expect(page.locator('#app-sidebar')).toHaveCount(sidebar ? 1 : 0);
      await expect(page.locator('.inspector:not(.inspector--folded)')).toBeVisible();
      const first = await readNames(page);
      expect(first).toHaveLength(DEPOSIT_STEPS);
      expect(first.filter((name) => !readWhole([name]).length)).toEqual([]);
      await runOnce(page);
      const after = await readNames(page);
      expect(after.filter((name) => !readWhole([name]).length)).toEqual([]);
    });

test('zooming in past the threshold brings the details back, every box where it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page, { language: 'en', panels: 'folded' });
  const boxes = () =>
    page
      .locator('.react-flow__node-step')
      .evaluateAll((nodes) =>
        nodes.map((node) => [
          (node as HTMLElement).style.transform,
          (node as HTMLElement).style.width,
          (node as HTMLElement).style.height,
        ]),
      );
  const overview = await boxes();
  await expect(page.locator('.canvas__flow')).toHaveAttribute('data-overview', 'true');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await viewSettled(page);
  await expect(page.locator('.canvas__flow')).toHaveAttribute('data-overview', 'false');
  await expect(page.locator('.step__facts').first()).toBeVisible();
  expect(await boxes()).toEqual(overview);
  const names = await readNames(page);
  expect(Math.min(...names.map((name) => name.px))).toBeGreaterThanOrEqual(READABLE_PX - 0.01);
});

for (const language of ['en', 'zh-CN'] as const)
  test(`every example's names read whole in the overview in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    const examples = [
      'counter-deposit',
      'counter-deposit-atm-greeter',
      'loan-application',
      'margin-account-opening',
      'client-reception',
    ];
    for (const [size, panels] of [
      [{ width: 1440, height: 900 }, 'open'],
      [{ width: 1920, height: 1080 }, 'folded'],
    ] as const) {
      await page.setViewportSize(size);
      for (const example of examples) {
        await openExample(page, { language, panels }, example);
        const names = await readNames(page);
        await test.step(`${example} at ${size.width}×${size.height}`, () => {
          expect(names.filter((name) => name.px < READABLE_PX - 0.01)).toEqual([]);
          expect(names.filter((name) => name.cut).map((name) => name.name)).toEqual([]);
        });
      }
    }
  });

/** The size on screen of each text the selector finds, and whether it is drawn (not transparent). */
async function readInk(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((texts) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    return texts.map((text) => {
      const style = getComputedStyle(text);
      return {
        text: text.textContent ?? '',
        px: parseFloat(style.fontSize) * zoom,
        drawn: style.visibility === 'visible' && !/, 0\)$/.test(style.color),
      };
    });
  });
}

const unreadable = (texts: Awaited<ReturnType<typeof readInk>>) =>
  texts.filter((text) => text.drawn && text.px < READABLE_PX - 0.01);

for (const language of ['en', 'zh-CN'] as const)
  test(`zoomed out by hand below readable names, the boxes drop their text and the palette row says so, in ${language}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openExample(page, { language, panels: 'open' });
    const flow = page.locator('.canvas__flow');
    const note = page.getByTestId('names-hidden-note');
    await expect(flow).toHaveAttribute('data-names', 'shown');
    await expect(note).toHaveCount(0);
    const zoomOut = page.getByRole('button', { name: language === 'en' ? 'Zoom out' : '缩小' });
    for (let presses = 0; (await flow.getAttribute('data-names')) === 'shown'; presses++) {
      expect(presses).toBeLessThan(12);
      await zoomOut.click();
      await viewSettled(page);
    }
    const names = await readInk(page, '.step__label');
    expect(names).toHaveLength(DEPOSIT_STEPS);
    // No text under 11 px is drawn: the names (6 px at 0.17) and the marks' letters.
    expect(unreadable(names)).toEqual([]);
    expect(unreadable(await readInk(page, '.mark'))).toEqual([]);
    await expect(note).toBeVisible();
    await expect(note).toContainText(language === 'en' ? 'Names hidden' : '名称已隐藏');
    // The note keeps to the palette row's height: the canvas does not move when it comes.
    expect((await note.boundingBox())!.height).toBeLessThanOrEqual(44);

    // Zooming back in by hand brings the names back as soon as they read.
    const zoomIn = page.getByRole('button', { name: language === 'en' ? 'Zoom in' : '放大' });
    await zoomIn.click();
    await viewSettled(page);
    await expect(flow).toHaveAttribute('data-names', 'shown');
    const near = await readInk(page, '.step__label');
    expect(near.filter((name) => !name.drawn || name.px < READABLE_PX - 0.01)).toEqual([]);
    await expect(note).toHaveCount(0);

    // The note's own way back: the whole blueprint, every name whole.
    await zoomOut.click();
    await viewSettled(page);
    await expect(note).toBeVisible();
    await note.getByRole('button').click();
    await viewSettled(page);
    await expect(note).toHaveCount(0);
    const whole = await readNames(page);
    expect(whole.filter((name) => !readWhole([name]).length)).toEqual([]);
  });
