/**
 * Findings in the UI language: the app words them from the model's catalogue with the
 * UI language's number formats (the catalogue's own tests are in test/model).
 */
import { describe, expect, it } from 'vitest';
import { findingText } from '../../../src/app/findings/findingText.ts';
import { FINDINGS_EN as en, FINDINGS_ZH_CN as zhCN } from '../../../src/model/index.ts';
import type { Finding } from '../../../src/model/index.ts';
import { brokenFindings } from '../../support/brokenDocuments.ts';

const findings = brokenFindings();

/** Ids and names a finding is about, as params give them. */
function namesIn(finding: Finding): string[] {
  const params = finding.params ?? {};
  return ['id', 'suggestion', 'key', 'pool', 'class', 'step', 'keepUntil', 'waitStep', 'waitPool']
    .map((name) => params[name])
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

describe('findings in the UI language', () => {
  it('an English reader sees what the command line prints: the app’s number format agrees', () => {
    for (const finding of findings) {
      expect(findingText(finding, 'en'), JSON.stringify(finding)).toBe(finding.message);
    }
  });

  it('words every finding in Chinese, naming the same ids', () => {
    for (const finding of findings) {
      const text = findingText(finding, 'zh-CN', zhCN);
      const where = `${JSON.stringify(finding)} → ${text}`;
      expect(text, where).not.toBe(finding.message);
      expect(text, where).not.toMatch(/\{\{|\}\}/);
      expect(text, where).toMatch(/[\u4e00-\u9fff]/);
      for (const name of namesIn(finding)) expect(text, where).toContain(`"${name}"`);
    }
  });

  it('formats numbers in the UI language', () => {
    const finding: Finding = {
      severity: 'error',
      level: 'semantic',
      code: 'units-over-capacity',
      path: '$.steps[1].resource.units',
      message: 'needs 3 units of pool "tellers", which never has more than 2',
      params: { pool: 'tellers', units: 3, peak: 2 },
    };
    expect(findingText(finding, 'zh-CN', zhCN)).toBe(
      '需要资源池 "tellers" 的 3 个单位，但它最多只有 2 个',
    );
    // Arabic-Indic digits show that the number goes through the language's own format.
    expect(findingText(finding, 'ar-EG', en)).toContain('٣');
  });

  it('falls back to the English message for an unknown code or missing params', () => {
    const future: Finding = {
      severity: 'warning',
      level: 'semantic',
      code: 'from-a-newer-version',
      path: '$',
      message: 'something new',
    };
    expect(findingText(future, 'zh-CN', zhCN)).toBe('something new');
    const bare: Finding = { ...future, code: 'unknown-step', message: 'step "x" does not exist' };
    expect(findingText(bare, 'zh-CN', zhCN)).toBe('step "x" does not exist');
    const oddVariant: Finding = { ...future, code: 'too-small', params: { variant: 'odd' } };
    expect(findingText(oddVariant, 'zh-CN', zhCN)).toBe('something new');
    const inherited: Finding = { ...future, code: 'toString' };
    expect(findingText(inherited, 'zh-CN', zhCN)).toBe('something new');
  });

  it('picks the Chinese templates for any Chinese UI language', () => {
    const finding = findings.find((f) => f.code === 'dead-end')!;
    expect(findingText(finding, 'zh-CN')).toBe(findingText(finding, 'zh-CN', zhCN));
    expect(findingText(finding, 'en-GB')).toBe(finding.message);
  });
});
