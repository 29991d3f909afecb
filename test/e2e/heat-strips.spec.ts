/**
 * The heat strips after a run on the deposit example, in both languages: every item a
 * strip shows is whole (the user's run-through read "wait 2.7 mi" and "Ac…"); items that
 * do not fit are left out whole, the wait never; the measured W/F verdicts stand clear of
 * the designer's marks. Layout units (offsets), so the zoom of the view does not matter.
 */
import { expect, test, type Page } from '@playwright/test';

interface StripLayout {
  step: string;
  width: number;
  padding: number;
  items: { key: string; text: string; left: number; right: number; row: number; cut: boolean }[];
}

async function runDeposit(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.addInitScript(
    (lang) => window.localStorage.setItem('blueprint-lab.language', lang),
    language,
  );
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page
    .getByRole('button', { name: /^▶?\s*(Run|运行)/ })
    .first()
    .click();
  await expect(page.locator('.step-result').first()).toBeAttached({ timeout: 40_000 });
}

async function strips(page: Page): Promise<StripLayout[]> {
  return page.locator('.step-result').evaluateAll((nodes) =>
    nodes.map((node) => {
      const strip = node as HTMLElement;
      const firstTop = (strip.firstElementChild as HTMLElement | null)?.offsetTop ?? 0;
      return {
        step: strip.closest('.step')?.getAttribute('data-step-id') ?? '',
        width: strip.clientWidth,
        padding: parseFloat(getComputedStyle(strip).paddingRight),
        items: [...strip.children].map((child) => {
          const item = child as HTMLElement;
          return {
            key: item.className,
            text: item.textContent ?? '',
            left: item.offsetLeft,
            right: item.offsetLeft + item.offsetWidth,
            row: item.offsetTop === firstTop ? 0 : 1,
            cut: item.scrollWidth > item.clientWidth,
          };
        }),
      };
    }),
  );
}

for (const { language, width, height } of [
  { language: 'en', width: 1440, height: 900 },
  { language: 'zh-CN', width: 1280, height: 720 },
] as const)
  test(`every heat strip item shown is whole, in ${language} at ${width}×${height}`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await runDeposit(page, language);
    const laid = await strips(page);
    expect(laid.length).toBeGreaterThan(5);
    for (const strip of laid) {
      const shown = strip.items.filter((item) => item.row === 0);
      expect(shown.length, strip.step).toBeGreaterThan(0);
      for (const item of shown) {
        expect(item.cut, `${strip.step}: ${item.text}`).toBe(false);
        expect(item.right, `${strip.step}: ${item.text}`).toBeLessThanOrEqual(
          strip.width - strip.padding + 0.5,
        );
      }
      // The wait is what the heat means: it is never the one left out.
      const wait = strip.items.find((item) => item.key.includes('wait'));
      if (wait) expect(wait.row, strip.step).toBe(0);
    }
    // The tellers' queue: its wait and how busy the tellers are, both whole.
    const handOver = laid.find((strip) => strip.step === 'c-hand-over')!;
    expect(handOver.items.filter((item) => item.row === 0).map((item) => item.key)).toEqual([
      'step-result__wait',
      'step-result__busy',
    ]);

    // The verdicts (W✓ on "Hand over") stand clear of the designer's W.
    const verdict = await page
      .locator('.step[data-step-id="c-hand-over"] .step-verdicts')
      .boundingBox();
    const mark = await page.locator('.step[data-step-id="c-hand-over"] .step-marks').boundingBox();
    expect(verdict && mark).toBeTruthy();
    expect(verdict!.x + verdict!.width).toBeLessThanOrEqual(mark!.x);
  });
