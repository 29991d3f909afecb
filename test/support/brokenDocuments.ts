/**
 * Many broken blueprints, together producing every finding code of
 * docs/blueprint-format.md (section 5.4) and every wording of each: the translations'
 * tests run over all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type Finding, loadBlueprintText, loadBlueprintValue } from '../../src/model/index.ts';
import { migrateToCurrent } from '../../src/model/migrations/index.ts';
import { findingsFromIssue } from '../../src/model/zodIssues.ts';
import { minimalJson, setAt } from './builders.ts';
import { semanticBrokenFindings } from './brokenSemantic.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The codes of the tables in section 5.4 of the format's documentation. */
export function documentedCodes(): string[] {
  const doc = readFileSync(join(ROOT, 'docs', 'blueprint-format.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### 5.4 Every finding'), doc.indexOf('## 6.'));
  return [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((match) => match[1]!);
}

function textFindings(text: string): Finding[] {
  return loadBlueprintText(text).findings;
}

/** The minimal blueprint as JSON text with one value changed (undefined removes it). */
function changed(...changes: [(string | number)[], unknown][]): Finding[] {
  const document = minimalJson();
  for (const [path, value] of changes) setAt(document, path, value);
  return textFindings(JSON.stringify(document, null, 2));
}

const syntaxErrors = [
  '{"a": 1,}',
  '{"a" 1}',
  '{"a": 1 "b": 2}',
  '{"a": [1, 2}',
  '[1, 2',
  '{} {}',
  '{"a": 1',
  '// note\n{}',
  '/* note',
  '{"a": "x',
  '{"a": tru}',
  '{} x',
  '{"a": }',
  '{"a": "\\q"}',
  '{"a": "\\u12"}',
  '{"a": "x\ty"}',
  '{"a": 1.}',
  '{"a": -}',
  '{1: 2}',
];

function textAndFormat(): Finding[] {
  const version = { format: 'blueprint-lab', version: 1 };
  const unusable = {
    get format(): string {
      throw new Error('a getter that throws');
    },
  };
  // A chain missing the step from version 2: only tests can make one.
  const gap = { format: 'blueprint-lab', version: 1 };
  const lifts = [{ from: 1, summary: 'test', migrate: (d: Record<string, unknown>) => d }];
  const refused = migrateToCurrent(gap, lifts, 3);
  return [
    ...textFindings(' '.repeat(10 * 1024 * 1024 + 1)),
    ...textFindings('   \n'),
    ...textFindings('['.repeat(300) + ']'.repeat(300)),
    ...syntaxErrors.flatMap(textFindings),
    ...textFindings('{"steps": [], "steps": []}'),
    ...textFindings('[1, 2]'),
    ...textFindings('{"version": 1}'),
    ...textFindings('{"format": "bpmn", "version": 1}'),
    ...textFindings('{"format": 7, "version": 1}'),
    ...textFindings('{"format": "blueprint-lab", "version": "one"}'),
    ...textFindings(JSON.stringify({ ...version, version: 99 })),
    ...(refused.ok ? [] : refused.findings),
    ...loadBlueprintValue(unusable).findings,
  ];
}

const profile = {
  type: 'profile',
  entry: 'arrive',
  periods: [{ from: '09:00', to: '17:00', perHour: 5 }],
};

function schema(): Finding[] {
  return [
    ...changed([['steps', 0, 'label'], undefined]),
    ...changed([['steps', 1, 'duration'], { mean: 3 }]),
    ...changed([['steps', 1, 'durtion'], 3]),
    ...changed([['lanes'], { lobby: { height: 100 } }]),
    ...changed([['steps', 1, 'duration', 'mean'], '4']),
    ...changed([
      ['steps', 1, 'duration', 'mean'],
      'a very long text that the message cuts off at forty characters',
    ]),
    ...changed([['steps', 1, 'duration', 'mean'], null]),
    ...changed([['steps', 1, 'duration', 'mean'], [4]]),
    ...changed([['steps', 1, 'duration', 'mean'], { value: 4 }]),
    ...changed([['steps', 1, 'duration', 'mean'], true]),
    ...changed([['steps', 2, 'exit'], 1]),
    ...changed([['steps', 0, 'label'], 42]),
    ...changed([['flows'], {}]),
    ...changed([['steps', 1, 'resource', 'units'], 1.5]),
    ...changed([['steps', 1, 'duration', 'mean'], 0]),
    ...changed([['resources', 0, 'capacity'], -1]),
    ...changed([['arrivals'], { ...profile, periods: [] }]),
    ...changed([['tags'], ['']]),
    ...changed([['classes'], [{ id: 'a', label: 'A', share: 2 }]]),
    ...changed([['run', 'seed'], 2 ** 40]),
    ...changed([['steps', 0, 'lane'], 'lobby']),
    ...changed([['steps', 0, 'lane'], 'frontstag']),
    ...changed([['steps', 1, 'duration', 'type'], 'weibull']),
    ...changed([['steps', 1, 'duration', 'type'], 5]),
    ...changed([['steps', 1, 'failure'], { probability: 0.1, then: { action: 'retyr' } }]),
    ...changed([['steps', 0, 'id'], '1st step']),
    ...changed([['steps', 0, 'id'], '__proto__']),
    ...changed([['run', 'open'], '9:00']),
    ...changed([['steps', 0, 'label'], { EN: 'Arrive' }]),
    ...changed([['steps', 0, 'label'], {}]),
    ...changed([['classes'], [{ id: 'a', label: 'A', share: 1, color: 'red' }]]),
    ...changed([['created'], 'yesterday']),
    ...changed([['currency'], 'yuan']),
    ...changed([['steps', 1, 'duration'], { type: 'uniform', min: 5, max: 2 }]),
    ...changed([['steps', 1, 'duration'], { type: 'triangular', min: 1, mode: 5, max: 3 }]),
    ...changed([['steps', 1, 'duration'], { type: 'empirical', values: [1, 2], weights: [1] }]),
    ...changed([['steps', 1, 'duration'], { type: 'empirical', values: [1, 2], weights: [0, 0] }]),
    ...zodOnly(),
  ];
}

/** Rules no field of version 1 has (and wordings it never needs), from small schemas of our own. */
function zodOnly(): Finding[] {
  const cases: [z.ZodType, unknown][] = [
    [z.number().multipleOf(5), 7],
    [z.literal('blueprint-lab'), 'bpmn'],
    [z.array(z.number()).min(2), [1]],
    [z.array(z.number()).max(1), [1, 2]],
    [z.string().min(3), 'ab'],
    [z.string().max(2), 'abc'],
    [z.number().lt(5), 6],
    [z.templateLiteral(['v', z.number()]), 'x'],
  ];
  const fromSchemas = cases.flatMap(([schema, value]) => {
    const parsed = schema.safeParse(value, { reportInput: true });
    return parsed.success ? [] : parsed.error.issues.flatMap((i) => findingsFromIssue(i, []));
  });
  // An issue of a kind Blueprint Lab does not word itself, as a future zod might report.
  const future = {
    code: 'invalid_element',
    origin: 'map',
    key: 'a',
    issues: [],
    path: ['extras'],
    message: 'Invalid element',
    input: 1,
  } as unknown as Parameters<typeof findingsFromIssue>[0];
  return [...fromSchemas, ...findingsFromIssue(future, [])];
}

/** Every finding of every broken document above. */
export function brokenFindings(): Finding[] {
  return [...textAndFormat(), ...schema(), ...semanticBrokenFindings()];
}
