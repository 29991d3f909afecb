import { describe, expect, it } from 'vitest';
import { formatFinding, loadBlueprintText } from '../../src/model/index.ts';
import { minimalJson, setAt } from '../support/builders.ts';

/** Loads JSON with one change and returns the first finding formatted as the CLI prints it. */
function firstProblem(path: (string | number)[], value: unknown): string {
  const document = minimalJson();
  setAt(document, path, value);
  const result = loadBlueprintText(JSON.stringify(document, null, 2));
  expect(result.ok).toBe(false);
  return formatFinding(result.findings[0]!).replace(/ \(line \d+, column \d+\)$/, '');
}

describe('structural errors name the JSON path and say what is wrong', () => {
  it.each([
    [['steps', 1, 'duration', 'mean'], 0, '$.steps[1].duration.mean: must be greater than 0'],
    [
      ['steps', 1, 'duration', 'mean'],
      '4',
      '$.steps[1].duration.mean: must be a number, not the text "4"',
    ],
    [
      ['steps', 1, 'duration', 'type'],
      'weibull',
      '$.steps[1].duration.type: must be one of "fixed", "uniform", "triangular", "exponential", "normal", "lognormal", "gamma", "empirical", not "weibull"',
    ],
    [
      ['steps', 1, 'duration'],
      { mean: 3 },
      '$.steps[1].duration.type: is required: one of "fixed", "uniform", "triangular", "exponential", "normal", "lognormal", "gamma", "empirical"',
    ],
    [
      ['steps', 1, 'duration'],
      { type: 'uniform', min: 5, max: 2 },
      '$.steps[1].duration.max: min must not be greater than max',
    ],
    [
      ['steps', 1, 'duration'],
      { type: 'triangular', min: 1, mode: 5, max: 3 },
      '$.steps[1].duration.mode: needs min ≤ mode ≤ max and min < max',
    ],
    [
      ['steps', 1, 'duration'],
      { type: 'empirical', values: [1, 2], weights: [1] },
      '$.steps[1].duration.weights: must have one weight per value',
    ],
    [['steps', 0, 'label'], undefined, '$.steps[0].label: is required'],
    [['steps', 0, 'label'], 42, '$.steps[0].label: must be text or an object, not the number 42'],
    [['steps', 0, 'label'], {}, '$.steps[0].label: must give the text in at least one language'],
    [
      ['steps', 0, 'lane'],
      'lobby',
      '$.steps[0].lane: must be one of "evidence", "customer", "frontstage", "backstage", "support", not the text "lobby"',
    ],
    [
      ['steps', 0, 'id'],
      '1st step',
      '$.steps[0].id: must be an id: a letter or _ then letters, digits, _ or -, at most 64 characters',
    ],
    [
      ['steps', 1, 'resource', 'units'],
      1.5,
      '$.steps[1].resource.units: must be a whole number, not the number 1.5',
    ],
    [['resources', 0, 'capacity'], -1, '$.resources[0].capacity: must be at least 0'],
    [['run', 'open'], '9:00', '$.run.open: must be a time of day "HH:MM" from 00:00 to 24:00'],
    [['run', 'mode'], 'week', '$.run.mode: must be one of "day", "steady", not "week"'],
    [['flows'], {}, '$.flows: must be a list, not an object'],
    [
      ['steps', 1, 'durtion'],
      3,
      '$.steps[1].durtion: unknown property "durtion" (did you mean "duration"?)',
    ],
    [
      ['steps', 0, 'lane'],
      'frontstag',
      '$.steps[0].lane: must be one of "evidence", "customer", "frontstage", "backstage", "support", not the text "frontstag" (did you mean "frontstage"?)',
    ],
    [
      ['steps', 0, 'lable'],
      'x',
      '$.steps[0].lable: unknown property "lable" (did you mean "label"?)',
    ],
    [
      ['steps', 0, 'label'],
      { EN: 'Arrive' },
      '$.steps[0].label.EN: must be a language tag such as "en" or "zh-CN"',
    ],
    [
      ['steps', 0, 'label'],
      { 'zh-CN': 5 },
      '$.steps[0].label["zh-CN"]: must be text, not the number 5',
    ],
    [
      ['steps', 1, 'failure'],
      { probability: 0.1, then: {} },
      '$.steps[1].failure.then.action: is required: one of "retry", "goto", "leave"',
    ],
    [
      ['created'],
      'yesterday',
      '$.created: must be an ISO 8601 date or date-time, e.g. "2026-11-23" or "2026-11-23T09:30:00Z"',
    ],
  ])('%j = %j', (path, value, expected) => {
    expect(firstProblem(path as (string | number)[], value)).toBe(expected);
  });

  it('reports every problem, not only the first', () => {
    const document = minimalJson();
    setAt(document, ['steps', 1, 'duration', 'mean'], -1);
    setAt(document, ['resources', 0, 'capacity'], 'two');
    const result = loadBlueprintText(JSON.stringify(document));
    expect(result.findings.map((finding) => finding.path)).toEqual([
      '$.steps[1].duration.mean',
      '$.resources[0].capacity',
    ]);
  });

  it('gives the line and column of the offending value', () => {
    const document = minimalJson();
    setAt(document, ['steps', 1, 'duration', 'mean'], 0);
    const text = JSON.stringify(document, null, 2);
    const result = loadBlueprintText(text);
    const finding = result.findings[0]!;
    const line = text.split('\n')[finding.line! - 1]!;
    expect(line.trim()).toBe('"mean": 0');
    expect(finding.column).toBe(line.indexOf('"mean"') + 1);
  });
});

describe('files that are not blueprints at all', () => {
  it.each([
    ['empty', '', '$: the file is empty'],
    ['empty', '   \n', '$: the file is empty'],
    [
      'json-syntax',
      '{"format": "blueprint-lab",',
      '$: not valid JSON: expected a property name in double quotes',
    ],
    ['json-syntax', '{"a": 1,}', '$: not valid JSON: expected a property name in double quotes'],
    ['json-syntax', '{"a": 1} // note', '$: not valid JSON: comments are not allowed in JSON'],
    ['not-an-object', '[1, 2]', '$: a blueprint file must hold a JSON object { … }'],
    ['not-an-object', '"text"', '$: a blueprint file must hold a JSON object { … }'],
    [
      'wrong-format',
      '{"version": 1}',
      '$.format: is required: "blueprint-lab" (is this a Blueprint Lab file?)',
    ],
    [
      'wrong-format',
      '{"format": "bpmn", "version": 1}',
      '$.format: must be "blueprint-lab", not "bpmn": this is not a Blueprint Lab blueprint',
    ],
    [
      'bad-version',
      '{"format": "blueprint-lab", "version": "1"}',
      '$.version: must be a whole number from 1 (the format version)',
    ],
    [
      'newer-version',
      '{"format": "blueprint-lab", "version": 99}',
      '$.version: this file uses format version 99, written by a newer Blueprint Lab; this one reads format versions up to 4. Please update Blueprint Lab.',
    ],
    [
      'duplicate-key',
      '{"format": "blueprint-lab", "format": "blueprint-lab"}',
      '$.format: property "format" appears twice in the same object',
    ],
    [
      'too-deep',
      '['.repeat(10_000),
      '$: the JSON is nested more than 256 levels deep; a blueprint never is',
    ],
  ])('%s: case %#', (code, text, message) => {
    const result = loadBlueprintText(text);
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.code).toBe(code);
    expect(formatFinding(result.findings[0]!).replace(/ \(line \d+, column \d+\)$/, '')).toBe(
      message,
    );
  });

  it('gives the line and column of a syntax error', () => {
    const result = loadBlueprintText('{\n  "format": "blueprint-lab"\n  "version": 1\n}');
    expect(result.findings[0]).toMatchObject({ code: 'json-syntax', line: 3, column: 3 });
  });

  it('refuses text over the size limit without parsing it', () => {
    const result = loadBlueprintText(' '.repeat(11 * 1024 * 1024));
    expect(result.findings[0]).toMatchObject({ code: 'too-large' });
    expect(result.findings[0]!.message).toMatch(/11\.0 MB; blueprints are limited to 10 MB/);
  });

  it('accepts a byte-order mark', () => {
    const result = loadBlueprintText(`\uFEFF${JSON.stringify(minimalJson())}`);
    expect(result.ok).toBe(true);
  });

  it('keeps a script in a label as plain text', () => {
    const document = minimalJson();
    setAt(document, ['steps', 0, 'label'], '<img src=x onerror=alert(1)>');
    const result = loadBlueprintText(JSON.stringify(document));
    expect(result.ok && result.blueprint.steps[0]!.label).toBe('<img src=x onerror=alert(1)>');
  });
});
