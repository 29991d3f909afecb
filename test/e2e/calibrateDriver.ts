/**
 * What the Calibrate dialog's browser tests share (calibrate.spec.ts, backtest.spec.ts):
 * opening the app and the dialog, and giving it a log from data/logs/ as a user does,
 * through the file picker or by dropping it from the desktop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const LOGS = join(import.meta.dirname, '..', '..', 'data', 'logs');

export const dialog = (page: Page) => page.getByTestId('calibrate-dialog');

/** The app at its start page, the canvas ready. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

/** The dialog opened by its header button, named in the UI's language. */
export async function openCalibrate(page: Page, button = 'Calibrate…'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(dialog(page)).toBeVisible();
}

/** `file` of data/logs/ chosen through the dialog's file picker. */
export async function chooseLog(page: Page, file: string): Promise<void> {
  await page.getByTestId('calibrate-log-input').setInputFiles(join(LOGS, file));
}

/** Drops `file` of data/logs/ on the dialog's drop zone, as a user dragging it from the desktop does. */
export async function dropLog(page: Page, file: string): Promise<void> {
  const bytes = [...readFileSync(join(LOGS, file))];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      return data;
    },
    { bytes, name: file },
  );
  const zone = page.getByTestId('calibrate-drop');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}
