/**
 * Ways of driving and reading trainer playback shared by the playback browser tests
 * (playback, playback-present-layout, playback-shortcuts).
 */
import { expect, type Page } from '@playwright/test';
import type { PlaybackDevHook } from '../../src/app/playback/playbackDevHookType.ts';

/** The playback development hook (src/app/playback/playbackDevHook.ts). */
export type PlaybackWindow = Window & { __playback?: PlaybackDevHook };

/**
 * Other people edit files while these tests run, and Vite's dev server tells every open
 * page to reload when a file changes: a reload mid-test would restart the day. The app
 * uses no websocket of its own, so the tests silence Vite's (in a beforeEach).
 */
export async function silenceDevServerReload({ page }: { page: Page }): Promise<void> {
  await page.routeWebSocket(/.*/, () => undefined);
}

export const clock = (page: Page) => page.getByTestId('playback-clock');
export const tellers = (page: Page) => page.locator('.playback-pool[data-pool="tellers"]');

export async function clockMinutes(page: Page): Promise<number> {
  return Number((await clock(page).getAttribute('data-minutes')) ?? NaN);
}

export async function counter(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-counter="${name}"]`).getAttribute('data-value'));
}

/** Opens the demo from the address: playback of counter deposit, paused at opening time. */
export async function openDemo(page: Page): Promise<void> {
  await page.goto('/?demo=counter-deposit');
  await expect(clock(page)).toHaveText('09:00:00');
}

/**
 * Sets the speed slider to a preset by position, 0 real time … 7 a whole day per minute
 * (not with → : that is the next event, whatever has focus).
 */
export async function setSpeed(page: Page, preset: number): Promise<void> {
  await page.getByTestId('playback-speed-range').fill(String(preset));
}

export async function jumpTo(page: Page, time: string): Promise<void> {
  await page.getByTestId('playback-jump-time').fill(time);
  await page.getByRole('button', { name: /^(Go|前往)$/ }).click();
  await expect(clock(page)).toHaveText(`${time}:00`);
}

export async function pause(page: Page): Promise<void> {
  await page.getByTestId('playback-toggle').click();
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Play|播放/);
}

/** Rectangles in page pixels, and whether two overlap by more than a hair. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export function overlap(a: Box, b: Box): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

/** Every drawn queue and its badge, with the step boxes they must not cover. */
export async function queueLayout(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-testid="playback-stage"]')!.getBoundingClientRect();
    const steps = [...document.querySelectorAll<HTMLElement>('.playback-step')].map((step) => {
      const box = step.getBoundingClientRect();
      const badge = step.querySelector('.playback-step__queue')?.getBoundingClientRect() ?? null;
      const lane = document
        .querySelector(`.playback-lane[data-lane="${step.dataset['lane']}"]`)!
        .getBoundingClientRect();
      return {
        id: step.dataset['step']!,
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        lane: { top: lane.top, bottom: lane.bottom },
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

/**
 * No queue covers another step or a step's count, and each queue and count stays inside
 * its step's lane: never over the line under it (the line of interaction under the
 * customer's lane) nor among another lane's steps. `some`: at least one queue is drawn.
 */
export async function expectQueuesApart(page: Page, { some = true } = {}): Promise<void> {
  const { steps, queues } = await queueLayout(page);
  if (some) expect(queues.length).toBeGreaterThan(0);
  const outOfLane = [
    ...queues.map((queue) => ({
      what: `queue of ${queue.stepId}`,
      id: queue.stepId,
      ...queue.box,
    })),
    ...steps.flatMap((step) =>
      step.badge ? [{ what: `${step.id}'s count`, id: step.id, ...step.badge }] : [],
    ),
  ]
    .filter((drawn) => {
      const lane = steps.find((step) => step.id === drawn.id)!.lane;
      return drawn.top < lane.top - 0.5 || drawn.bottom > lane.bottom + 0.5;
    })
    .map(({ what, top, bottom }) => `${what} at y ${Math.round(top)}–${Math.round(bottom)}`);
  expect(outOfLane).toEqual([]);
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

/**
 * Records every text the page writes on a canvas, with its font: call before the page
 * opens; `canvasTexts` reads them back with their size in CSS px.
 */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const written: { text: string; font: string }[] = [];
    (window as unknown as { __canvasTexts: typeof written }).__canvasTexts = written;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this, text, x, y, maxWidth) {
      written.push({ text: String(text), font: this.font });
      return fillText.call(this, text, x, y, maxWidth);
    };
  });
}

export async function canvasTexts(page: Page): Promise<{ text: string; px: number }[]> {
  const written = await page.evaluate(
    () => (window as unknown as { __canvasTexts: { text: string; font: string }[] }).__canvasTexts,
  );
  return written.map(({ text, font }) => ({ text, px: parseFloat(/([\d.]+)px/.exec(font)![1]!) }));
}

/**
 * Every piece of text on the playback page: its tight box (the text itself, not its
 * element), its size on screen (times the stage's scale inside the stage), and whether a
 * step name is cut.
 */
export async function pageText(page: Page) {
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
      // A line hidden is a whole line (a Chinese line comes out a pixel taller than its
      // line height: no cut).
      .filter(
        (label) =>
          label.scrollHeight >
            label.clientHeight + parseFloat(getComputedStyle(label).fontSize) / 2 ||
          label.scrollWidth > label.clientWidth + 1,
      )
      .map((label) => label.textContent);
    const steps = [...document.querySelectorAll<HTMLElement>('.playback-step')].map((step) => {
      const box = step.getBoundingClientRect();
      return {
        id: step.dataset['step']!,
        shrunk: step.dataset['shrunk'],
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      };
    });
    return {
      texts,
      cut,
      steps,
      innerWidth,
      innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}
