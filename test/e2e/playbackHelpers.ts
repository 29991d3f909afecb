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

export async function expectQueuesApart(page: Page): Promise<void> {
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
