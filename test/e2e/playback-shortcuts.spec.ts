/**
 * Trainer playback's keys: Space, → and F work whatever has focus but a text field, Escape
 * leaves the presentation, and the jump-to-time field is 24-hour in Chinese and shows the
 * clock until the trainer edits it.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  clock,
  clockMinutes,
  jumpTo,
  openDemo,
  pause,
  setSpeed,
  silenceDevServerReload,
  tellers,
} from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

test('shortcuts work whatever has focus but a text field: after clicking a slider or a button', async ({
  page,
}) => {
  await openDemo(page);
  const speed = page.getByTestId('playback-speed');
  const toggle = page.getByTestId('playback-toggle');
  await page.getByTestId('playback-speed-range').click();
  const speedBefore = await speed.textContent();
  // → is the next event, not a faster speed, on the focused slider.
  const before = await clockMinutes(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(before);
  await expect(speed).toHaveText(speedBefore!);
  await expect(page.getByTestId('playback-speed-range')).toBeFocused();
  // Space plays and pauses, F presents, Escape leaves.
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Pause/);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Play/);
  await page.keyboard.press('f');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
  // After a button: Space is still play/pause, not that button again.
  const peak = page.getByRole('button', { name: 'Lunch peak now' });
  await peak.click();
  await expect(peak).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Pause/);
  await expect(peak).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveText(/Play/);
  // In the time field the keys are the field's.
  await page.getByTestId('playback-jump-time').focus();
  await page.keyboard.press('f');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'play');
});

/** What draws the focus ring now (what :focus-visible matches, after its outline rule). */
function ringedNow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.playback :focus-visible')]
      .filter((element) => getComputedStyle(element).outlineStyle !== 'none')
      .map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''),
  );
}

test('a button clicked with the mouse shows no focus ring when a key is pressed after; one pressed from the keyboard keeps it', async ({
  page,
}) => {
  await openDemo(page);
  const ringed = () => ringedNow(page);
  const more = page.getByRole('button', { name: 'Open one more of Tellers' });
  await more.click();
  await expect(tellers(page)).toHaveAttribute('data-capacity', '5');
  await page.mouse.move(1, 1);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Pause/);
  expect(await ringed()).toEqual([]);
  await page.keyboard.press('Space');
  // From the keyboard: the button keeps its focus, and its ring.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(tellers(page)).toHaveAttribute('data-capacity', '6');
  await expect(more).toBeFocused();
  expect(await ringed()).toEqual(['Open one more of Tellers']);
});

test('a slider clicked with the mouse keeps its focus but shows no ring when a key is pressed after; one reached by Tab shows it', async ({
  page,
}) => {
  await openDemo(page);
  const toggle = page.getByTestId('playback-toggle');
  for (const slider of ['playback-speed-range', 'playback-rate-range']) {
    await page.getByTestId(slider).click();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveText(/Pause/);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveText(/Play/);
    await expect(page.getByTestId(slider)).toBeFocused();
    expect(await ringedNow(page)).toEqual([]);
  }
  await page.screenshot({ path: test.info().outputPath('clicked-slider.png') });
  // From the keyboard: away and back with Tab, the ring shows.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('playback-rate-range')).toBeFocused();
  expect(await ringedNow(page)).toEqual(['Arrival rate']);
});

test('the jump-to-time field follows the clock until the trainer edits it', async ({ page }) => {
  await openDemo(page);
  const field = page.getByTestId('playback-jump-time');
  const clockTime = async () => (await clock(page).textContent())!.slice(0, 5);
  await setSpeed(page, 4); // 2 clock minutes a second
  await page.getByTestId('playback-toggle').click();
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(9 * 60 + 3);
  await pause(page);
  expect(await field.inputValue()).not.toBe('09:00');
  await expect(field).toHaveValue(await clockTime());

  // Being edited, it holds the trainer's time while the clock runs on.
  await page.getByTestId('playback-toggle').click();
  await field.fill('11:30');
  const typedAt = await clockMinutes(page);
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(typedAt + 1);
  await expect(field).toHaveValue('11:30');
  await page.keyboard.press('Enter');
  await expect.poll(() => clockMinutes(page)).toBeGreaterThanOrEqual(11 * 60 + 30);
  // Jumped, it follows the clock again.
  await expect.poll(() => clockMinutes(page)).toBeGreaterThan(11 * 60 + 31);
  await pause(page);
  await expect(field).toHaveValue(await clockTime());
  expect(await field.inputValue()).not.toBe('11:30');
});

test('after a jump with Enter, Space and F are shortcuts again, not text in the field', async ({
  page,
}) => {
  await openDemo(page);
  const field = page.getByTestId('playback-jump-time');
  await field.fill('10:00');
  await field.press('Enter');
  await expect(clock(page)).toHaveText('10:00:00');
  await expect(field).not.toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('playback-toggle')).toHaveText(/Pause/);
  await pause(page);
  await page.keyboard.press('f');
  await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
  expect(await field.inputValue()).toMatch(/^\d\d:\d\d$/);
});

test.describe('the jump-to-time field in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('is 24-hour: 13:30, never 01:30 PM', async ({ page }) => {
    await openDemo(page);
    const field = page.getByTestId('playback-jump-time');
    await expect(field).toHaveAttribute('type', 'text');
    await expect(field).toHaveValue('09:00');
    await jumpTo(page, '13:30');
    await expect(field).toHaveValue('13:30');
    await expect(page.locator('.playback-transport')).not.toContainText(/AM|PM|上午|下午/);
  });
});
