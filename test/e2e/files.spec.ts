/**
 * The file menu: save and reopen, refusing broken files, autosave across a reload (text
 * still being typed included), and the question before unsaved work is replaced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickStep } from './canvasDriver.ts';
import { storedRecord } from './levers-driver.ts';
import { encodeAutosave } from '../../src/app/files/autosaveRecord.ts';
import { newDocument } from '../../src/app/files/newBlueprint.ts';
import { loadBlueprintText, serializeBlueprint } from '../../src/model/index.ts';

const EXAMPLE_PATH = join(import.meta.dirname, '..', '..', 'blueprints', 'counter-deposit.json');

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const fileInput = (page: Page) => page.getByTestId('open-file-input');

async function chooseFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  await fileInput(page).setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function writeRecord(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('blueprint-lab');
        open.onupgradeneeded = () => open.result.createObjectStore('autosave');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('autosave', 'readwrite');
          transaction.objectStore('autosave').put(value, 'current');
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    record,
  );
}

test('saves the blueprint as JSON and opens the file again unchanged', async ({ page }) => {
  // Without the "Save as" dialog (not drivable headless), saving is a download.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
  await openApp(page);
  // The sidebar (its details) folds for the deposit's whole view at 1440×900.
  await openSidebar(page);
  const size = await page.locator('.details__size').textContent();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('counter-deposit.json');
  const saved = readFileSync(await download.path(), 'utf8');
  const example = loadBlueprintText(readFileSync(EXAMPLE_PATH, 'utf8'));
  expect(example.ok).toBe(true);
  if (example.ok) expect(saved).toBe(serializeBlueprint(example.blueprint));

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(heading(page)).toContainText('New blueprint');
  await chooseFile(page, 'counter-deposit.json', saved);
  await expect(heading(page)).toContainText('Counter deposit');
  await openSidebar(page);
  await expect(page.locator('.details__size')).toHaveText(size!);
});

async function openSidebar(page: Page): Promise<void> {
  const toggle = page.locator('.app-header__sidebar-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', /true|false/);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.locator('#app-sidebar')).toBeVisible();
}

test('saves through the "Save as" dialog where the browser has one', async ({ page }) => {
  // A stand-in for the File System Access API that keeps what is written.
  await page.addInitScript(() => {
    const target = window as unknown as { savedAs?: { name: string; text: string } };
    Object.defineProperty(window, 'showSaveFilePicker', {
      value: (options: { suggestedName: string }) =>
        Promise.resolve({
          createWritable: () => {
            let text = '';
            return Promise.resolve({
              write: async (blob: Blob) => {
                text += await blob.text();
              },
              close: () => {
                target.savedAs = { name: options.suggestedName, text };
                return Promise.resolve();
              },
            });
          },
        }),
    });
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const savedAs = () =>
    page.evaluate(() => (window as unknown as { savedAs?: { name: string } }).savedAs?.name);
  await expect.poll(savedAs).toBe('counter-deposit.json');
});

test('refuses broken files, says why, and keeps the open blueprint', async ({ page }) => {
  await openApp(page);
  // Each file with a line its problems must include: a JSON path and what is wrong there.
  const cases: [string, string | Buffer, string][] = [
    ['partial.json', '{"format":"blueprint-lab","version":1}', '$.steps: is required'],
    ['notes.json', 'not json', '$: '],
    ['binary.json', Buffer.from([0, 159, 146, 150, 255, 0, 1]), '$: '],
  ];
  for (const [name, text, expected] of cases) {
    await chooseFile(page, name, text);
    const dialog = page.getByRole('dialog', { name: `Could not open “${name}”` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Your open blueprint is unchanged')).toBeVisible();
    await expect(dialog.getByTestId('import-problems')).toContainText(expected);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(heading(page)).toContainText('Counter deposit');
  }
});

test('shows a script in a label as text and lists semantic problems', async ({ page }) => {
  await openApp(page);
  const label = '<img src=x onerror="window.hacked=1">';
  const blueprint = {
    ...newDocument().blueprint,
    name: label,
    steps: [{ id: 's1', kind: 'action', lane: 'customer', label: 'Sign' }],
    flows: [{ id: 'f1', from: 's1', to: 'missing' }],
  };
  await chooseFile(page, 'hostile.json', JSON.stringify(blueprint));
  await expect(heading(page)).toContainText(label);
  expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
  await expect(page.getByTestId('findings-summary')).toContainText('error');
});

test('brings autosaved work back after a reload, and can discard it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(heading(page)).toContainText('New blueprint');
  await expect.poll(() => storedRecord(page)).toMatchObject({ origin: { kind: 'new' } });

  await page.reload();
  await expect(heading(page)).toContainText('New blueprint');
  const notice = page.getByTestId('recovery-notice');
  await expect(notice).toContainText('Recovered your last work');
  // Above the dock: over it, it covered the dock's tabs.
  const noticeBox = (await notice.boundingBox())!;
  const dockBox = (await page.locator('.dock').boundingBox())!;
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(dockBox.y);

  await notice.getByRole('button', { name: 'Discard' }).click();
  await expect(heading(page)).toContainText('Counter deposit');
  await expect(notice).toHaveCount(0);
});

test('an edit made just before a reload survives it', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  await page.keyboard.press('Delete');
  await expect(page.locator('.step[data-step-id="f-count"]')).toHaveCount(0);
  // At once, inside autosave's delay: IndexedDB may drop the write the page starts as it
  // unloads, and the copy it keeps in localStorage brings the edit back.
  await page.reload();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByTestId('recovery-notice')).toContainText('Recovered your last work');
  await expect(page.locator('.step[data-step-id="f-count"]')).toHaveCount(0);
  await expect(page.locator('.step[data-step-id="c-hand-over"]')).toHaveCount(1);
});

test('a demo link plays the deposit, and other unsaved work waits aside until opened', async ({
  page,
}) => {
  // A designer's unsaved work is stored; then the trainer's demo link opens in that tab.
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect.poll(() => storedRecord(page)).toMatchObject({ origin: { kind: 'new' } });

  await page.goto('/?demo=counter-deposit');
  await expect(page.locator('.playback-bar__title')).toHaveText('Counter deposit');
  await page.getByRole('button', { name: 'Back to editor' }).click();
  await expect(heading(page)).toContainText('Counter deposit');
  const notice = page.getByTestId('recovery-notice');
  await expect(notice).toContainText('is kept aside');

  await notice.getByRole('button', { name: 'Open it' }).click();
  await expect(heading(page)).toContainText('New blueprint');
  await expect(notice).toHaveCount(0);
});

test('asks before unsaved work is replaced', async ({ page }) => {
  await openApp(page);
  // Unsaved work as autosave leaves it: a renamed blueprint that was never saved.
  const document = newDocument();
  const record = encodeAutosave(
    { ...document, blueprint: { ...document.blueprint!, name: 'Unsaved plan' } },
    true,
    new Date(),
  );
  await writeRecord(page, record);
  await page.reload();
  await expect(heading(page)).toContainText('Unsaved plan');

  // Declined: nothing changes.
  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('confirm');
    expect(dialog.message()).toContain('unsaved changes to “Unsaved plan”');
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(heading(page)).toContainText('Unsaved plan');

  // The same question guards the example list.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.locator('button[data-example-id="counter-deposit"]').click();
  await expect(heading(page)).toContainText('Unsaved plan');

  // Closing the tab asks too (the browser words that question itself).
  const leaving = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await leaving;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(heading(page)).toContainText('Unsaved plan');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(heading(page)).toContainText('New blueprint');
});

test('exports the whole blueprint as PNG and SVG, named after it', async ({ page }) => {
  await openApp(page);
  for (const [item, file] of [
    ['PNG 1×', 'counter-deposit.png'],
    ['SVG (vector, whole blueprint)', 'counter-deposit.svg'],
  ]) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(file);
  }
});

test('a problem about a step selects that step', async ({ page }) => {
  await openApp(page);
  const blueprint = {
    ...newDocument().blueprint,
    steps: [
      { id: 's1', kind: 'action', lane: 'customer', label: 'Sign' },
      { id: 's2', kind: 'action', lane: 'frontstage', label: 'Check' },
    ],
    flows: [{ id: 'f1', from: 's1', to: 'missing' }],
  };
  await chooseFile(page, 'problems.json', JSON.stringify(blueprint));
  await expect(heading(page)).toContainText('New blueprint');

  const goToStep = page.locator('.findings button.finding__go').first();
  await expect(goToStep).toBeVisible();
  await goToStep.click();
  const inspectorValues = () =>
    page
      .locator('.inspector input, .inspector textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  await expect
    .poll(inspectorValues)
    .toEqual(expect.arrayContaining([expect.stringMatching(/Sign|Check/)]));
});

/** Drops a file made in the page (quicker than sending megabytes from the test). */
async function dropFile(page: Page, name: string, text: string, extraBytes = 0): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, json, padding]) => {
      const data = new DataTransfer();
      data.items.add(new File([json, new Uint8Array(padding)], fileName));
      return data;
    },
    [name, text, extraBytes] as const,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

test('opens a file dropped on the window, but none over 10 MB', async ({ page }) => {
  await openApp(page);
  await dropFile(page, 'huge.json', '{}', 10 * 1024 * 1024);
  const dialog = page.getByRole('dialog', { name: 'Could not open “huge.json”' });
  await expect(dialog).toContainText('limited to 10 MB');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(heading(page)).toContainText('Counter deposit');

  await dropFile(
    page,
    'dropped.json',
    JSON.stringify({ ...newDocument().blueprint, name: 'Dropped' }),
  );
  await expect(heading(page)).toContainText('Dropped');
});

test('keeps a label that was being typed when the browser died', async ({ page }) => {
  await openApp(page);
  await clickStep(page, 'f-count');
  const label = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Label (English)', { exact: true });
  await label.press('End');
  await label.pressSequentially(' twice');

  // No blur, no Enter: once typing pauses the text reaches storage.
  await expect
    .poll(async () => ((await storedRecord(page)) as { text?: string } | undefined)?.text ?? '')
    .toContain('Count cash twice');
  await expect(label).toBeFocused();

  // A reload stands in for the kill: what matters, that the text was stored while the
  // field still had the focus, is checked above.
  await page.reload();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
  await expect(page.getByTestId('recovery-notice')).toContainText('Recovered your last work');
  await expect(page.locator('.step[data-step-id="f-count"]')).toContainText('Count cash twice');
});
