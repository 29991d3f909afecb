/**
 * The checks speak the UI's language: a Chinese user who opens a broken blueprint reads
 * its problems in Chinese, and switching the language rewords them at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { newDocument } from '../../src/app/files/newBlueprint.ts';

test.use({ locale: 'zh-CN' });

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a broken file’s problems are listed in Chinese, and in English after switching', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();

  const blueprint = {
    ...newDocument().blueprint,
    steps: [
      { id: 'sign', kind: 'action', lane: 'customer', label: 'Sign' },
      {
        id: 'check',
        kind: 'action',
        lane: 'frontstage',
        label: 'Check',
        exit: { outcome: 'completed' },
      },
    ],
    flows: [{ id: 'f1', from: 'sign', to: 'chek' }],
  };
  await chooseFile(page, 'problems.json', JSON.stringify(blueprint));

  const messages = page.locator('.findings .finding__message');
  await expect(messages.first()).toBeVisible();
  await expect(messages).toContainText(['步骤 "chek" 不存在（是不是 "check"？）']);
  await expect(page.locator('.findings')).toContainText('$.flows[0].to');
  await expect(page.locator('.findings')).not.toContainText('does not exist');
  // Every message, not only the first, is worded in Chinese.
  for (const text of await messages.allTextContents()) expect(text).toMatch(/[\u4e00-\u9fff]/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(messages).toContainText(['step "chek" does not exist (did you mean "check"?)']);
});
