/**
 * The trainer's lesson in Chromium: it survives a reload and a trip to the editor (time,
 * speed, live changes), and says so when the blueprint was edited meanwhile; "Next event"
 * says what happened and draws out its step; the recent average wait answers a live
 * change; Present goes full screen by key or button, and Esc leaves full screen before
 * Present; and nothing on the page moves when the numbers grow, the speed label changes
 * or a window is added.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  clock,
  counter,
  jumpTo,
  openDemo,
  setSpeed,
  silenceDevServerReload,
  tellers,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

const more = (page: Page) => page.getByRole('button', { name: 'Open one more of Tellers' });

/** Adds a teller window and waits for it (a second click sent at once could be lost). */
async function openWindow(page: Page, capacity: number): Promise<void> {
  await more(page).click();
  await expect(tellers(page)).toHaveAttribute('data-capacity', String(capacity));
}

test('a reload and a trip to the editor keep the lesson; an edited blueprint starts again and says so', async ({
  page,
}) => {
  // Two reloads of the app and three starts of the engine: about 30 s, so three times that.
  test.setTimeout(90_000);
  await openDemo(page);
  await jumpTo(page, '11:00');
  await openWindow(page, 5);
  await jumpTo(page, '11:40');
  await setSpeed(page, 5);
  await page.keyboard.press('ArrowRight'); // to an event: the clock is no longer on a whole minute
  await expect(page.getByTestId('playback-message')).not.toBeEmpty();
  const time = await clock(page).textContent();
  const served = await counter(page, 'served');
  const speed = await page.getByTestId('playback-speed').textContent();

  const expectLesson = async () => {
    await expect(clock(page)).toHaveText(time!);
    await expect(tellers(page)).toHaveAttribute('data-capacity', '5');
    await expect(tellers(page)).toContainText('set by you');
    await expect(page.getByTestId('playback-speed')).toHaveText(speed!);
    expect(await counter(page, 'served')).toBe(served);
    await expect(page.getByTestId('playback-toggle')).toHaveText(/Play/);
    await expect(page.getByTestId('playback-message')).toHaveText(
      'The lesson is back where it was, live changes included: Space plays on.',
    );
  };
  await page.reload();
  await expectLesson();

  await page.getByRole('button', { name: 'Back to editor' }).click();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expectLesson();

  // Edited in the editor (renamed): the kept lesson no longer fits it.
  await page.getByRole('button', { name: 'Back to editor' }).click();
  const edited = await page.evaluate(() => {
    const hook = (
      window as unknown as {
        __blueprintLab: {
          getState: () => { document: { blueprint: { name: unknown } } };
          openBlueprint: (json: unknown) => boolean;
        };
      }
    ).__blueprintLab;
    const blueprint = hook.getState().document.blueprint;
    return hook.openBlueprint({ ...blueprint, name: { en: 'Counter deposit, edited' } });
  });
  expect(edited).toBe(true);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(clock(page)).toHaveText('09:00:00');
  await expect(tellers(page)).not.toContainText('set by you');
  await expect(page.getByTestId('playback-message')).toHaveText(
    'The blueprint was changed in the editor: the lesson started again at opening time.',
  );
});

test('Esc in Play goes back to the editor, as its hint says, and the lesson is kept', async ({
  page,
}) => {
  await openDemo(page);
  await jumpTo(page, '11:30');
  await expect(page.getByText(/Esc: leave/)).toBeVisible();
  await page.getByTestId('playback-speed-range').click(); // whatever has focus but a text field
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveCount(0);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(clock(page)).toHaveText('11:30:00');
});

test('a second demo link in the same tab plays its own example', async ({ page }) => {
  const openBlueprint = () =>
    page.evaluate(
      () =>
        (
          window as Window & {
            __blueprintLab?: { getState: () => { document?: { blueprint?: { id: string } } } };
          }
        ).__blueprintLab?.getState().document?.blueprint?.id,
    );
  await page.goto('/?demo=counter-deposit-vip');
  await expect(clock(page)).toHaveText('09:00:00');
  expect(await openBlueprint()).toBe('counter-deposit-vip');
  // The tab is still in playback: no header, whose Play button used to open the demo.
  for (const id of ['loan-application', 'counter-deposit-atm-greeter']) {
    await page.goto(`/?demo=${id}`);
    await expect(clock(page)).toBeVisible();
    await expect.poll(openBlueprint).toBe(id);
  }
});

test('Next event says what happened and draws out the step it happened at', async ({ page }) => {
  await openDemo(page);
  await jumpTo(page, '10:30');
  const message = page.getByTestId('playback-message');
  await expect(message).toBeEmpty();
  await expect(page.locator('.playback-step[data-highlight]')).toHaveCount(0);
  let sawWindow = false;
  let previous = '';
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    // Each press describes a new event: wait for it rather than read the last one again.
    await expect(message).not.toHaveText(previous);
    await expect(message).toHaveText(
      /^\d\d:\d\d:\d\d · (customer|the back-office work for customer) \d+ (arrives|queues|starts|finishes|is done and leaves|leaves|sees|gives up|is stuck|reaches|waits for|is complete after) .+/,
    );
    // The clock is written by the animation frame, the description by React: both settle on
    // the same moment.
    await expect
      .poll(
        async () =>
          (await message.textContent())!.slice(0, 8) === (await clock(page).textContent()),
      )
      .toBe(true);
    const text = (await message.textContent())!;
    const highlighted = page.locator('.playback-step[data-highlight]');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted).toHaveClass(/playback-step--highlight/);
    expect(text).toContain((await highlighted.locator('.playback-step__label').textContent())!);
    sawWindow ||= / at \S+ no\. \d+/.test(text);
    previous = text;
  }
  expect(sawWindow).toBe(true);
  // Playing on, the description and the highlight go.
  await page.keyboard.press('Space');
  await expect(message).toBeEmpty();
  await expect(page.locator('.playback-step[data-highlight]')).toHaveCount(0);
});

test('the recent average wait shows the effect of a live change that the day’s barely shows', async ({
  page,
}) => {
  await openDemo(page);
  await expect(page.locator('[data-counter="recentWait"]')).toContainText('Wait, last 30 min');
  // Without a change, and then (back in time: the same day again) with two more windows.
  await jumpTo(page, '12:20');
  await jumpTo(page, '12:50');
  const recentBefore = await counter(page, 'recentWait');
  const dayBefore = await counter(page, 'averageWait');
  await jumpTo(page, '12:20');
  await openWindow(page, 4);
  await openWindow(page, 5);
  await jumpTo(page, '12:50');
  const recentAfter = await counter(page, 'recentWait');
  const dayAfter = await counter(page, 'averageWait');
  expect(recentAfter).toBeLessThan(recentBefore);
  expect(recentBefore - recentAfter).toBeGreaterThan(dayBefore - dayAfter);
});

test('Present goes full screen by key and by button; Escape leaves full screen, a second Escape leaves Present', async ({
  page,
}) => {
  await openDemo(page);
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  const mode = () => page.getByTestId('playback').getAttribute('data-mode');
  await page.keyboard.press('Shift+F');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  await expect.poll(fullScreen).toBe(true);
  // In Present an icon: its words are its accessible name.
  await expect(page.getByTestId('playback-full-screen')).toHaveAccessibleName('Leave full screen');
  // The page hears this Esc while still in full screen: it leaves full screen only.
  await page.keyboard.press('Escape');
  await expect.poll(fullScreen).toBe(false);
  expect(await mode()).toBe('present');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');

  await page.getByTestId('playback-full-screen').click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  await expect.poll(fullScreen).toBe(true);
  // A browser that leaves full screen on its own Esc and then hands the page the same key
  // (the order a real full screen can take): the press is full screen's, Present stays.
  const heardAfter = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'fullscreenchange',
          () => {
            const press = new KeyboardEvent('keydown', {
              key: 'Escape',
              bubbles: true,
              cancelable: true,
            });
            document.body.dispatchEvent(press);
            resolve(`${document.fullscreenElement !== null} ${press.defaultPrevented}`);
          },
          { once: true },
        );
        void document.exitFullscreen();
      }),
  );
  expect(heardAfter).toBe('false true');
  expect(await mode()).toBe('present');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');

  await page.getByTestId('playback-full-screen').click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  await expect.poll(fullScreen).toBe(true);
  await page.getByTestId('playback-full-screen').click();
  await expect.poll(fullScreen).toBe(false);
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  // Full screen left by the button: the next Esc, however soon, leaves Present.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
});

/** Boxes of everything on the playback page whose place a class would see move. */
async function layoutBoxes(page: Page, selector: string): Promise<Record<string, string>> {
  return page.evaluate((selector) => {
    const boxes: Record<string, string> = {};
    document.querySelectorAll(selector).forEach((element, i) => {
      const box = element.getBoundingClientRect();
      const name = `${i} ${element.className} ${element.getAttribute('data-counter') ?? element.getAttribute('data-pool') ?? ''}`;
      boxes[name] = [box.left, box.top, box.width, box.height].map((v) => v.toFixed(1)).join(' ');
    });
    return boxes;
  }, selector);
}

const REGIONS = '.playback-hud, .playback-stage, .playback-pools, .playback-transport';
const PARTS =
  '.playback-counter, .playback-hud__message, .playback-pool, .playback-pool__head, .playback-legend, .playback-transport button, .playback-transport output, .playback-transport input';

for (const screen of [
  { mode: 'present', locale: 'zh-CN', selector: `${REGIONS}, ${PARTS}` },
  { mode: 'present', locale: 'en-US', selector: `${REGIONS}, ${PARTS}` },
  // Playing, the pools take the width they need: the rows keep their heights.
  {
    mode: 'play',
    locale: 'en-US',
    selector: `${REGIONS}, .playback-counter, .playback-transport button, .playback-transport output`,
  },
] as const)
  test.describe(`in ${screen.mode} at 1280×720 in ${screen.locale}`, () => {
    test.use({ locale: screen.locale, viewport: { width: 1280, height: 720 } });

    test('nothing moves when the numbers grow, the speed changes, a window opens or an event is told', async ({
      page,
    }) => {
      const enter = async () => {
        if (screen.mode === 'present') await page.keyboard.press('f');
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', screen.mode);
      };
      await openDemo(page);
      await enter();
      await expect(page.getByTestId('playback-legend')).toBeVisible();
      await expect(page.getByTestId('playback-legend').locator('li')).toHaveCount(3);
      await page.waitForTimeout(300);
      const before = await layoutBoxes(page, screen.selector);
      expect(Object.keys(before).length).toBeGreaterThan(10);

      // Present hides the jump field: jump while playing, then present again.
      if (screen.mode === 'present') await page.keyboard.press('Escape');
      await jumpTo(page, '12:20'); // 9 → 100 and more served, waits of minutes
      await enter();
      expect(await counter(page, 'served')).toBeGreaterThanOrEqual(100);
      await setSpeed(page, 7);
      // Present's controls, and playing on a short window (this 1280×720), show the factor only.
      await expect(page.getByTestId('playback-speed')).toHaveText('×1440');
      await page
        .getByRole('button', {
          name: screen.locale === 'zh-CN' ? '增开一个「柜员」' : 'Open one more of Tellers',
        })
        .click();
      await expect(tellers(page)).toHaveAttribute('data-capacity', '4');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('playback-message')).not.toBeEmpty();
      await page.waitForTimeout(300);
      expect(await layoutBoxes(page, screen.selector)).toEqual(before);
    });
  });
