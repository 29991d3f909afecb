/** Opening a small blueprint from the test as a file, and reading what the store holds. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { BlueprintState } from '../../src/app/store/blueprintStore.ts';
import { type Blueprint, serializeBlueprint } from '../../src/model/index.ts';

type LabWindow = Window & { __blueprintLab?: { getState: () => BlueprintState } };

/** The blueprint the store holds, read through the development hook. */
export function storedBlueprint(page: Page): Promise<Blueprint | null | undefined> {
  return page.evaluate(() => (window as LabWindow).__blueprintLab?.getState().document?.blueprint);
}

/** The stored autosave record, read straight from IndexedDB. */
export function storedRecord(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('blueprint-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autosave')) return resolve(undefined);
          const get = db.transaction('autosave').objectStore('autosave').get('current');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** The blueprint autosave has stored (what a reload brings back), or undefined. */
export async function autosavedBlueprint(page: Page): Promise<Blueprint | undefined> {
  const record = (await storedRecord(page)) as { text?: string } | undefined;
  return record?.text === undefined ? undefined : (JSON.parse(record.text) as Blueprint);
}

/**
 * Opens the app, then the blueprint as a file, as a person would from the Open button;
 * waits until the page's heading names it (`heading`, in either language).
 */
export async function openBlueprint(
  page: Page,
  blueprint: Blueprint,
  heading: RegExp,
): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await page.getByTestId('open-file-input').setInputFiles({
    name: `${blueprint.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeBlueprint(blueprint)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
}

/** Types into a field and commits it with Enter. */
export async function commit(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}
