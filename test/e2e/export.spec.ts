/**
 * Export: the whole blueprint as vector SVG (parsed by the browser, every step and flow
 * in it), as PNG at 2× (its size checked) for every example, a rendered PNG compared with
 * a reference image, the menu by keyboard and in Chinese, and the print layout's pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';

const BLUEPRINTS = join(import.meta.dirname, '..', '..', 'blueprints');
const EXAMPLES = readdirSync(BLUEPRINTS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(BLUEPRINTS, file), 'utf8')) as ExampleFile);

interface ExampleFile {
  id: string;
  name: { en: string };
  steps: { id: string }[];
  flows: { id: string }[];
}

async function openExample(page: Page, id: string): Promise<void> {
  await page.goto(`/?example=${id}`);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

async function exportAs(page: Page, item: string | RegExp): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return downloading;
}

async function bytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const example of EXAMPLES) {
  test(`${example.id}: SVG of the whole blueprint and PNG at 2×`, async ({ page }) => {
    await openExample(page, example.id);
    const svgDownload = await exportAs(page, /^SVG/);
    expect(svgDownload.suggestedFilename()).toMatch(/^[a-z0-9-]+\.svg$/);
    const svg = (await bytes(svgDownload)).toString('utf8');
    expect(svg.length).toBeLessThan(100_000);
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = document.documentElement;
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        steps: [...document.querySelectorAll('g.step')].map((step) =>
          step.getAttribute('data-step-id'),
        ),
        flows: [...document.querySelectorAll('path.flow')].map((flow) =>
          flow.getAttribute('data-flow-id'),
        ),
        foreignObjects: document.querySelectorAll('foreignObject').length,
        texts: document.querySelectorAll('text').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.foreignObjects).toBe(0);
    expect(parsed.steps).toEqual(example.steps.map((step) => step.id));
    expect(parsed.flows).toEqual(example.flows.map((flow) => flow.id));
    expect(parsed.texts).toBeGreaterThan(example.steps.length);

    const pngDownload = await exportAs(page, 'PNG 2× (slides)');
    expect(pngDownload.suggestedFilename()).toBe(
      svgDownload.suggestedFilename().replace('.svg', '@2x.png'),
    );
    expect(pngSize(await bytes(pngDownload))).toEqual({
      width: parsed.width * 2,
      height: parsed.height * 2,
    });
  });
}

test('a rendered PNG of the counter deposit matches the reference image', async ({ page }) => {
  await openExample(page, 'counter-deposit');
  const download = await exportAs(page, 'PNG 1×');
  expect(download.suggestedFilename()).toBe('counter-deposit.png');
  // Fonts: Debian's fonts-noto-cjk and the system sans; a little slack for antialiasing.
  // After a deliberate change to the drawing or to the example, write it again with
  // `npx playwright test test/e2e/export.spec.ts -g 'reference image' --update-snapshots=all`
  // (plain --update-snapshots keeps an image within the slack) and look at the new one.
  expect(await bytes(download)).toMatchSnapshot('counter-deposit.png', {
    maxDiffPixelRatio: 0.01,
  });
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await openExample(page, 'counter-deposit');
  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  const items = page.getByRole('menuitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('counter-deposit.svg');
  await expect(button).toBeFocused();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the menu, the file name and the drawing are in Chinese', async ({ page }) => {
    await openExample(page, 'counter-deposit');
    const download = await exportAs(page, /^SVG（矢量图/);
    expect(download.suggestedFilename()).toBe('柜台存款.svg');
    const svg = (await bytes(download)).toString('utf8');
    expect(svg).toContain('xml:lang="zh-CN"');
    for (const words of ['柜台存款', '互动分界线', '可视分界线', '内部互动分界线', '图例']) {
      expect(svg).toContain(words);
    }
    await page.getByRole('button', { name: '导出' }).click();
    await expect(page.getByRole('menuitem', { name: '打印或 PDF，A4 横向' })).toBeVisible();
  });
});

test('printing lays the blueprint out on A3 pages with the title and page numbers', async ({
  page,
}) => {
  await openExample(page, 'client-reception');
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Print or PDF, A3 landscape' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const pages = page.locator('.print-view .print-page');
  const count = await pages.count();
  expect(count).toBeGreaterThan(1);
  for (let index = 0; index < count; index += 1) {
    const header = pages.nth(index).locator('.print-page__header');
    await expect(header).toContainText('Client reception');
    await expect(header).toContainText(`Page ${index + 1} of ${count}`);
  }
  // The legend, whole, under the lanes of every page (sliced with the drawing, later
  // pages showed pieces of it).
  await expect(page.locator('.print-view .print-page__legend')).toHaveCount(count);
  await page.emulateMedia({ media: 'print' });
  for (let index = 0; index < count; index += 1) {
    const sheet = (await pages.nth(index).boundingBox())!;
    const legend = (await pages.nth(index).locator('.print-page__legend').boundingBox())!;
    const lanes = (await pages.nth(index).locator('.print-page__body').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(lanes.y + lanes.height);
    expect(legend.x + legend.width).toBeLessThanOrEqual(sheet.x + sheet.width + 1);
  }
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfPages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pdfPages).toHaveLength(count);
});

test('a print after a run shows the heat the canvas shows, with its key', async ({ page }) => {
  test.setTimeout(90_000);
  await openExample(page, 'counter-deposit');
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page
    .getByRole('button', { name: /^▶?\s*Run/ })
    .first()
    .click();
  await expect(page.locator('.step-result').first()).toBeVisible({ timeout: 40_000 });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Print or PDF, A4 landscape' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  // The pictures are SVG files behind blob URLs, alive until the print ends.
  const pictures = await page.evaluate(async () =>
    Promise.all(
      [...document.querySelectorAll<HTMLImageElement>('.print-view img')].map(async (image) => ({
        legend: image.classList.contains('print-page__legend'),
        svg: await (await fetch(image.src)).text(),
      })),
    ),
  );
  const legends = pictures.filter((picture) => picture.legend);
  expect(legends.length).toBeGreaterThan(0);
  for (const legend of legends) expect(legend.svg).toContain('Mean wait in the last run');
  // The drawing itself carries the waits on its steps (their pills' colour), as the
  // exported SVG does.
  const drawing = pictures.find((picture) => !picture.legend)!.svg;
  const exported = (await bytes(await exportAs(page, /^SVG/))).toString('utf8');
  const waitPills = (svg: string) => svg.split('#9a3412').length - 1;
  expect(waitPills(exported)).toBeGreaterThan(0);
  expect(waitPills(drawing)).toBeGreaterThan(0);
});

test('the blueprint’s id is edited in the inspector; a bad one is refused', async ({ page }) => {
  await openExample(page, 'counter-deposit');
  const idField = page.getByRole('textbox', { name: /^Id \(for scripts/ });
  await expect(idField).toHaveValue('counter-deposit');
  const storedId = () =>
    page.evaluate(() => window.__blueprintLab?.getState().document?.blueprint?.id);

  await idField.fill('9 bad id');
  await idField.press('Tab');
  await expect(page.getByText(/An id starts with a letter/)).toBeVisible();
  expect(await storedId()).toBe('counter-deposit');

  await idField.fill('deposit-branch-12');
  await idField.press('Tab');
  await expect.poll(storedId).toBe('deposit-branch-12');
  // Files are still named after the blueprint's name.
  const download = await exportAs(page, /^SVG/);
  expect(download.suggestedFilename()).toBe('counter-deposit.svg');
});
