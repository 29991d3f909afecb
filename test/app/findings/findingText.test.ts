import { describe, expect, it } from 'vitest';
import { findingText } from '../../../src/app/findings/findingText.ts';
import { findingMessages } from '../../../src/app/findings/messages.ts';
import type { Finding } from '../../../src/model/index.ts';
import { brokenFindings, documentedCodes } from './brokenDocuments.ts';

const findings = brokenFindings();
const { en, zhCN } = findingMessages;

/** The wording a finding takes: its code, and its variant when the code has several. */
function wording(finding: Finding): string {
  if (typeof en.codes[finding.code as keyof typeof en.codes] === 'string') return finding.code;
  return `${finding.code}/${String(finding.params?.variant ?? 'default')}`;
}

/**
 * Wordings no document can produce: the app's own refusal (importFile), and JSON that
 * the parser reads but JSON.parse finds too deep (the nesting limit refuses it first).
 */
const UNPRODUCIBLE = ['json-syntax/nested', 'unreadable-file'];

/** Ids and names a finding is about, as params give them. */
function namesIn(finding: Finding): string[] {
  const params = finding.params ?? {};
  return ['id', 'suggestion', 'key', 'pool', 'class', 'step', 'keepUntil', 'waitStep', 'waitPool']
    .map((name) => params[name])
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

describe('findings in the UI language', () => {
  it('the broken documents produce every documented code', () => {
    const documented = documentedCodes();
    expect(documented.length).toBeGreaterThan(40);
    const produced = new Set(findings.map((finding) => finding.code));
    expect(documented.filter((code) => !produced.has(code))).toEqual([]);
  });

  it('has English and Chinese templates for every documented code', () => {
    for (const code of documentedCodes()) {
      expect(en.codes, code).toHaveProperty([code]);
      expect(zhCN.codes, code).toHaveProperty([code]);
    }
  });

  it('produces every wording of every template', () => {
    const produced = new Set(findings.map(wording));
    const templated = Object.entries(en.codes).flatMap(([code, template]) =>
      typeof template === 'string' ? [code] : Object.keys(template).map((v) => `${code}/${v}`),
    );
    const notProduced = templated.filter((key) => !produced.has(key));
    expect(notProduced).toEqual(UNPRODUCIBLE);
  });

  it('words every finding in English exactly as the model does, so its params are complete', () => {
    expect(findings.length).toBeGreaterThan(100);
    for (const finding of findings) {
      expect(findingText(finding, 'en', en), JSON.stringify(finding)).toBe(finding.message);
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

  it('covers every JSON syntax error and schema rule the model can name', () => {
    const problems = new Set(findings.map((f) => f.params?.problem));
    // Refused first for another reason: a malformed number by the scanner (as an unfinished
    // number or an unexpected character), an unfinished comment as a comment.
    const missing = Object.keys(en.parts.jsonSyntax).filter((name) => !problems.has(name));
    expect(missing).toEqual(['InvalidNumberFormat', 'UnexpectedEndOfComment']);
    const rules = new Set(
      findings
        .filter((f) => f.code === 'bad-pattern' || f.code === 'inconsistent')
        .map((f) => f.params?.variant),
    );
    for (const rule of Object.keys(en.parts.rules)) expect(rules, rule).toContain(rule);
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
