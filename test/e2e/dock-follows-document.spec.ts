/**
 * What the dock's planning tabs hold belongs to the open document: a staffing search and
 * its tries, a what-if's units. Opening another example from the sidebar starts them
 * afresh, rather than showing one blueprint's answer under the other's names.
 */
import { expect, test, type Page } from '@playwright/test';

const dock = (page: Page) => page.getByRole('region', { name: /^(Simulation|仿真)$/ });

async function openFromSidebar(page: Page, exampleId: string): Promise<void> {
  if ((await page.locator('#app-sidebar').count()) === 0)
    await page.locator('.app-header__sidebar-toggle').click();
  await page.locator(`[data-example-id="${exampleId}"]`).click();
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();
}

test('another example opened from the sidebar clears the staffing search and the what-if', async ({
  page,
}) => {
  // One or two quiet runs in the workers before the switch.
  test.setTimeout(120_000);
  await page.goto('/?example=counter-deposit-vip');
  await expect(page.locator('.canvas:not(.canvas--placing)')).toBeVisible();

  // What if: one more teller (3 → 4), not run.
  await dock(page).getByRole('tab', { name: 'What if' }).click();
  await dock(page).getByRole('button', { name: 'One more: Tellers' }).click();
  await expect(dock(page).getByLabel('Tellers (units)')).toHaveValue('4');

  // Staffing: the VIP window for VIP customers, until its first try is listed.
  await dock(page).getByRole('tab', { name: 'Staffing' }).click();
  const helper = dock(page).locator('.planning-panel').first();
  await helper.getByLabel('Pool').selectOption('vip-window');
  await helper.getByLabel('Customer class').selectOption('vip');
  await helper.getByRole('button', { name: /^Find/ }).click();
  const tries = helper.getByRole('list', { name: 'Tries' }).getByRole('listitem');
  await expect(tries.first()).toBeVisible({ timeout: 90_000 });

  await openFromSidebar(page, 'counter-deposit');
  // The search is gone with its blueprint: no tries, no answer, the Find button back.
  await expect(helper.getByRole('list', { name: 'Tries' })).toHaveCount(0);
  await expect(helper.locator('.planning-answer')).toHaveCount(0);
  await expect(helper.getByText('Simulating…')).toHaveCount(0);
  await expect(helper.getByRole('button', { name: /^Find/ })).toBeEnabled();
  // Nor does a what-if's count carry over to the other blueprint's Tellers (4 as drawn).
  await dock(page).getByRole('tab', { name: 'What if' }).click();
  await expect(dock(page).getByLabel('Tellers (units)')).toHaveValue('4');
  await dock(page).getByRole('button', { name: 'One more: Tellers' }).click();
  await expect(dock(page).getByLabel('Tellers (units)')).toHaveValue('5');
});
