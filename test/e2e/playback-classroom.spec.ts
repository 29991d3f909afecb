/**
 * What a class reads in trainer playback, beyond the stage's names (those are in
 * playback-present-layout.spec.ts): the line that says what "Next event" ran to is never
 * cut and never moves the view; Present's sliders keep their names; playing on a short
 * window (a projector, a zoomed laptop), the sliders can be grabbed and the stage keeps
 * its height.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { playbackMessages } from '../../src/app/playback/playbackMessages.ts';
import { jumpTo, openDemo, overlap, pageText, silenceDevServerReload } from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

type Label = string | Record<string, string>;
const deposit = JSON.parse(readFileSync('blueprints/counter-deposit.json', 'utf8')) as {
  steps: { label: Label }[];
  resources: { label: Label }[];
};

/**
 * The longest line "Next event" can write for the deposit example: its longest step name,
 * started by back-office work at its longest pool's window 12, with 12 more events at once.
 */
function longestMessage(language: 'en' | 'zh-CN'): string {
  const words = language === 'en' ? playbackMessages.en : playbackMessages.zhCN;
  const name = (label: Label) => (typeof label === 'string' ? label : (label[language] ?? ''));
  const longest = (labels: Label[]) =>
    labels.map(name).reduce((a, b) => (b.length > a.length ? b : a), '');
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const who = fill(words.eventWork, { id: '1499' });
  const step = longest(deposit.steps.map((s) => s.label));
  const pool = longest(deposit.resources.map((r) => r.label));
  return (
    fill(words.eventStartAt, { time: '12:32:30', who, step, pool, window: '12' }) +
    fill(words.eventAlso, { count: '12' })
  );
}

/** The message line: whether its text is cut, and where the view's blocks stand. */
async function messageLayout(page: Page) {
  return page.evaluate(() => {
    const line = document.querySelector<HTMLElement>('[data-testid="playback-message"]')!;
    const range = document.createRange();
    range.selectNodeContents(line);
    const text = range.getBoundingClientRect();
    const box = line.getBoundingClientRect();
    const stage = document.querySelector('[data-testid="playback-stage"]')!.getBoundingClientRect();
    return {
      text: line.textContent ?? '',
      cut:
        line.scrollHeight > line.clientHeight + 1 ||
        line.scrollWidth > line.clientWidth + 1 ||
        text.right > innerWidth + 0.5 ||
        text.bottom > box.bottom + 1,
      stageTop: Math.round(stage.top),
      stageHeight: Math.round(stage.height),
    };
  });
}

for (const screen of [
  { mode: 'present', width: 1280, height: 720, zoom: 1 },
  { mode: 'present', width: 1024, height: 768, zoom: 1 },
  { mode: 'play', width: 1280, height: 720, zoom: 1 },
  { mode: 'play', width: 853, height: 480, zoom: 1.5 },
] as const)
  for (const language of ['en', 'zh-CN'] as const)
    test.describe(`${screen.mode} at ${screen.width}×${screen.height} in ${language}`, () => {
      test.use({
        locale: language === 'en' ? 'en-US' : 'zh-CN',
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.zoom,
      });

      test('the Next-event line wraps, whole, and moves nothing as it changes', async ({
        page,
      }) => {
        await openDemo(page);
        await jumpTo(page, '12:20');
        if (screen.mode === 'present') await page.keyboard.press('f');
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', screen.mode);
        const message = page.getByTestId('playback-message');
        await expect(message).toHaveText('');
        const empty = await messageLayout(page);
        const seen: string[] = [];
        for (let step = 0; step < 4; step += 1) {
          const before = (await message.textContent()) ?? '';
          await page.keyboard.press('ArrowRight');
          await expect(message).not.toHaveText(before);
          const now = await messageLayout(page);
          seen.push(now.text);
          expect(now.cut, now.text).toBe(false);
          expect([now.stageTop, now.stageHeight]).toEqual([empty.stageTop, empty.stageHeight]);
        }
        // The longest the example can say, written into the line while paused.
        const longest = longestMessage(language);
        await message.evaluate((line, text) => {
          line.firstChild!.nodeValue = text;
        }, longest);
        const widest = await messageLayout(page);
        expect(widest.text).toBe(longest);
        expect(widest.cut, `${longest} (after ${seen.join(' | ')})`).toBe(false);
        expect([widest.stageTop, widest.stageHeight]).toEqual([empty.stageTop, empty.stageHeight]);
      });
    });

/**
 * Present's controls in one row, each slider with its name (a squarer screen once hid the
 * names to keep the row: the class saw two unnamed sliders).
 */
for (const screen of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
])
  for (const locale of ['en-US', 'zh-CN'])
    test.describe(`Present's controls at ${screen.width}×${screen.height} in ${locale}`, () => {
      test.use({ locale, viewport: screen });

      test('every slider named, in large type, the controls in one row', async ({ page }) => {
        await openDemo(page);
        await page.keyboard.press('f');
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
        const layout = await page.evaluate(() => {
          const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
          const transport = document.querySelector('.playback-transport')!;
          return {
            sliders: [...transport.querySelectorAll('label:has(input[type="range"])')].map(
              (label) => {
                const name = label.querySelector('.playback-transport__name')!;
                return {
                  name: name.textContent ?? '',
                  px: parseFloat(getComputedStyle(name).fontSize),
                  nameBox: box(name),
                  sliderBox: box(label.querySelector('input')!),
                  valueBox: box(label.querySelector('output')!),
                };
              },
            ),
            controls: [...transport.querySelectorAll('button, label')]
              .map(box)
              .filter((control) => control.width > 0),
          };
        });
        expect(layout.sliders).toHaveLength(2);
        for (const slider of layout.sliders) {
          expect(slider.nameBox.width, slider.name).toBeGreaterThan(10);
          expect(slider.px, slider.name).toBeGreaterThanOrEqual(screen.height * 0.025 - 0.01);
          // Name and slider apart: beside it or above it.
          const beside = slider.nameBox.right <= slider.sliderBox.left + 0.5;
          const above = slider.nameBox.bottom <= slider.sliderBox.top + 0.5;
          expect(beside || above, slider.name).toBe(true);
          // Its value beside the slider, or above it beside the name (Present: the slider
          // under both, as wide as a class can follow, playback-present-layout.spec.ts).
          const valueBeside = slider.valueBox.left >= slider.sliderBox.right - 0.5;
          const valueAbove =
            slider.valueBox.bottom <= slider.sliderBox.top + 0.5 &&
            slider.valueBox.left >= slider.nameBox.right - 0.5;
          expect(valueBeside || valueAbove, slider.name).toBe(true);
        }
        const tops = layout.controls.map((control) => control.top + control.height / 2);
        expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
        for (const control of layout.controls)
          expect(control.right).toBeLessThanOrEqual(screen.width + 0.5);
      });
    });

/**
 * Playing (not presenting) on a short window, each slider is wide enough to grab and move
 * (as wide as its name above it, 速度 was 26 px and "Speed" 41 px at 1280×720), and the
 * controls still fit: none outside, none over another, one row at 1280×720.
 */
for (const screen of [
  { width: 1280, height: 720, rows: 1 },
  { width: 1024, height: 768, rows: 2 },
])
  for (const locale of ['en-US', 'zh-CN'])
    test.describe(`Play's controls at ${screen.width}×${screen.height} in ${locale}`, () => {
      test.use({ locale, viewport: screen });

      test('every slider at least 96 px wide, the controls apart and inside', async ({ page }) => {
        await openDemo(page);
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
        const layout = await page.evaluate(() => {
          const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
          const transport = document.querySelector('.playback-transport')!;
          return {
            sliders: [...transport.querySelectorAll('input[type="range"]')].map(box),
            controls: [...transport.querySelectorAll('button, label')]
              .map(box)
              .filter((control) => control.width > 0),
          };
        });
        expect(layout.sliders).toHaveLength(2);
        for (const slider of layout.sliders) expect(slider.width).toBeGreaterThanOrEqual(96);
        const rows = new Set(layout.controls.map((c) => Math.round(c.top + c.height / 2)));
        expect(rows.size).toBeLessThanOrEqual(screen.rows);
        const over: string[] = [];
        layout.controls.forEach((a, i) =>
          layout.controls.slice(i + 1).forEach((b) => {
            if (overlap(a, b)) over.push(`${a.left}-${a.right} / ${b.left}-${b.right}`);
          }),
        );
        expect(over).toEqual([]);
        for (const control of layout.controls) {
          expect(control.left).toBeGreaterThanOrEqual(-0.5);
          expect(control.right).toBeLessThanOrEqual(screen.width + 0.5);
        }
      });
    });

/**
 * Playing (not presenting) on a 1280×720 projector and a 1440×900 laptop at 100, 125 and
 * 150 % zoom (fewer, larger CSS pixels): the stage keeps at least 40 % of the height, every
 * name in type of at least 11 px, and every name whole. The
 * pools took four rows there, the controls three and the note two: the stage was 90 px
 * high at 125 % and 0 at 150 % (with the example's long names, before they were
 * shortened, 9 English names of 19 and 2 Chinese were still cut at 150 % on 1280×720).
 */
for (const screen of [
  { name: '1280×720', width: 1280, height: 720, zoom: 1, mayCut: [0, 0] },
  { name: '1280×720 at 125 %', width: 1024, height: 576, zoom: 1.25, mayCut: [0, 0] },
  { name: '1280×720 at 150 %', width: 853, height: 480, zoom: 1.5, mayCut: [0, 0] },
  { name: '1440×900', width: 1440, height: 900, zoom: 1, mayCut: [0, 0] },
  { name: '1440×900 at 125 %', width: 1152, height: 720, zoom: 1.25, mayCut: [0, 0] },
  { name: '1440×900 at 150 %', width: 960, height: 600, zoom: 1.5, mayCut: [0, 0] },
])
  for (const [index, locale] of (['en-US', 'zh-CN'] as const).entries())
    test.describe(`Play at ${screen.name} in ${locale}`, () => {
      test.use({
        locale,
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.zoom,
      });

      test('the stage keeps its height, its names readable, nothing outside', async ({ page }) => {
        await openDemo(page);
        await jumpTo(page, '12:20');
        await page.waitForTimeout(300);
        const layout = await pageText(page);
        const stage = await page.getByTestId('playback-stage').boundingBox();
        expect(stage!.height).toBeGreaterThanOrEqual(screen.height * 0.4);
        expect(layout.scrollHeight).toBeLessThanOrEqual(layout.innerHeight);
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
        const names = layout.texts.filter((t) => layout.steps.some((s) => overlap(s.box, t.box)));
        expect(names.length).toBeGreaterThanOrEqual(19);
        for (const name of names) expect(name.px, name.text).toBeGreaterThanOrEqual(10.99);
        expect(layout.cut.length, layout.cut.join(' | ')).toBeLessThanOrEqual(
          screen.mayCut[index]!,
        );
        // The controls all on the screen, the sliders named.
        for (const control of await page.locator('.playback-transport :is(button, label)').all())
          await expect(control).toBeInViewport({ ratio: 1 });
        await expect(page.getByText(/^(Speed|速度)$/)).toBeVisible();
      });
    });
