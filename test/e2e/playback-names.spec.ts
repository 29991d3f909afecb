/**
 * Chinese step names in playback break between words, never inside one (nor inside a
 * run of four characters or fewer): the deposit's "输入密码" (enter the PIN) came out
 * "输入密/码". Every example, in Play and Present at
 * 1280×720: each rendered line of each name is read character by character (the line a
 * character sits on is the top of its box), and no line ends inside a word of the
 * glossary or of the list below.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { clock, silenceDevServerReload } from './playbackHelpers.ts';

test.beforeEach(silenceDevServerReload);

/** The Chinese terms of docs/glossary.md's table. */
function glossaryWords(): string[] {
  const text = readFileSync('docs/glossary.md', 'utf8');
  const table = text.slice(text.indexOf('glossary:start'), text.indexOf('glossary:end'));
  return table
    .split('\n')
    .map((row) => row.split('|')[2]?.trim() ?? '')
    .filter((word) => /^[\u4e00-\u9fff]{2,}$/u.test(word));
}

/** Words of the examples' step names, each read wrong when cut (a reader checked them). */
const NAME_WORDS = [
  '输入密码',
  '密码',
  '现金',
  '凭条',
  '存款',
  '窗口',
  '回单',
  '凭证',
  '归档',
  '号码',
  '钞票',
  '交易',
  '系统',
  '记账',
  '合同',
  '材料',
  '方案',
  '预约',
  '风险',
  '离开',
  '签署',
  '审批',
  '额度',
  '贷款',
  '网点',
  // A character the dictionary leaves alone belongs to the word beside it.
  '引导员',
  '存款机',
  '号码单',
  '审批人',
  '反洗钱',
  '个性化',
  // Pool names (the pool bar under the stage).
  '信贷员',
  '人员',
  '客户经理',
  '银行',
];

const WORDS = [...new Set([...glossaryWords(), ...NAME_WORDS])];
const EXAMPLES = readdirSync('blueprints')
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

/**
 * Each name's rendered lines, read from the boxes of its characters: the step names on
 * the stage, or the pool names in the bar under it.
 */
async function renderedLines(
  page: Page,
  of: 'steps' | 'pools' = 'steps',
): Promise<{ step: string; lines: string[] }[]> {
  const [item, name, key] =
    of === 'steps'
      ? ['.playback-step', '.playback-step__label', 'step']
      : ['.playback-pool', '.playback-pool__name', 'pool'];
  return page.evaluate(
    ([item, name, key]) =>
      [...document.querySelectorAll<HTMLElement>(item)].map((element) => {
        const label = element.querySelector<HTMLElement>(name)!;
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        const lines: string[] = [];
        let lastTop = -Infinity;
        // Half a line on screen: the map is scaled.
        const scale = Number(element.closest<HTMLElement>('[data-scale]')?.dataset['scale'] ?? 1);
        const half = (parseFloat(getComputedStyle(label).fontSize) * scale) / 2;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let at = 0; at < text.length; at++) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue; // a space swallowed at a line's end
            if (rect.top > lastTop + half) {
              lines.push('');
              lastTop = rect.top;
            }
            lines[lines.length - 1] += text[at]!;
          }
        }
        return { step: element.dataset[key]!, lines };
      }),
    [item, name, key] as const,
  );
}

/** Fails when a line of a name ends inside one of the words. */
function expectNoWordCut(names: { step: string; lines: string[] }[]): void {
  for (const { step, lines } of names) {
    const joined = lines.join('');
    for (let end = 0; end < lines.length - 1; end++) {
      const at = lines.slice(0, end + 1).join('').length;
      for (const word of WORDS)
        for (let from = joined.indexOf(word); from >= 0; from = joined.indexOf(word, from + 1))
          expect(
            from < at && at < from + word.length,
            `${step}: "${lines.join('/')}" cuts ${word}`,
          ).toBe(false);
    }
  }
  // Words of the list were read: the check could fail.
  expect(names.some(({ lines }) => WORDS.some((word) => lines.join('').includes(word)))).toBe(true);
}

for (const mode of ['play', 'present'] as const)
  for (const example of EXAMPLES)
    test(`Chinese step names break between words: ${example} (${mode}, 1280×720)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.addInitScript(() => localStorage.setItem('blueprint-lab.language', 'zh-CN'));
      await page.goto(`/?demo=${example}`);
      await expect(clock(page)).toHaveText(/^\d\d:\d\d:\d\d$/);
      await expect(page.locator('.playback-step')).toHaveCount(
        (JSON.parse(readFileSync(`blueprints/${example}.json`, 'utf8')) as { steps: unknown[] })
          .steps.length,
      );
      if (mode === 'present') {
        await page.getByRole('button', { name: '投影', exact: true }).click();
        await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
      }
      await page.waitForTimeout(300); // the names fitted to their boxes
      expectNoWordCut(await renderedLines(page));
    });

// The pool bar squeezes names most on a squarer screen: the loan example's 信贷|员,
// 核心银行|系统 and the ATM example's 大堂引导|员 at 1024×768.
for (const example of EXAMPLES)
  test(`Chinese pool names break between words: ${example} (present, 1024×768)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript(() => localStorage.setItem('blueprint-lab.language', 'zh-CN'));
    await page.goto(`/?demo=${example}`);
    await expect(clock(page)).toHaveText(/^\d\d:\d\d:\d\d$/);
    await page.getByRole('button', { name: '投影', exact: true }).click();
    await expect(page.getByTestId('playback')).toHaveAttribute('data-mode', 'present');
    await expect(page.locator('.playback-pool').first()).toBeVisible();
    await page.waitForTimeout(300); // laid out at Present's sizes
    expectNoWordCut(await renderedLines(page, 'pools'));
  });
