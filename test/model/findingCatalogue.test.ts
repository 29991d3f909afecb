/**
 * The one catalogue of finding wordings (src/model/wording): every code in English and
 * Chinese with the same wordings and placeholders, every finding the checks produce
 * worded without a gap, and the model's `message` taken from the English templates.
 */
import { describe, expect, it } from 'vitest';
import {
  FINDINGS_EN,
  FINDINGS_ZH_CN,
  type Finding,
  type FindingTemplates,
  englishMessage,
  plainParam,
  wordFinding,
} from '../../src/model/index.ts';
import { brokenFindings, documentedCodes } from '../support/brokenDocuments.ts';

const findings = brokenFindings();

/** Codes only the app reports (a file the browser cannot read), not the model's checks. */
const APP_CODES = ['unreadable-file'];

/**
 * Wordings no document can produce: the app's own refusal (importFile), and JSON that
 * the parser reads but JSON.parse finds too deep (the nesting limit refuses it first).
 */
const UNPRODUCIBLE = ['json-syntax/nested', 'unreadable-file'];

/** Every template of a catalogue by a key: "code" or "code/variant", "parts.name.key". */
function templatesOf(templates: FindingTemplates): Map<string, string> {
  const all = new Map<string, string>();
  for (const [code, forCode] of Object.entries(templates.codes)) {
    if (typeof forCode === 'string') all.set(code, forCode);
    else for (const [variant, text] of Object.entries(forCode)) all.set(`${code}/${variant}`, text);
  }
  for (const [part, value] of Object.entries(templates.parts)) {
    if (typeof value === 'string') all.set(`parts.${part}`, value);
    else for (const [key, text] of Object.entries(value)) all.set(`parts.${part}.${key}`, text);
  }
  return all;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

/** The wording a finding takes: its code, and its variant when the code has several. */
function wording(finding: Finding): string {
  const forCode = FINDINGS_EN.codes[finding.code as keyof typeof FINDINGS_EN.codes];
  if (typeof forCode === 'string') return finding.code;
  return `${finding.code}/${String(finding.params?.variant ?? 'default')}`;
}

describe('the findings’ catalogue', () => {
  it('has exactly the documented codes, plus the app’s own', () => {
    const documented = documentedCodes();
    expect(documented.length).toBeGreaterThan(40);
    expect(Object.keys(FINDINGS_EN.codes).sort()).toEqual([...documented, ...APP_CODES].sort());
  });

  it('words every template in English and Chinese, with the same placeholders', () => {
    const english = templatesOf(FINDINGS_EN);
    const chinese = templatesOf(FINDINGS_ZH_CN);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      const zh = chinese.get(key)!;
      expect(text.length, key).toBeGreaterThan(0);
      expect(zh.length, key).toBeGreaterThan(0);
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it('the broken documents produce every documented code and every wording', () => {
    const produced = new Set(findings.map((finding) => finding.code));
    expect(documentedCodes().filter((code) => !produced.has(code))).toEqual([]);
    const wordings = new Set(findings.map(wording));
    const templated = [...templatesOf(FINDINGS_EN).keys()].filter((k) => !k.startsWith('parts.'));
    expect(templated.filter((key) => !wordings.has(key))).toEqual(UNPRODUCIBLE);
  });

  it('every finding the model reports has a code of the catalogue and all its params', () => {
    expect(findings.length).toBeGreaterThan(100);
    for (const finding of findings) {
      const where = JSON.stringify(finding);
      expect(Object.hasOwn(FINDINGS_EN.codes, finding.code), where).toBe(true);
      // Filled in both languages: no placeholder is left without its param.
      expect(wordFinding(finding.code, finding.params, FINDINGS_EN, plainParam), where).toBe(
        finding.message,
      );
      const chinese = wordFinding(finding.code, finding.params, FINDINGS_ZH_CN, plainParam);
      expect(chinese, where).toBeDefined();
      expect(chinese, where).not.toMatch(/\{\{|\}\}/);
      expect(finding.message, where).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('the message is the English template filled from the params, numbers as in the file', () => {
    expect(englishMessage('units-over-capacity', { pool: 'tellers', units: 3, peak: 2 })).toBe(
      'needs 3 units of pool "tellers", which never has more than 2',
    );
    expect(englishMessage('too-large', { size: 10, limit: 10 })).toBe(
      'the file is 10.0 MB; blueprints are limited to 10 MB',
    );
    expect(englishMessage('unknown-step', { id: 'serv', suggestion: 'serve' })).toBe(
      'step "serv" does not exist (did you mean "serve"?)',
    );
    expect(englishMessage('unknown-step', { id: 'x', suggestion: '' })).toBe(
      'step "x" does not exist',
    );
    // A param left out stays visible rather than vanishing from the sentence.
    expect(englishMessage('dead-end')).toBe(
      'step {{step}} has no flow out and is not marked as an exit: the visit ends here',
    );
  });

  it('covers every JSON syntax error and schema rule the model can name', () => {
    const problems = new Set(findings.map((f) => f.params?.problem));
    // Refused first for another reason: a malformed number by the scanner (as an unfinished
    // number or an unexpected character), an unfinished comment as a comment.
    const missing = Object.keys(FINDINGS_EN.parts.jsonSyntax).filter((name) => !problems.has(name));
    expect(missing).toEqual(['InvalidNumberFormat', 'UnexpectedEndOfComment']);
    // The schema's rules take their messages from the catalogue, and are keyed back by them.
    const rules = new Set(
      findings
        .filter((f) => f.code === 'bad-pattern' || f.code === 'inconsistent')
        .map((f) => f.params?.variant),
    );
    for (const rule of Object.keys(FINDINGS_EN.parts.rules)) expect(rules, rule).toContain(rule);
  });
});
