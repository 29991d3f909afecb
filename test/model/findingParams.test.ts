/**
 * Findings carry the values their messages are built from, so that the app can word them
 * in another language (test/app/findings proves the params complete for every code).
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../src/model/index.ts';
import { migrateToCurrent } from '../../src/model/migrations/index.ts';
import { minimalJson, setAt } from '../support/builders.ts';
import { findingsOf } from '../support/semantic.ts';

function firstFinding(path: (string | number)[], value: unknown) {
  const document = minimalJson();
  setAt(document, path, value);
  const result = loadBlueprintText(JSON.stringify(document));
  expect(result.ok).toBe(false);
  return result.findings[0]!;
}

describe('finding params', () => {
  it('say what a wrong type expected and received', () => {
    expect(firstFinding(['steps', 1, 'duration', 'mean'], '4').params).toEqual({
      expected: 'number',
      received: 'string',
      value: '"4"',
    });
    // A text or an object: each plain type once, named by the first zod type that has it.
    expect(firstFinding(['steps', 0, 'label'], 42).params).toEqual({
      expected: 'string|record',
      received: 'number',
      value: '42',
    });
  });

  it('name the wording of a limit and the limit itself', () => {
    expect(firstFinding(['steps', 1, 'duration', 'mean'], 0).params).toEqual({
      variant: 'greater-than',
      limit: 0,
    });
    expect(firstFinding(['tags'], ['']).params).toEqual({ variant: 'not-empty', limit: 1 });
  });

  it('key a schema rule by a short name, not by its English text', () => {
    expect(firstFinding(['run', 'open'], '9:00').params).toEqual({ variant: 'time-of-day' });
  });

  it('give the parser’s name for a syntax error, with the position', () => {
    const result = loadBlueprintText('{"a": 1,}');
    expect(result.findings[0]!.params).toEqual({
      problem: 'PropertyNameExpected',
      line: 1,
      column: 9,
    });
  });

  it('give the versions and format of a refused file', () => {
    expect(loadBlueprintText('{"format": "bpmn", "version": 1}').findings[0]!.params).toEqual({
      variant: 'wrong',
      expected: 'blueprint-lab',
      format: '"bpmn"',
    });
    const newer = loadBlueprintText('{"format": "blueprint-lab", "version": 7}');
    expect(newer.findings[0]!.params).toEqual({ version: 7, current: 4 });
    const value = { format: 'blueprint-lab', version: 2 };
    const lifts = [{ from: 2, summary: 'two to three', migrate: (d: object) => ({ ...d }) }];
    const refused = migrateToCurrent(value, lifts, 4);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.findings[0]!.params).toEqual({ version: 3 });
    }
  });

  it('name the step and class of semantic findings', () => {
    const findings = findingsOf((b) => {
      delete b.steps[2]!.exit;
      b.classes = [
        { id: 'ghost', label: 'Ghost', share: 0 },
        { id: 'all', label: 'All', share: 1 },
      ];
    });
    expect(findings.map((f) => [f.code, f.params])).toEqual([
      ['dead-end', { step: 'leave' }],
      ['class-never-arrives', { class: 'ghost' }],
    ]);
  });
});
