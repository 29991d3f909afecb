/**
 * The day to run, as the day-type, month and month what-if specs choose it: the counter
 * deposit example opened, the Results tab of the simulation dock, the replications, and a
 * day type (by id or name) or the month (by its name) in the Day list. English or Chinese.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const WORDS = {
  en: { dock: 'Simulation', results: 'Results', day: 'Day', replications: 'Replications' },
  zh: { dock: '仿真', results: '结果', day: '营业日类型', replications: '重复次数' },
} as const;

export type Language = keyof typeof WORDS;

export const MONTH_CHOICE = {
  en: 'A month of them all (22 days)',
  zh: '整月（全部营业日类型，22 天）',
} as const;

/** The simulation dock under the canvas. */
export function simulationDock(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('region', { name: WORDS[language].dock, exact: true });
}

/** Opens the app (the counter deposit example, unless `path` says otherwise) in the language. */
export async function openDeposit(page: Page, language: Language = 'en', path = '/') {
  if (language === 'zh')
    await page.addInitScript(() => window.localStorage.setItem('blueprint-lab.language', 'zh-CN'));
  await page.goto(path);
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

/** The Day list in the Results tab (the tab opened, unless it is already). */
export async function dayChoice(page: Page, language: Language = 'en'): Promise<Locator> {
  const dock = simulationDock(page, language);
  const tab = dock.getByRole('tab', { name: WORDS[language].results });
  // A click on the tab shown folds the dock: open it only when it is not.
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return dock.getByRole('combobox', { name: WORDS[language].day, exact: true });
}

/**
 * Chooses the replications and the day to run: `day` is a day type's id or name, or the
 * month's name (MONTH_CHOICE). Returns the Day list.
 */
export async function chooseRunDay(
  page: Page,
  {
    day,
    replications,
    language = 'en',
  }: { day: string; replications: number; language?: Language },
): Promise<Locator> {
  const choice = await dayChoice(page, language);
  await simulationDock(page, language)
    .getByLabel(WORDS[language].replications)
    .fill(String(replications));
  await choice.selectOption(day);
  return choice;
}
