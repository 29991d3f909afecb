/**
 * Present on a squarer screen: the six pools of the ATM and greeter example share one row
 * at 1024×768, and a squeezed pool's name takes a second line rather than running into
 * the next pool's (it read "Lobby greeterCash-deposit ATMsTicket machine…", the last pool
 * off the screen). Each line of each pool's text is measured where it is drawn, in both
 * languages: none overlaps another pool's, none leaves the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { type Box, clock, overlap, silenceDevServerReload } from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

/**
 * The boxes of every line of text in each pool's head (name, numbers, "held" note). A
 * range's client rects include empty ones (zero width, at the end of a wrapped line, past
 * the visible words): they hold no ink and are left out.
 */
async function poolTextBoxes(page: Page): Promise<{ pool: string; text: string; box: Box }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.playback-pool')].flatMap((pool) => {
      const walker = document.createTreeWalker(
        pool.querySelector('.playback-pool__head')!,
        NodeFilter.SHOW_TEXT,
      );
      const boxes: { pool: string; text: string; box: Box }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects())
          if (rect.width > 0 && rect.height > 0)
            boxes.push({
              pool: pool.dataset['pool']!,
              text: node.textContent ?? '',
              box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
            });
      }
      return boxes;
    }),
  );
}

for (const language of [
  { language: 'en', leave: 'Leave presentation' },
  { language: 'zh-CN', leave: '退出投影' },
]) {
  test(`six pools at 1024×768 in Present: no pool's text runs into another's (${language.language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript(
      (lang) => localStorage.setItem('blueprint-lab.language', lang),
      language.language,
    );
    await page.goto('/?demo=counter-deposit-atm-greeter');
    await expect(clock(page)).toHaveText(/^\d\d:\d\d:\d\d$/);
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: language.leave })).toBeVisible();
    await expect(page.locator('.playback-pool')).toHaveCount(6);
    await page.waitForTimeout(300); // the row laid out at Present's sizes

    const boxes = await poolTextBoxes(page);
    // Every pool's name was measured, the check could fail.
    expect(new Set(boxes.map(({ pool }) => pool)).size).toBe(6);
    const width = page.viewportSize()!.width;
    const problems = [
      ...boxes
        .filter(({ box }) => box.left < 0 || box.right > width)
        .map(
          ({ pool, text, box }) => `${pool} "${text}" off the screen (${box.left}–${box.right})`,
        ),
      ...boxes.flatMap((a) =>
        boxes
          .filter((b) => a.pool < b.pool && overlap(a.box, b.box))
          .map((b) => `${a.pool} "${a.text}" over ${b.pool} "${b.text}"`),
      ),
    ];
    expect(problems).toEqual([]);
  });
}
