/**
 * What the playback stage keeps apart while customers come and go: no token covers a
 * queue's "N waiting" count (the VIP example's two windows are stacked in one lane: the
 * customers served at the upper one sat on the count of the lower one's line).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  type Box,
  type PlaybackWindow,
  clock,
  clockMinutes,
  jumpTo,
  overlap,
  pause,
  silenceDevServerReload,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

/** Every queue's count and every token drawn, as boxes in page pixels. */
async function badgesAndTokens(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('[data-testid="playback-stage"]')!.getBoundingClientRect();
    const badges = [...document.querySelectorAll<HTMLElement>('.playback-step__queue')].map(
      (badge) => {
        const box = badge.getBoundingClientRect();
        return {
          step: badge.closest<HTMLElement>('.playback-step')!.dataset['step']!,
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        };
      },
    );
    const tokens = (window as PlaybackWindow).__playback!.tokenPositions().map(
      // A served customer's ring reaches a quarter of the radius beyond it, half outside.
      ({ x, y, radius }): Box => {
        const reach = radius * 1.125;
        return {
          left: stage.left + x - reach,
          top: stage.top + y - reach,
          right: stage.left + x + reach,
          bottom: stage.top + y + reach,
        };
      },
    );
    return { badges, tokens };
  });
}

async function expectNoTokenOnABadge(page: Page): Promise<void> {
  const { badges, tokens } = await badgesAndTokens(page);
  for (const badge of badges)
    for (const token of tokens)
      expect(
        overlap(badge.box, token),
        `a token at ${Math.round(token.left)},${Math.round(token.top)} over the count of ${badge.step}`,
      ).toBe(false);
}

const queueAt = (page: Page, step: string) =>
  page.locator(`[data-step="${step}"] .playback-step__queue`);

for (const screen of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])
  for (const locale of ['en-US', 'zh-CN'])
    test(`no token covers a queue's count in the VIP example (${screen.width}×${screen.height}, ${locale})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(screen);
      await page.addInitScript(
        (language) => localStorage.setItem('blueprint-lab.language', language),
        locale === 'en-US' ? 'en' : 'zh-CN',
      );
      await page.goto('/?demo=counter-deposit-vip');
      await expect(clock(page)).toHaveText('09:00:00');
      await jumpTo(page, '11:30');
      // The VIP window closed and four times the customers: VIP customers wait at their
      // window (under the ordinary one, whose tellers are all busy) while lines grow.
      await page.locator('.playback-pool[data-pool="vip-window"] button').first().click();
      await expect(page.locator('.playback-pool[data-pool="vip-window"]')).toHaveAttribute(
        'data-capacity',
        '0',
      );
      await page.evaluate(() => (window as PlaybackWindow).__playback!.setRateFactor(4));
      await page.evaluate(() => (window as PlaybackWindow).__playback!.setSpeed(1));
      // Paused now and then, until the VIP window's line was seen three times.
      let seen = 0;
      for (let round = 0; round < 20 && seen < 3; round++) {
        const from = await clockMinutes(page);
        await page.getByTestId('playback-toggle').click();
        await expect.poll(() => clockMinutes(page), { timeout: 30_000 }).toBeGreaterThan(from + 2);
        await pause(page);
        await page.waitForTimeout(800); // the tokens glide to their places, the leaving fade out
        await expectNoTokenOnABadge(page);
        if ((await queueAt(page, 'f-vip').count()) > 0) seen += 1;
      }
      expect(seen).toBe(3);
      await page.screenshot({
        path: test.info().outputPath(`vip-${screen.width}-${locale}.png`),
      });
    });
