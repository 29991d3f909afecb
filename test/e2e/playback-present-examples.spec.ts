/**
 * Present with every example (the layout matrix of playback-present-layout.spec.ts checks
 * the deposit example in depth), in English and Chinese. Each test resizes one page
 * through the screens; a zoomed page is drawn in fewer, larger CSS pixels (1280×720 at
 * 125 % lays out as 1024×576).
 *
 * On 16:9 screens (a 1280×720 projector, 1920×1080) nothing gives way: no step
 * name cut, no text under 2.5 % of the screen's height, none overlapping another or
 * outside, no box over another, no queue over a step (before the stage planned the lanes
 * of boxes stacked one over the other, the ATM example cut 6 names at 1280×720, the loan
 * example 5, the margin example 18, the client reception 7). On a 4:3 projector and at
 * 125 % and 150 % zoom the stage is too low for every name in that type: the names cut
 * there may not grow in number (MAY_CUT), no text is small and no box covers another.
 */
import { type Page, expect, test } from '@playwright/test';
import {
  clock,
  expectQueuesApart,
  jumpTo,
  overlap,
  pageText,
  silenceDevServerReload,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

const SCREENS = [
  { name: '1280×720', width: 1280, height: 720, wide: true },
  { name: '1920×1080', width: 1920, height: 1080, wide: true },
  { name: '1024×768', width: 1024, height: 768, wide: false },
  { name: '1280×720 at 125 %', width: 1024, height: 576, wide: false },
  { name: '1280×720 at 150 %', width: 853, height: 480, wide: false },
] as const;

/**
 * The most step names that may be cut on the squeezed screens, by example, screen and
 * language (absent: none), as measured when the stage began planning stacked lanes.
 */
const MAY_CUT: Record<string, Record<string, number>> = {
  'counter-deposit-atm-greeter': {
    '1024×768 en-US': 10,
    '1024×768 zh-CN': 2,
    '1280×720 at 150 % en-US': 5,
    '1280×720 at 150 % zh-CN': 2,
  },
  'loan-application': { '1024×768 en-US': 11, '1280×720 at 150 % en-US': 7 },
  'margin-account-opening': {
    '1024×768 en-US': 12,
    '1280×720 at 125 % en-US': 2,
    '1280×720 at 150 % en-US': 4,
  },
  'client-reception': {
    '1024×768 en-US': 17,
    '1280×720 at 125 % en-US': 1,
    '1280×720 at 150 % en-US': 10,
  },
};

for (const example of [
  'counter-deposit-vip',
  'counter-deposit-atm-greeter',
  'loan-application',
  'margin-account-opening',
  'client-reception',
])
  for (const locale of ['en-US', 'zh-CN'])
    test.describe(`Present with ${example} in ${locale}`, () => {
      test.use({ locale, viewport: { width: 1280, height: 720 } });

      // Two tests, each through its own screens: one through all five took up to 49 s of
      // its 60 on a busy machine.
      for (const wide of [true, false])
        test(
          wide
            ? 'on 16:9 screens: every name whole, no text small, overlapping or outside'
            : 'on squeezed screens: no more names cut, no text small, no box over another',
          async ({ page }) => {
            await page.goto(`/?demo=${example}`);
            await expect(clock(page)).toHaveText(/00:00$/);
            await jumpTo(page, '11:00'); // queues to be written over the boxes
            await page.keyboard.press('f');
            await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
            const found: string[] = [];
            for (const screen of SCREENS.filter((one) => one.wide === wide)) {
              await page.setViewportSize({ width: screen.width, height: screen.height });
              await settled(page, screen.width);
              const layout = await pageText(page);
              const at = `${screen.name} ${locale}`;
              expect(layout.scrollWidth, at).toBeLessThanOrEqual(layout.innerWidth);
              expect(layout.scrollHeight, at).toBeLessThanOrEqual(layout.innerHeight);
              const minimum = layout.innerHeight * 0.025;
              for (const text of layout.texts)
                if (text.px < minimum - 0.01)
                  found.push(`${at}: "${text.text}" ${text.px.toFixed(1)} px`);
              layout.steps.forEach((a, i) =>
                layout.steps.slice(i + 1).forEach((b) => {
                  if (overlap(a.box, b.box)) found.push(`${at}: ${a.id} over ${b.id}`);
                }),
              );
              const mayCut = screen.wide ? 0 : (MAY_CUT[example]?.[at] ?? 0);
              if (layout.cut.length > mayCut)
                found.push(`${at}: ${layout.cut.length} cut: ${layout.cut.join(' | ')}`);
              if (!screen.wide) continue;
              for (const text of layout.texts)
                if (text.box.left < -0.5 || text.box.right > layout.innerWidth + 0.5)
                  found.push(`${at}: "${text.text}" outside`);
              layout.texts.forEach((a, i) =>
                layout.texts.slice(i + 1).forEach((b) => {
                  if (overlap(a.box, b.box)) found.push(`${at}: "${a.text}" over "${b.text}"`);
                }),
              );
              await expectQueuesApart(page, { some: false });
            }
            expect(found).toEqual([]);
          },
        );
    });

/**
 * Waits for the page to be laid out for its new width: the stage's drawing and every
 * name's size the same twice in a row, 250 ms apart (on a busy machine 300 ms was not
 * always enough, and the names were measured at the old size). 3840×2160 is left to the
 * deposit's matrix, in a page of its own: reached by resizing from 1920×1080, the stage
 * now and then kept 1080's type (27 px), an open question.
 */
async function settled(page: Page, width: number): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          JSON.stringify([
            innerWidth,
            document.querySelector<HTMLElement>('.playback-stage__map')?.style.transform,
            [...document.querySelectorAll<HTMLElement>('.playback-step')].map((step) => [
              step.style.width,
              step.style.height,
              step.querySelector<HTMLElement>('.playback-step__label')?.style.fontSize,
            ]),
          ]),
        );
        const same = now === last && JSON.parse(now)[0] === width;
        last = now;
        return same;
      },
      { intervals: [250] },
    )
    .toBe(true);
}
