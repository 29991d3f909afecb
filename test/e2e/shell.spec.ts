/**
 * The app shell: the default example on its canvas, the example list, the language
 * switch, the designer's marks, and a clean first load (its icon, no console errors).
 */
import { expect, test, type Page } from '@playwright/test';

/** The canvas is hidden until its first view is set; wait for that. */
async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const stepNode = (page: Page, id: string) => page.locator(`.step[data-step-id="${id}"]`);

/**
 * Opens the sidebar (examples, details, checks): at 1440×900 it folds to make room for
 * the deposit example's whole view (canvas/panelRoom.ts) until its button brings it back.
 */
async function openSidebar(page: Page): Promise<void> {
  const toggle = page.locator('.app-header__sidebar-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#app-sidebar')).toBeVisible();
}

test('opens the counter deposit example by default, drawn as a blueprint', async ({ page }) => {
  await openApp(page);
  await openSidebar(page);

  await expect(page.locator('.app-header__product-name')).toHaveText('Blueprint Lab');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Counter deposit');
  await expect(page).toHaveTitle(/Counter deposit/);
  await expect(page.getByRole('button', { name: /Counter deposit/ }).first()).toHaveAttribute(
    'aria-current',
    'true',
  );

  // Steps from four lanes, their labels drawn as text on the canvas.
  const canvas = page.getByRole('region', { name: 'Service blueprint canvas' });
  for (const label of [
    'Queue ticket',
    'Take a number',
    'Fill in the slip',
    'Count cash',
    'Issue the ticket',
  ]) {
    await expect(canvas.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(stepNode(page, 'c-take-number')).toContainText('Ticket machine');

  const lanes = page.getByRole('list', { name: 'Lanes' });
  for (const name of [
    'Physical evidence',
    'Customer actions',
    'Frontstage',
    'Backstage',
    'Support processes',
  ]) {
    await expect(lanes.getByText(name, { exact: true })).toBeVisible();
  }
  // The lines' names show where the lanes are tall enough to hold them beside the lane
  // names: zoomed in from the whole blueprint's view (lanes of 45 px at 1440×900).
  // The wheel zooms about the pointer: held over the lanes, they stay in view.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const line = (await page.locator('.lane-rail__line.line--interaction').boundingBox())!;
  await page.mouse.move(pane.x + 40, line.y);
  for (let turn = 0; turn < 10 && (await page.locator('.line-label').count()) < 3; turn++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(400);
  }
  for (const name of [
    'Line of interaction',
    'Line of visibility',
    'Line of internal interaction',
  ]) {
    await expect(page.locator('.line-label').getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: 'Phases' }).getByText('Arrive')).toBeVisible();

  // Flows are edges; the one background flow is dashed.
  await expect(page.locator('.react-flow__edge')).toHaveCount(19);
  await expect(page.locator('.react-flow__edge.flow--background')).toHaveCount(1);

  await expect(page.getByTestId('blueprint-description')).toContainText('teller window');
  await expect(page.getByTestId('findings-summary')).toHaveText(/No problems found/);
});

test('opens another example chosen from the list', async ({ page }) => {
  await openApp(page);
  await openSidebar(page);
  const others = page.locator('.example:not([data-example-id="counter-deposit"])');
  expect(await others.count()).toBeGreaterThan(0);

  const other = others.first();
  const id = await other.getAttribute('data-example-id');
  const name = (await other.locator('.example__name').textContent()) ?? '';
  await other.click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page).toHaveURL(new RegExp(`[?&]example=${id}`));
  await expect(stepNode(page, 'c-take-number')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
  // A blueprint wider than the canvas folds the sidebar for its view (panelRoom.ts).
  await openSidebar(page);
  await expect(other).toHaveAttribute('aria-current', 'true');

  // The address now names the example, so a reload shows it again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test('opens the example named in the address', async ({ page }) => {
  await openApp(page, '/?example=counter-deposit');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Counter deposit');
});

test('switches the UI to Chinese and remembers it after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '中文' }).click();

  await expect(page.locator('.app-header__product-name')).toHaveText('蓝图实验室');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('柜台存款');
  await openSidebar(page);
  await expect(page.getByRole('heading', { name: '示例' })).toBeVisible();
  await expect(stepNode(page, 'c-take-number')).toContainText('取号');
  const lanes = page.getByRole('list', { name: '泳道' });
  for (const name of ['有形展示', '客户行为', '前台', '后台', '支持过程']) {
    await expect(lanes.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.locator('.line-label').getByText('可视分界线')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.locator('.app-header__product-name')).toHaveText('蓝图实验室');
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.app-header__product-name')).toHaveText('Blueprint Lab');
});

test('starts in Chinese for a Chinese browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('.app-header__product-name')).toHaveText('蓝图实验室');
  await context.close();
});

test("shows the designer's W mark with its note as a tooltip", async ({ page }) => {
  // Wide enough that the "hand over" step, fourth from the left, is not behind the
  // 340px inspector column at the start view's zoom.
  await page.setViewportSize({ width: 1760, height: 900 });
  await openApp(page);
  const badge = stepNode(page, 'c-hand-over').locator('.mark--wait');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText('W');
  await expect(badge).toHaveAttribute('aria-label', /Wait point: Queue for the counter/);

  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('Queue for the counter');

  // The F mark too, and no marks where the designer set none.
  await expect(stepNode(page, 'f-count').locator('.mark--fail')).toHaveText('F');
  await expect(stepNode(page, 'c-fill-slip').locator('.mark')).toHaveCount(0);
});

test('a W tooltip beside the lane rail is drawn whole inside the pane, in Chinese at 1280×720', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await openApp(page);
  // The canvas dragged left until "Hand over" stands 20 px from the lane rail.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const step = (await stepNode(page, 'c-hand-over').boundingBox())!;
  const y = pane.y + pane.height - 30;
  await page.mouse.move(pane.x + pane.width - 60, y);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 60 - (step.x - pane.x - 20), y, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(async () => (await stepNode(page, 'c-hand-over').boundingBox())!.x)
    .toBeLessThan(pane.x + 30);

  await stepNode(page, 'c-hand-over').locator('.mark--wait').hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('等待');
  const box = (await tooltip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(pane.x);
  expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(box.y).toBeGreaterThanOrEqual(pane.y);
});

test('a fresh load has its icon and no console errors or failed requests', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await openApp(page);
  // Late requests (the browser's own icon fetch, lazy chunks) have had time to fail.
  // Not 'networkidle': the dev server and the app's workers may keep a request open, so
  // the network is sometimes never idle for the half second it needs.
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(problems).toEqual([]);

  // The icon is the one the page links, served as an image (not the missing
  // /favicon.ico the browser asks for when the page links none).
  const icon = await page.request.get(
    (await page.locator('link[rel="icon"]').getAttribute('href', { timeout: 1000 })) ?? '',
  );
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
});

test('the page itself never scrolls: panels scroll inside themselves', async ({ page }) => {
  // The deposit's pools have capacity tables whose hidden column names once sat against
  // the page, not the inspector, and made the page 5 588 px tall in a 900 px window.
  await openApp(page);
  await expect(page.getByText('Capacity by time of day').first()).toBeAttached();
  const overflow = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight - window.innerHeight,
    width: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(overflow).toEqual({ height: 0, width: 0 });
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test("the blueprint's name reads whole in the header, after a run too", async ({ page }) => {
    // It read "Count…": the header's buttons and the run's note leave it some 100 px; on
    // two lines the deposit's name is whole (a longer one shows its first words).
    await openApp(page);
    const title = page.getByRole('heading', { level: 1 });
    const whole = () =>
      title.evaluate(
        (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
      );
    await expect(title).toContainText('Counter deposit');
    expect(await whole()).toBe(true);
    const header = (await page.locator('.app-header').boundingBox())!;
    const box = (await title.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y);
    expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
    await page
      .getByRole('button', { name: /^▶?\s*Run/ })
      .first()
      .click();
    await expect(page.getByText(/Results ready in/)).toBeVisible({ timeout: 40_000 });
    expect(await whole()).toBe(true);
  });
});
