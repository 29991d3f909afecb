/**
 * Trainer playback in Chromium: the counter-deposit demo plays (the clock runs, tokens are
 * drawn), pause stops it and shows the engine's own state, a window opened while playing
 * shows in the units, and the trainer's demo (queue at the lunch peak, a fourth window
 * empties it) works in both languages.
 */
import { expect, test } from '@playwright/test';
import type { Snapshot } from '../../src/sim/index.ts';
import {
  type PlaybackWindow,
  clockMinutes,
  counter,
  jumpTo,
  openDemo,
  pause,
  setSpeed,
  silenceDevServerReload,
  tellers,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

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

for (const language of [{ locale: 'en-US' }, { locale: 'zh-CN' }]) {
  test.describe(`the trainer's demo in ${language.locale}`, () => {
    test.use({ locale: language.locale, viewport: { width: 1280, height: 720 } });

    test("the trainer's demo: the queue builds at the lunch peak, two more windows empty it", async ({
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

      // The peak asks for nearly five tellers: two more windows, one click at a time (a
      // second click sent at once could be lost).
      const more = language.locale === 'zh-CN' ? '增开一个「柜员」' : 'Open one more of Tellers';
      await page.getByRole('button', { name: more }).click();
      await expect(tellers(page).locator('.playback-unit')).toHaveCount(4);
      await page.getByRole('button', { name: more }).click();
      await expect(tellers(page).locator('.playback-unit')).toHaveCount(5);
      await setSpeed(page, 5); // 4 clock minutes a second
      await page.getByTestId('playback-toggle').click();
      // The day is the same whatever the frame timing: from 13:30 to 13:50 at most two wait
      // (without the windows five or more do; test/app/playback/demo.test.ts holds both).
      await expect
        .poll(() => clockMinutes(page), { timeout: 30_000, intervals: [100] })
        .toBeGreaterThan(13 * 60 + 30);
      await pause(page);
      expect(await clockMinutes(page)).toBeLessThan(13 * 60 + 50);
      const queueAfter = Number(await tellers(page).getAttribute('data-waiting'));
      expect(queueAfter).toBeLessThanOrEqual(2);
      expect(queueAfter).toBeLessThan(queueBefore);
    });
  });
}

test.describe('the day’s voucher pile', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });

  test('is counted as items, not as people waiting, and drawn as one stack', async ({ page }) => {
    await openDemo(page);
    await jumpTo(page, '16:10'); // the filing clerks took the day's pile at 16:00
    const state = await page.evaluate(() => (window as PlaybackWindow).__playback!.snapshot());
    const customersWaiting = state.customers.filter((view) => view.state === 'waiting').length;
    expect(state.queues['b-file']!.length).toBeGreaterThan(100);
    // 排队中 counts the customers in a queue, not the vouchers.
    expect(await counter(page, 'waiting')).toBe(customersWaiting);
    const filing = page.locator('.playback-step[data-step="b-file"]');
    await expect(filing.locator('[data-queue]')).toHaveCount(0);
    await expect(filing.locator('.playback-step__pile')).toHaveText(
      `待办 ${state.queues['b-file']!.length} 件`,
    );
    // No line of squares: the pile is not drawn as a queue.
    const drawn = await page.evaluate(() => (window as PlaybackWindow).__playback!.drawnQueues());
    expect(drawn.map((queue) => queue.stepId)).not.toContain('b-file');
  });
});
