/**
 * The tellers' lunch hand-over (4 to 3 at 11:30, all four busy): the pool read "4/3", more
 * busy than on shift. It says "3/3 · 1 closing", the closing window hatched, in Play and
 * Present, in both languages.
 */
import { expect, test } from '@playwright/test';
import { jumpTo, openDemo, silenceDevServerReload, tellers } from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

for (const { language, closing } of [
  // Play on a short screen writes the numbers short, as Present does.
  { language: 'en', closing: /^Tellers\s*3(\/| busy of )3 · 1 closing\b/ },
  { language: 'zh-CN', closing: /^柜员\s*3\/3( 忙碌)? · 1 个即将关闭/ },
])
  test(`the lunch hand-over reads 3 of 3 and 1 closing, never 4/3 (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.addInitScript(
      (lang) => localStorage.setItem('blueprint-lab.language', lang),
      language,
    );
    await openDemo(page);
    await jumpTo(page, '11:30');
    await expect(tellers(page)).toHaveAttribute('data-busy', '4');
    await expect(tellers(page)).toHaveAttribute('data-capacity', '3');
    const head = tellers(page).locator('.playback-pool__head');
    await expect(head).toHaveText(closing);
    await expect(tellers(page).locator('[data-state="closing"]')).toHaveCount(1);
    await page.keyboard.press('f');
    await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
    await expect(head).toContainText(language === 'en' ? '3/3 · 1 closing' : '3/3 · 1 个即将关闭');
    await expect(head).not.toContainText('4/3');
  });
