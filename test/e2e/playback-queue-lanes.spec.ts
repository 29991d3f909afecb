/**
 * A long queue stays in its step's lane. With one teller and four times the customers, the
 * line at "Hand over" ran down the free gap before it across the line of interaction and
 * every lane under it, to the stage's bottom. On a squarer screen in Present (1024×768, the
 * stage's lanes at their shortest), in both languages: each queue and each "N waiting"
 * count inside its step's lane, none over another step (playbackHelpers.ts,
 * expectQueuesApart; the 1280×720 cases are in playback-present-layout.spec.ts).
 */
import { expect, test } from '@playwright/test';
import {
  type PlaybackWindow,
  expectQueuesApart,
  jumpTo,
  openDemo,
  pause,
  queueLayout,
  silenceDevServerReload,
  tellers,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

for (const language of ['en', 'zh-CN'])
  test(`a long queue stays in its lane (Present, 1024×768, ${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript(
      (lang) => localStorage.setItem('blueprint-lab.language', lang),
      language,
    );
    await openDemo(page);
    await jumpTo(page, '12:20');
    await page.keyboard.press('f');
    await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
    const fewer = tellers(page).locator('.playback-pool__change').first();
    for (const left of ['2', '1']) {
      await fewer.click();
      await expect(tellers(page)).toHaveAttribute('data-capacity', left);
    }
    await page.evaluate(() => (window as PlaybackWindow).__playback!.setRateFactor(4));
    await page.evaluate(() => (window as PlaybackWindow).__playback!.setSpeed(2));
    const handOver = async () =>
      (await queueLayout(page)).queues.find((q) => q.stepId === 'c-hand-over')?.count ?? 0;
    await page.getByTestId('playback-toggle').click();
    await expect.poll(handOver, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
    await pause(page);
    await page.waitForTimeout(400); // the tokens glide to their places
    await expectQueuesApart(page);
    // The line was long enough to leave its lane: it shows what the lane holds, a "+" in
    // its last place for the rest.
    const { queues, steps } = await queueLayout(page);
    const queue = queues.find((q) => q.stepId === 'c-hand-over')!;
    const lane = steps.find((s) => s.id === 'c-hand-over')!.lane;
    expect(queue.hidden).toBeGreaterThan(0);
    expect(queue.box.bottom).toBeLessThanOrEqual(lane.bottom + 0.5);
    await page.screenshot({ path: test.info().outputPath(`queue-${language}.png`) });
  });
