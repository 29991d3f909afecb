/**
 * Texts in the dock's bar and the header's run progress are read whole at 1440×900 and
 * 1280×720, in both languages: the overload warning beside the tabs wraps onto a second
 * line in the bar's fixed height (it was cut to "⚠ Overloaded, th…"), and a month's
 * progress stands on two short lines (it was cut to "O…"), Cancel staying put as it counts.
 * The last run's line beside the sidebar and the inspector reads whole, in its short form
 * where the full one would be cut ("Last run: mean wait 0.3 min, 90 %…"), the full one
 * its tooltip.
 */
import { expect, test, type Locator } from '@playwright/test';
import type {} from '../../src/app/canvas/devHook.ts';
import { MONTH_CHOICE, chooseRunDay, openDeposit, simulationDock } from './runDayDriver.ts';

/** Whether an element shows its whole text: nothing hidden across or below. */
function whole(element: Locator): Promise<{ text: string; cut: boolean }> {
  return element.evaluate((node) => ({
    text: node.textContent ?? '',
    cut: node.scrollWidth > node.clientWidth + 0.5 || node.scrollHeight > node.clientHeight + 0.5,
  }));
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
])
  for (const language of ['en', 'zh'] as const)
    test.describe(`at ${viewport.width}×${viewport.height} in ${language}`, () => {
      test.use({ viewport });

      test('the overload warning in the dock’s bar is whole, and the bar keeps its height', async ({
        page,
      }) => {
        await openDeposit(page, language);
        const bar = page.locator('.dock__bar');
        const height = (await bar.boundingBox())!.height;
        // Two tellers without their schedule: the queue can only grow.
        await page.evaluate(() =>
          window.__blueprintLab!.getState().edit((draft) => {
            const pool = draft.resources!.find((p) => p.id === 'tellers')!;
            pool.capacity = 2;
            delete pool.schedule;
          }),
        );
        const summary = simulationDock(page, language).locator('.dock__summary--warning');
        await expect(summary).toContainText(language === 'en' ? 'Overloaded' : '超负荷');
        expect(await whole(summary)).toMatchObject({ cut: false });
        expect((await bar.boundingBox())!.height).toBeCloseTo(height, 1);
        await page.screenshot({ path: test.info().outputPath('dock-bar.png') });
      });

      test('the last run’s line is whole beside both panels, the full sentence its tooltip', async ({
        page,
      }) => {
        test.setTimeout(90_000);
        await openDeposit(page, language);
        // The user brings the sidebar back beside the inspector: the bar's narrowest room.
        const toggle = page.locator('.app-header__sidebar-toggle');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        await expect(page.locator('#app-sidebar')).toBeVisible();
        await page.locator('.run-control__run').click();
        const summary = simulationDock(page, language).locator('.dock__summary');
        await expect(summary).toHaveAttribute(
          'title',
          language === 'en' ? /^Last run/ : /^上次运行/,
          {
            timeout: 60_000,
          },
        );
        const shown = summary.locator('span:visible');
        await expect(shown).toHaveCount(1);
        expect(await whole(shown)).toMatchObject({ cut: false });
        await page.screenshot({ path: test.info().outputPath('summary.png') });
      });

      test('a month’s progress is whole on two lines, and Cancel does not move as it counts', async ({
        page,
      }) => {
        await openDeposit(page, language);
        await chooseRunDay(page, { day: MONTH_CHOICE[language], replications: 2000, language });
        await page.locator('.run-control__run').click();
        const lines = page.locator('.run-control__line');
        await expect(lines).toHaveCount(2);
        const cancel = page.locator('.run-control__cancel');
        const first = await lines.nth(1).textContent();
        const at = (await cancel.boundingBox())!;
        await expect(lines.nth(1)).not.toHaveText(first!);
        for (const line of await lines.all())
          expect(await whole(line)).toMatchObject({ cut: false });
        expect((await cancel.boundingBox())!.x).toBeCloseTo(at.x, 1);
        // The long words are its tooltip.
        await expect(page.locator('.run-control__text')).toHaveAttribute(
          'title',
          language === 'en' ? /\(1 of 3 day types\) · Replication \d+ of 6000/ : /第 1 \/ 3 种/,
        );
        await page.screenshot({ path: test.info().outputPath('progress.png') });
        await cancel.click();
      });
    });
