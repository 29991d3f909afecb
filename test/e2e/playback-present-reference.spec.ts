/**
 * Present compared with reference images: the deposit lesson paused at 10:30 on the
 * example's own seed, on a 1280×720 projector and a 1920×1080 screen, in English and
 * Chinese. The layout tests (playback-present-layout.spec.ts) measure sizes and overlaps;
 * these catch what they do not name: a box, a line, a counter or a control moved, grown,
 * recoloured or gone.
 *
 * The moment is fixed: the seed is the blueprint's, the clock jumped to (paused, so no
 * token moves), the fonts loaded, CSS animations stopped, the caret hidden and the pointer
 * off every control (a hovered button draws its highlight). Playwright also takes the
 * screen until two shots in a row agree, so tokens still gliding to their places never
 * reach the comparison.
 *
 * Tolerance: a pixel counts as different past Playwright's colour threshold (0.2: a
 * glyph's edge antialiased a shade apart stays under it), and at most 0.1 % of the pixels
 * may differ (922 at 1280×720, 2,074 at 1920×1080). Here the same build draws the same
 * pixels run after run (none differed over 8 runs with no tolerance at all); a layout
 * change is far past it (each slider 13 px narrower at 1280×720 changed 2,115 pixels, a
 * row moved by a pixel changes every edge in it). The fonts are Debian's (DejaVu Sans,
 * fonts-noto-cjk), as for the export's reference image (export.spec.ts).
 *
 * After a deliberate change to Present's layout, the stage's drawing, the example or the
 * engine's draws (any of them moves what 10:30 shows), write the images again with
 * `E2E_PORT=<port> npx playwright test test/e2e/playback-present-reference.spec.ts
 * --update-snapshots=all` and look at every new image before committing it (they are in
 * playback-present-reference.spec.ts-snapshots/).
 */
import { expect, test } from '@playwright/test';
import { jumpTo, openDemo, silenceDevServerReload } from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

for (const screen of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])
  for (const locale of ['en-US', 'zh-CN'])
    test.describe(`Present at ${screen.width}×${screen.height} in ${locale}`, () => {
      test.use({ locale, viewport: screen });

      test('matches the reference image at 10:30, paused', async ({ page }) => {
        await openDemo(page);
        await jumpTo(page, '10:30');
        await page.keyboard.press('f');
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
        await expect(page.getByTestId('playback-toggle')).toHaveText(/Play|播放/);
        await page.evaluate(() => document.fonts.ready);
        await page.mouse.move(screen.width / 2, 1);
        await expect(page).toHaveScreenshot(
          `present-${screen.width}x${screen.height}-${locale}.png`,
          {
            animations: 'disabled',
            caret: 'hide',
            maxDiffPixelRatio: 0.001,
          },
        );
      });
    });
