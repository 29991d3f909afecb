/**
 * At a 1280 px projector: a long blueprint name shares the header with its buttons
 * without pushing them off screen or running under them, and the dock's "Heat on canvas"
 * switch keeps a name in sight (issue 12).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SIZE = { width: 1280, height: 720 };

/** 60 characters each. */
const LONG_NAMES = {
  en: 'Counter deposit at the city branch: greeter, ATMs, VIP desks',
  'zh-CN':
    '城市网点柜台存款流程含大堂引导自助存款机贵宾窗口以及后台复核与核心银行系统记账的完整服务蓝图示例版本供培训课堂上演示使用',
};

async function openWithName(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.addInitScript((lang) => {
    window.localStorage.setItem('blueprint-lab.language', lang);
  }, language);
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  const blueprint = JSON.parse(readFileSync('blueprints/counter-deposit.json', 'utf8'));
  blueprint.name = { en: LONG_NAMES.en, 'zh-CN': LONG_NAMES['zh-CN'] };
  expect(await page.evaluate((json) => window.__blueprintLab!.openBlueprint(json), blueprint)).toBe(
    true,
  );
}

for (const language of ['en', 'zh-CN'] as const)
  test(`a 60-character blueprint name at 1280 px leaves every header button whole, in ${language}`, async ({
    page,
  }) => {
    await page.setViewportSize(SIZE);
    expect([...LONG_NAMES[language]].length).toBe(60);
    await openWithName(page, language);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText(LONG_NAMES[language]);
    // The whole name in the tooltip, however the title is cut.
    await expect(title).toHaveAttribute('title', LONG_NAMES[language]);

    await page.screenshot({ path: test.info().outputPath(`header-${language}.png`) });
    const boxes = await page.evaluate(() => {
      const header = document.querySelector('.app-header')!;
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const title = header.querySelector('.app-header__title')!;
      return {
        header: box(header),
        title: box(title),
        titleCut: title.scrollWidth > title.clientWidth + 1,
        controls: [...header.querySelectorAll('button')]
          .filter((button) => button.getClientRects().length > 0)
          .filter((button) => getComputedStyle(button).visibility !== 'hidden')
          .map((button) => ({
            name: button.getAttribute('aria-label') ?? button.textContent ?? '',
            ...box(button),
            cut: button.scrollWidth > button.clientWidth + 1,
          })),
      };
    });
    expect(boxes.controls.length).toBeGreaterThan(5);
    expect(boxes.titleCut).toBe(false);
    for (const control of boxes.controls) {
      expect(control.right, `${control.name} on screen`).toBeLessThanOrEqual(SIZE.width);
      expect(control.left, `${control.name} on screen`).toBeGreaterThanOrEqual(0);
      expect(control.cut, `${control.name} whole`).toBe(false);
      const beside =
        control.right <= boxes.title.left + 0.5 || control.left >= boxes.title.right - 0.5;
      expect(beside, `${control.name} clear of the title`).toBe(true);
    }
    // The title keeps some room to be read (English at 1280 px: 96 px, two lines, then "…").
    expect(boxes.title.right - boxes.title.left).toBeGreaterThan(80);
    expect(boxes.title.bottom).toBeLessThanOrEqual(boxes.header.bottom);
  });

for (const language of ['en', 'zh-CN'] as const)
  test(`the heat switch keeps a visible name at 1280×720, in ${language}`, async ({ page }) => {
    await page.setViewportSize(SIZE);
    await page.addInitScript((lang) => {
      window.localStorage.setItem('blueprint-lab.language', lang);
    }, language);
    await page.goto('/');
    await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
    const whole = language === 'en' ? 'Heat on canvas' : '画布热力图';
    const shown = language === 'en' ? 'Heat' : '热力图';
    const toggle = page.getByRole('checkbox', { name: whole });
    await expect(toggle).toBeAttached();
    const label = page.locator('.dock__overlay');
    await expect(label).toHaveAttribute('title', whole);
    const visible = label.locator('.dock__overlay-short');
    await expect(visible).toBeVisible();
    await expect(visible).toHaveText(shown);
    const box = (await visible.boundingBox())!;
    // Readable at a projector: the text drawn at the bar's size, not clipped away.
    expect(box.width).toBeGreaterThan(20);
    expect(box.height).toBeGreaterThan(12);
    const next = (await page.locator('.dock__fold').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(next.x);
  });
