/**
 * A pool that also serves other pools' queues when idle, in the pool card: the VIP window
 * gets the tellers' queue, from the keyboard; the order of two entries changes with the
 * arrows, the focus staying on the moved entry; a pool listed twice (from a file) shows
 * its check under the entry. The tellers call the VIP queue first (servesFirst), and a
 * pool in one list is not offered for the other. The same card in Chinese, at 1280×720.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Blueprint } from '../../src/model/index.ts';
import { vipBranch } from '../support/vipBranch.ts';
import { openBlueprint, storedBlueprint } from './levers-driver.ts';

const HEADING = /Branch with a VIP window|设贵宾窗口的网点/;

const card = (page: Page, poolId: string) =>
  page
    .getByRole('complementary', { name: /Inspector|检查器|属性/ })
    .locator(`[data-pool-id="${poolId}"]`);

const servedBy = async (page: Page, poolId: string) =>
  (await storedBlueprint(page))?.resources?.find((pool) => pool.id === poolId)?.alsoServes;

/** The VIP branch with a third pool, so that the order of the list means something. */
function threePools(): Blueprint {
  const blueprint = vipBranch();
  blueprint.resources!.push({
    id: 'cash',
    kind: 'staff',
    label: { en: 'Cash desk', 'zh-CN': '现金柜台' },
    capacity: 1,
  });
  return blueprint;
}

test('the VIP window takes the tellers’ queue, and the order is set from the keyboard', async ({
  page,
}) => {
  await openBlueprint(page, threePools(), HEADING);
  const vip = card(page, 'vip-window');
  const section = vip.getByRole('group', { name: 'Also serves when idle' });
  await expect(section.getByTestId('also-serves-none')).toHaveText('Only its own queue.');

  const choose = section.getByLabel('Also serve the queue of');
  await choose.selectOption('tellers');
  await section.getByRole('button', { name: 'Add Tellers' }).press('Enter');
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['tellers']);
  // The pool just added is no longer offered; the next one is.
  await expect(choose.locator('option')).toHaveText(['Cash desk']);
  await section.getByRole('button', { name: 'Add Cash desk' }).click();
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['tellers', 'cash']);
  await expect(section.getByText('No other pool to serve: add one first.')).toBeVisible();

  const list = section.getByRole('list', { name: 'Pools whose queues it also serves, in order' });
  await expect(list.getByRole('listitem')).toHaveText(['Tellers↑↓×', 'Cash desk↑↓×']);
  const up = list.getByRole('button', { name: 'Move Cash desk up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['cash', 'tellers']);
  // At the top now: its "up" is disabled, and the focus went to its "down".
  await expect(list.getByRole('button', { name: 'Move Cash desk down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['tellers', 'cash']);

  await list.getByRole('button', { name: 'Stop serving the queue of Tellers' }).click();
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['cash']);
  // One undo step per edit.
  await page.keyboard.press('Control+z');
  await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['tellers', 'cash']);
});

test('every teller calls VIP tickets first: a pool in one list is not offered for the other', async ({
  page,
}) => {
  await openBlueprint(page, threePools(), HEADING);
  const tellers = card(page, 'tellers');
  const first = tellers.getByRole('group', { name: 'Calls first' });
  await expect(first.getByTestId('serves-first-none')).toHaveText('No other queue before its own.');
  await first.getByLabel('Call first the queue of').selectOption('vip-window');
  await first.getByRole('button', { name: 'Add VIP window first' }).press('Enter');
  await expect
    .poll(async () => (await storedBlueprint(page))?.resources?.[0]?.servesFirst)
    .toEqual(['vip-window']);
  await expect(
    first
      .getByRole('list', { name: 'Pools whose queues it calls first, in order' })
      .getByRole('listitem'),
  ).toHaveText(['VIP window↑↓×']);
  // Called first, the VIP window is not offered to be served when idle as well.
  const idle = tellers.getByRole('group', { name: 'Also serves when idle' });
  await expect(idle.getByLabel('Also serve the queue of').locator('option')).toHaveText([
    'Cash desk',
  ]);
  await first.getByRole('button', { name: 'Stop calling the queue of VIP window first' }).click();
  await expect
    .poll(async () => (await storedBlueprint(page))?.resources?.[0]?.servesFirst)
    .toBeUndefined();
});

test('a pool listed twice shows its check under the entry', async ({ page }) => {
  const blueprint = vipBranch();
  blueprint.resources![1]!.alsoServes = ['tellers', 'tellers'];
  await openBlueprint(page, blueprint, HEADING);
  const items = card(page, 'vip-window')
    .getByRole('list', { name: 'Pools whose queues it also serves, in order' })
    .locator(':scope > li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole('list', { name: 'Checks' })).toHaveCount(0);
  await expect(items.nth(1)).toContainText('Error: pool "tellers" is listed twice');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });

  test('the card’s section reads in Chinese', async ({ page }) => {
    const blueprint = vipBranch({ alsoServes: true });
    blueprint.resources![1]!.alsoServes = ['tellers', 'vip-window'];
    await openBlueprint(page, blueprint, HEADING);
    const vip = card(page, 'vip-window');
    const section = vip.getByRole('group', { name: '空闲时兼顾其他队列' });
    await expect(section.getByRole('button', { name: '将「柜员」下移' })).toBeVisible();
    await expect(section).toContainText('本来就先服务自己的排队');
    await expect(card(page, 'tellers').getByRole('group', { name: '优先叫号' })).toContainText(
      '不优先叫其他队列。',
    );
    await section.scrollIntoViewIfNeeded();
    await vip.screenshot({ path: 'test-results/also-serves-zh.png' });
    await section.getByRole('button', { name: '不再兼顾「贵宾窗口」的队列' }).click();
    await expect.poll(() => servedBy(page, 'vip-window')).toEqual(['tellers']);
  });
});
