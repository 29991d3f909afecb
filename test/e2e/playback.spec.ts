/**
 * Trainer playback in Chromium: the counter-deposit demo plays (the clock runs, tokens are
 * drawn), pause stops it and shows the engine's own state, a window opened while playing
 * shows in the units, the presentation view fits a 1280×720 projector in both languages,
 * and the trainer's demo (queue at the lunch peak, a fourth window empties it) works.
 */
import { expect, test, type Page } from '@playwright/test';
import type { PlaybackDevHook } from '../../src/app/playback/playbackDevHookType.ts';
import type { Snapshot } from '../../src/sim/index.ts';

/** The playback development hook (src/app/playback/playbackDevHook.ts). */
type PlaybackWindow = Window & { __playback?: PlaybackDevHook };

// Other people edit files while these tests run, and Vite's dev server tells every open
// page to reload when a file changes: a reload mid-test would restart the day. The app
// uses no websocket of its own, so the tests silence Vite's.
test.beforeEach(async ({ page }) => {
  await page.routeWebSocket(/.*/, () => undefined);
});

const clock = (page: Page) => page.getByTestId('playback-clock');
const tellers = (page: Page) => page.locator('.playback-pool[data-pool="tellers"]');

async function clockMinutes(page: Page): Promise<number> {
  return Number((await clock(page).getAttribute('data-minutes')) ?? NaN);
}

async function counter(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-counter="${name}"]`).getAttribute('data-value'));
}

/** Opens the demo from the address: playback of counter deposit, paused at opening time. */
async function openDemo(page: Page): Promise<void> {
  await page.goto('/?demo=counter-deposit');
  await expect(clock(page)).toHaveText('09:00:00');
}

/** Speed preset by position: 0 real time … 7 a whole day per minute. */
/** Sets the speed slider to a preset (not with → : that is the next event, whatever has focus). */
async function setSpeed(page: Page, preset: number): Promise<void> {
  await page.getByTestId('playback-speed-range').fill(String(preset));
}

async function jumpTo(page: Page, time: string): Promise<void> {
  await page.getByTestId('playback-jump-time').fill(time);
  await page.getByRole('button', { name: /^(Go|前往)$/ }).click();
  await expect(clock(page)).toHaveText(`${time}:00`);
}

async function pause(page: Page): Promise<void> {
  await page.getByTestId('playback-toggle').click();
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Play|播放/);
}

test('the deposit demo starts with one click: the clock advances and tokens are drawn', async ({
  page,
}) => {
  await page.goto('/?example=loan-application');
  await page.getByRole('button', { name: 'Demo: counter deposit' }).click();
  await expect(page.getByTestId('playback')).toBeVisible();
  await expect(page.locator('.playback-bar__title')).toHaveText('Counter deposit');
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Pause/);
  await setSpeed(page, 6); // opening hours in a minute
  await expect(page.getByTestId('playback-speed')).toHaveText('×480 · opening hours per minute');

  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(9 * 60 + 5);
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(9 * 60 + 10);
  await expect
    .poll(async () => Number(await page.getByTestId('playback-stage').getAttribute('data-tokens')))
    .toBeGreaterThan(0);
  const positions = await page.evaluate(() =>
    (window as PlaybackWindow).__playback!.tokenPositions(),
  );
  expect(positions.length).toBeGreaterThan(0);
  await expect.poll(() => counter(page, 'served')).toBeGreaterThan(0);

  // The editor comes back as it was, and stays after a reload.
  await page.getByRole('button', { name: 'Back to editor' }).click();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.reload();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByTestId('playback')).toHaveCount(0);
});

test('pause stops the clock, and the page then shows exactly the engine state', async ({
  page,
}) => {
  await openDemo(page);
  await setSpeed(page, 7);
  await page.getByTestId('playback-toggle').click();
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(11 * 60);
  await pause(page);
  // The reply in flight when pausing may still land: wait until the clock has settled.
  await expect
    .poll(async () => {
      const before = await clockMinutes(page);
      await page.waitForTimeout(300);
      return (await clockMinutes(page)) === before;
    })
    .toBe(true);
  const paused = await clockMinutes(page);
  await page.waitForTimeout(800);
  expect(await clockMinutes(page)).toBe(paused);

  const engine: Snapshot = await page.evaluate(() =>
    (window as PlaybackWindow).__playback!.snapshot(),
  );
  expect(engine.clock).toBe(paused);
  await expect.poll(() => counter(page, 'served')).toBe(engine.counters.served);
  expect(await counter(page, 'inBranch')).toBe(engine.counters.inSystem);
  expect(await counter(page, 'gaveUp')).toBe(engine.counters.abandoned);
  expect(await counter(page, 'averageWait')).toBeCloseTo(engine.counters.meanWait ?? NaN, 9);
  const waiting = Object.values(engine.queues).reduce((sum, q) => sum + q.length, 0);
  expect(await counter(page, 'waiting')).toBe(waiting);
  await expect(tellers(page)).toHaveAttribute('data-busy', String(engine.pools['tellers']!.busy));
  await expect(tellers(page)).toHaveAttribute(
    'data-capacity',
    String(engine.pools['tellers']!.capacity),
  );
  // Every customer inside is drawn (leaving tokens fade out and are gone by now).
  const drawn = await page.evaluate(
    () => (window as PlaybackWindow).__playback!.tokenPositions().length,
  );
  expect(drawn).toBe(engine.customers.length);
});

test('opening a teller window while playing adds a busy unit', async ({ page }) => {
  await openDemo(page);
  await jumpTo(page, '12:20');
  await expect(tellers(page)).toHaveAttribute('data-capacity', '3'); // one teller at lunch
  await expect(tellers(page).locator('.playback-unit')).toHaveCount(3);
  await setSpeed(page, 1); // slow: the queue stays while we click
  await page.getByTestId('playback-toggle').click();
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(12 * 60 + 20);
  await expect(tellers(page)).toHaveAttribute('data-busy', '3');
  expect(Number(await tellers(page).getAttribute('data-busy'))).toBe(3);

  await page.getByRole('button', { name: 'Open one more of Tellers' }).click();
  await expect(tellers(page)).toHaveAttribute('data-capacity', '4');
  await expect(tellers(page).locator('.playback-unit')).toHaveCount(4);
  // Someone was waiting: the new window serves them at once.
  await expect(tellers(page).locator('.playback-unit[data-state="busy"]')).toHaveCount(4);
  await expect(tellers(page)).toContainText('set by you');
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Pause/);
});

for (const language of [
  { locale: 'en-US', inBranch: 'In the branch', leave: 'Leave presentation' },
  { locale: 'zh-CN', inBranch: '网点内', leave: '退出投影' },
]) {
  test.describe(`presentation view in ${language.locale}`, () => {
    test.use({ locale: language.locale, viewport: { width: 1280, height: 720 } });

    test('fits a 1280×720 projector: nothing overflows, large type, tokens inside', async ({
      page,
    }) => {
      await openDemo(page);
      await jumpTo(page, '12:20');
      await page.keyboard.press('f');
      await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
      await expect(page.getByRole('button', { name: language.leave })).toBeVisible();
      await expect(page.locator('.playback-bar')).toHaveCount(0);
      await expect(page.getByText(language.inBranch, { exact: true })).toBeVisible();
      await setSpeed(page, 2);
      await page.getByTestId('playback-toggle').click();
      await expect
        .poll(async () =>
          Number(await page.getByTestId('playback-stage').getAttribute('data-tokens')),
        )
        .toBeGreaterThan(3);

      const layout = await page.evaluate(() => {
        const rect = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
        const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const stage = document.querySelector('[data-testid="playback-stage"]')!;
        const step = document.querySelector<HTMLElement>('.playback-step')!;
        const label = step.querySelector('.playback-step__label')!;
        const clipped = [
          ...document.querySelectorAll('.playback button, .playback output, .playback-counter'),
        ]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.textContent);
        const outside = [...document.querySelectorAll('.playback *')]
          .filter((element) => !element.closest('.playback-stage__map'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) return false;
            return (
              box.left < -0.5 ||
              box.top < -0.5 ||
              box.right > innerWidth + 0.5 ||
              box.bottom > innerHeight + 0.5
            );
          })
          .map((element) => element.className || element.tagName);
        const steps = [...document.querySelectorAll('.playback-step')].map(rect);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          scrollHeight: document.documentElement.scrollHeight,
          clipped,
          outside,
          stage: rect(stage),
          steps,
          clockPx: px(document.querySelector('[data-testid="playback-clock"]')!),
          valuePx: px(document.querySelector('.playback-counter__value')!),
          counterLabelPx: px(document.querySelector('.playback-counter__label')!),
          buttonPx: px(document.querySelector('.playback-transport button')!),
          // The map is scaled: the label's size on screen is its size times the scale.
          labelPx: px(label) * (step.getBoundingClientRect().width / step.offsetWidth),
          tokens: (window as PlaybackWindow).__playback!.tokenPositions(),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(1280);
      expect(layout.scrollHeight).toBeLessThanOrEqual(720);
      expect(layout.outside).toEqual([]);
      expect(layout.clipped).toEqual([]);
      expect(layout.clockPx).toBeGreaterThanOrEqual(44);
      expect(layout.valuePx).toBeGreaterThanOrEqual(26);
      expect(layout.counterLabelPx).toBeGreaterThanOrEqual(13);
      expect(layout.buttonPx).toBeGreaterThanOrEqual(16);
      expect(layout.labelPx).toBeGreaterThanOrEqual(13);
      expect(layout.stage.height).toBeGreaterThan(300);
      for (const step of layout.steps) {
        expect(step.left).toBeGreaterThanOrEqual(layout.stage.left - 0.5);
        expect(step.right).toBeLessThanOrEqual(layout.stage.right + 0.5);
        expect(step.top).toBeGreaterThanOrEqual(layout.stage.top - 0.5);
        expect(step.bottom).toBeLessThanOrEqual(layout.stage.bottom + 0.5);
      }
      expect(layout.tokens.length).toBeGreaterThan(3);
      for (const token of layout.tokens) {
        expect(token.x).toBeGreaterThanOrEqual(0);
        expect(token.y).toBeGreaterThanOrEqual(0);
        expect(token.x).toBeLessThanOrEqual(layout.stage.width);
        expect(token.y).toBeLessThanOrEqual(layout.stage.height);
      }

      await page.keyboard.press('Escape');
      await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
      await expect(page.getByRole('button', { name: language.leave })).toHaveCount(0);
    });

    test("the trainer's demo: the queue builds at the lunch peak, a fourth window empties it", async ({
      page,
    }) => {
      // Plays most of a day at two speeds: about 25 s, so twice that is its limit.
      test.setTimeout(120_000);
      // The app opens on the counter-deposit example: Play is the demo.
      await page.goto('/');
      await page
        .getByRole('button', { name: language.locale === 'zh-CN' ? '播放' : 'Play', exact: true })
        .click();
      await expect(page.getByTestId('playback-toggle')).toHaveText(/Pause|暂停/);
      await setSpeed(page, 7); // a whole day per minute, towards the lunch peak
      await expect.poll(() => clockMinutes(page), { timeout: 20_000 }).toBeGreaterThan(10 * 60);
      await pause(page);
      // Same seed, no live changes so far: 12:20 is the same moment of the same day however
      // the clock got there.
      await jumpTo(page, '12:20');
      await expect(tellers(page)).toHaveAttribute('data-capacity', '3');
      const queueBefore = Number(await tellers(page).getAttribute('data-waiting'));
      expect(queueBefore).toBeGreaterThanOrEqual(4);
      await expect(
        page.locator('.playback-step[data-step="c-hand-over"] .playback-step__queue'),
      ).toBeVisible();

      const more = language.locale === 'zh-CN' ? '增开一个柜员' : 'Open one more of Tellers';
      await page.getByRole('button', { name: more }).click();
      await expect(tellers(page).locator('.playback-unit')).toHaveCount(4);
      await setSpeed(page, 5); // 4 clock minutes a second
      await page.getByTestId('playback-toggle').click();
      // The day is the same whatever the frame timing: from 13:15 to 13:35 at most two wait
      // (without the window five or more do; test/app/playback/demo.test.ts holds both).
      await expect
        .poll(() => clockMinutes(page), { timeout: 30_000, intervals: [100] })
        .toBeGreaterThan(13 * 60 + 15);
      await pause(page);
      expect(await clockMinutes(page)).toBeLessThan(13 * 60 + 35);
      const queueAfter = Number(await tellers(page).getAttribute('data-waiting'));
      expect(queueAfter).toBeLessThanOrEqual(2);
      expect(queueAfter).toBeLessThan(queueBefore);
    });
  });
}

/** Rectangles in page pixels, and whether two overlap by more than a hair. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
function overlap(a: Box, b: Box): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

/** Every drawn queue and its badge, with the step boxes they must not cover. */
async function queueLayout(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-testid="playback-stage"]')!.getBoundingClientRect();
    const steps = [...document.querySelectorAll<HTMLElement>('.playback-step')].map((step) => {
      const box = step.getBoundingClientRect();
      const badge = step.querySelector('.playback-step__queue')?.getBoundingClientRect() ?? null;
      return {
        id: step.dataset['step']!,
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        badge: badge && {
          left: badge.left,
          top: badge.top,
          right: badge.right,
          bottom: badge.bottom,
        },
      };
    });
    const queues = (window as PlaybackWindow).__playback!.drawnQueues().map((queue) => ({
      ...queue,
      box: {
        left: stage.left + queue.x,
        top: stage.top + queue.y,
        right: stage.left + queue.x + queue.width,
        bottom: stage.top + queue.y + queue.height,
      },
    }));
    return { steps, queues };
  });
}

async function expectQueuesApart(page: Page): Promise<void> {
  const { steps, queues } = await queueLayout(page);
  expect(queues.length).toBeGreaterThan(0);
  for (const queue of queues) {
    expect(queue.shown + queue.hidden).toBe(queue.count);
    for (const step of steps) {
      if (step.id === queue.stepId) continue;
      expect(overlap(queue.box, step.box), `queue of ${queue.stepId} over ${step.id}`).toBe(false);
      if (step.badge)
        expect(
          overlap(queue.box, step.badge),
          `queue of ${queue.stepId} over ${step.id}'s count`,
        ).toBe(false);
    }
  }
  for (const a of steps)
    for (const b of steps)
      if (a !== b && a.badge)
        expect(overlap(a.badge, b.box), `${a.id}'s count over ${b.id}`).toBe(false);
}

for (const mode of ['play', 'present'] as const)
  test(`no queue covers another step at 7 and 14 waiting (${mode}, 1280×720)`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDemo(page);
    await jumpTo(page, '12:20');
    if (mode === 'present') await page.keyboard.press('f');
    // One teller and four times the customers: the line at "Hand over" grows fast.
    const fewer = page.getByRole('button', { name: 'Close one of Tellers' });
    // Each click waits for its change: the pool's row grows "set by hand" after the first,
    // and a second click sent at once could land while the button moved.
    await fewer.click();
    await expect(tellers(page)).toHaveAttribute('data-capacity', '2');
    await fewer.click();
    await expect(tellers(page)).toHaveAttribute('data-capacity', '1');
    await page.evaluate(() => (window as PlaybackWindow).__playback!.setRateFactor(4));
    await page.evaluate(() => (window as PlaybackWindow).__playback!.setSpeed(2));
    const handOver = async () =>
      (await queueLayout(page)).queues.find((q) => q.stepId === 'c-hand-over')?.count ?? 0;
    for (const length of [7, 14]) {
      await page.getByTestId('playback-toggle').click();
      await expect.poll(handOver, { timeout: 20_000 }).toBeGreaterThanOrEqual(length);
      await pause(page);
      await page.waitForTimeout(400); // the tokens glide to their places
      await expectQueuesApart(page);
    }
    const { queues, steps } = await queueLayout(page);
    const queue = queues.find((q) => q.stepId === 'c-hand-over')!;
    // In the gap before its step, not over its name.
    expect(queue.box.right).toBeLessThanOrEqual(
      steps.find((s) => s.id === 'c-hand-over')!.box.left + 0.5,
    );
    expect(queue.hidden).toBeGreaterThan(0);
    await expect(page.locator('[data-step="c-hand-over"] .playback-step__queue')).toHaveAttribute(
      'data-queue',
      String(queue.count),
    );
  });

/**
 * Every piece of text on the playback page: its tight box (the text itself, not its
 * element), its size on screen (times the stage's scale inside the stage), and whether a
 * step name is cut.
 */
async function presentText(page: Page) {
  return page.evaluate(() => {
    const texts: { text: string; px: number; box: Box }[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('[data-testid="playback"]')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement!;
      if (!text || element.closest('[hidden], datalist, option, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const map = element.closest<HTMLElement>('.playback-stage__map');
      const scale = map ? Number(map.dataset['scale']) : 1;
      // A name cut by its box: only its visible lines count, the box is checked below.
      const label = element.closest<HTMLElement>('.playback-step__label');
      const shown = label ? label.getBoundingClientRect() : rect;
      const px = parseFloat(getComputedStyle(element).fontSize) * scale;
      // The glyphs' box includes the font's leading above and below: ink starts a tenth
      // of the size in from each.
      texts.push({
        text,
        px,
        box: {
          left: rect.left,
          top: Math.max(rect.top, shown.top) + px * 0.1,
          right: rect.right,
          bottom: Math.min(rect.bottom, shown.bottom) - px * 0.1,
        },
      });
    }
    const cut = [...document.querySelectorAll<HTMLElement>('.playback-step__label')]
      .filter((label) => label.scrollHeight > label.clientHeight + 1)
      .map((label) => label.textContent);
    return {
      texts,
      cut,
      innerWidth,
      innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

for (const screen of [
  { name: '1280×720', width: 1280, height: 720, zoom: 1, locale: 'en-US' },
  { name: '1280×720', width: 1280, height: 720, zoom: 1, locale: 'zh-CN' },
  { name: '1920×1080', width: 1920, height: 1080, zoom: 1, locale: 'en-US' },
  { name: '3840×2160', width: 3840, height: 2160, zoom: 1, locale: 'zh-CN' },
  { name: '1024×768', width: 1024, height: 768, zoom: 1, locale: 'en-US' },
  // Browser zoom on a 1280×720 projector: fewer, larger CSS pixels.
  { name: '1280×720 at 125 %', width: 1024, height: 576, zoom: 1.25, locale: 'en-US' },
  { name: '1280×720 at 150 %', width: 853, height: 480, zoom: 1.5, locale: 'zh-CN' },
])
  test.describe(`Present at ${screen.name} in ${screen.locale}`, () => {
    test.use({
      locale: screen.locale,
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.zoom,
    });

    test('no text under 2.5 % of the screen height, none overlapping, none outside', async ({
      page,
    }) => {
      await openDemo(page);
      await jumpTo(page, '12:20'); // queues at the lunch peak
      await page.keyboard.press('f');
      await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
      await page.waitForTimeout(300);
      const layout = await presentText(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.scrollHeight).toBeLessThanOrEqual(layout.innerHeight);
      const minimum = layout.innerHeight * 0.025;
      const small = layout.texts.filter((t) => t.px < minimum - 0.01);
      expect(small.map((t) => `${t.text} ${t.px.toFixed(1)}px`)).toEqual([]);
      const overlapping: string[] = [];
      layout.texts.forEach((a, i) =>
        layout.texts.slice(i + 1).forEach((b) => {
          if (overlap(a.box, b.box)) overlapping.push(`"${a.text}" / "${b.text}"`);
        }),
      );
      expect(overlapping).toEqual([]);
      for (const text of layout.texts) {
        expect(text.box.left, text.text).toBeGreaterThanOrEqual(-0.5);
        expect(text.box.right, text.text).toBeLessThanOrEqual(layout.innerWidth + 0.5);
        expect(text.box.bottom, text.text).toBeLessThanOrEqual(layout.innerHeight + 0.5);
      }
      await expectQueuesApart(page);
    });
  });

test('shortcuts work whatever has focus but a text field: after clicking a slider or a button', async ({
  page,
}) => {
  await openDemo(page);
  const speed = page.getByTestId('playback-speed');
  const toggle = page.getByTestId('playback-toggle');
  await page.getByTestId('playback-speed-range').click();
  const speedBefore = await speed.textContent();
  // → is the next event, not a faster speed, on the focused slider.
  const before = await clockMinutes(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(before);
  await expect(speed).toHaveText(speedBefore!);
  await expect(page.getByTestId('playback-speed-range')).toBeFocused();
  // Space plays and pauses, F presents, Escape leaves.
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Pause/);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Play/);
  await page.keyboard.press('f');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
  // After a button: Space is still play/pause, not that button again.
  const peak = page.getByRole('button', { name: 'Lunch peak now' });
  await peak.click();
  await expect(peak).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Pause/);
  await expect(peak).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Play/);
  // In the time field the keys are the field's.
  await page.getByTestId('playback-jump-time').focus();
  await page.keyboard.press('f');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
});

test.describe('the jump-to-time field in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('is 24-hour: 13:30, never 01:30 PM', async ({ page }) => {
    await openDemo(page);
    const field = page.getByTestId('playback-jump-time');
    await expect(field).toHaveAttribute('type', 'text');
    await expect(field).toHaveValue('09:00');
    await jumpTo(page, '13:30');
    await expect(field).toHaveValue('13:30');
    await expect(page.locator('.playback-transport')).not.toContainText(/AM|PM|上午|下午/);
  });
});
