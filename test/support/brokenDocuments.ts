/**
 * Many broken blueprints, together producing every finding code of
 * docs/blueprint-format.md (section 5.4) and every wording of each: the translations'
 * tests run over all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type Blueprint,
  type Finding,
  loadBlueprintText,
  loadBlueprintValue,
} from '../../src/model/index.ts';
import { migrateToCurrent } from '../../src/model/migrations/index.ts';
import { findingsFromIssue } from '../../src/model/zodIssues.ts';
import { minimalJson, setAt } from './builders.ts';
import { crossedHolds } from './deadlocks.ts';
import { addBranchTargets, findingsOf } from './semantic.ts';

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

function entry(b: Blueprint, step: string): void {
  b.arrivals = { type: 'poisson', entry: step, perHour: 5 };
}

function semantic(): Finding[] {
  const cases: ((b: Blueprint) => void)[] = [
    (b) => {
      b.dayTypes = [{ id: 'strike', staffing: { tellers: { capacity: 0 } } }];
    },
    (b) => {
      b.steps.push({ ...b.steps[0]!, label: 'Again' });
      b.flows.push({ ...b.flows[0]! });
    },
    (b) => {
      b.flows[1]!.to = 'leav';
      b.steps[1]!.resource = { pool: 'teller' };
      b.steps[1]!.phase = 'serving';
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'goto', step: 'nowhere' } };
      entry(b, 'door');
    },
    (b) => {
      b.classes = [{ id: 'retail', label: 'Retail', share: 1 }];
      b.flows[0]!.classes = ['retai'];
    },
    (b) => {
      b.steps.push({ id: 'ticket', kind: 'evidence', lane: 'evidence', label: 'Ticket' });
      entry(b, 'ticket');
    },
    (b) => {
      b.steps.push({ id: 'memo', kind: 'note', lane: 'support', label: 'Memo' });
      b.steps[1]!.failure = { probability: 0.1, then: { action: 'goto', step: 'memo' } };
    },
    (b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 0.6;
      b.flows[2]!.probability = 0.3;
    },
    (b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 1;
    },
    (b) => {
      addBranchTargets(b);
      b.steps.push({
        id: 'wait',
        kind: 'action',
        lane: 'customer',
        label: 'Wait',
        exit: { outcome: 'completed' },
      });
      b.flows.push({ id: 'f4', from: 'serve', to: 'wait' });
      b.flows[1]!.probability = 1;
    },
    (b) => {
      addBranchTargets(b);
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[1]!.probability = 1;
      b.flows[1]!.classes = ['retail'];
      b.flows[2]!.probability = 0.5;
      b.flows[2]!.classes = ['vip'];
    },
    addBranchTargets,
    (b) => {
      addBranchTargets(b);
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
    },
    (b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[1]!.classes = ['retail'];
    },
    (b) => {
      b.resources![0]!.capacity = 0;
    },
    (b) => {
      b.steps[1]!.resource = { pool: 'tellers', units: 3 };
    },
    (b) => {
      b.resources![0]!.schedule = [
        { from: '12:00', to: '13:00', capacity: 1 },
        { from: '12:30', to: '14:00', capacity: 1 },
        { from: '16:00', to: '15:00', capacity: 1 },
      ];
    },
    (b) => {
      b.classes = [
        { id: 'a', label: 'A', share: 0.5 },
        { id: 'b', label: 'B', share: 0.4 },
      ];
    },
    (b) => {
      b.classes = [{ id: 'a', label: 'A' }];
    },
    (b) => {
      b.run = { mode: 'day', open: '17:00', close: '09:00' };
    },
    (b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'retry' } };
    },
    (b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'goto', step: 'serve' } };
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[1]!.missedCall = { probability: 1, callTime: call, then: { action: 'back' } };
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[0]!.missedCall = { probability: 0.1, callTime: call, then: { action: 'gone' } };
      delete b.steps[0]!.resource;
    },
    (b) => {
      const call = { type: 'fixed', value: 0.5 } as const;
      b.steps[1]!.customerPresent = false;
      b.steps[1]!.missedCall = { probability: 0.1, callTime: call, then: { action: 'gone' } };
    },
    (b) => {
      b.flows[1]!.to = 'serve';
    },
    (b) => {
      b.flows.push({ id: 'again', from: 'serve', to: 'serve', background: true });
    },
    (b) => {
      b.arrivals = { type: 'poisson', entry: 'arrive', perHour: 1e9 };
    },
    (b) => {
      b.arrivals = {
        type: 'appointments',
        entry: 'arrive',
        slots: Array.from({ length: 11 }, () => ({ at: '10:00', count: 10_000 })),
      };
    },
    (b) => {
      b.steps.push({ id: 'slip', kind: 'evidence', lane: 'evidence', label: 'Slip' });
      b.flows.push({ id: 'f9', from: 'serve', to: 'slip', probability: 0.5, classes: ['x'] });
    },
    (b) => {
      b.flows.push({ id: 'f9', from: 'serve', to: 'leave', background: true, failing: true });
    },
    (b) => {
      b.steps.push({
        id: 'slip',
        kind: 'evidence',
        lane: 'evidence',
        label: 'Slip',
        duration: { type: 'fixed', value: 1 },
        exit: { outcome: 'completed' },
      });
    },
    (b) => {
      b.steps.push({
        id: 'island',
        kind: 'action',
        lane: 'backstage',
        label: 'Island',
        exit: { outcome: 'completed' },
      });
    },
    (b) => {
      delete b.steps[2]!.exit;
    },
    (b) => {
      b.steps[1]!.exit = { outcome: 'completed' };
    },
    (b) => {
      b.flows[1]!.to = 'arrive';
      b.steps.pop();
    },
    (b) => {
      b.steps[1]!.resource = { pool: 'tellers', keepUntil: 'arrive' };
    },
    (b) => {
      delete b.steps[1]!.duration;
    },
    (b) => {
      delete b.arrivals;
      b.classes = [
        { id: 'booked', label: 'Booked', share: 1 },
        {
          id: 'walk-in',
          label: 'Walk-in',
          arrivals: { type: 'poisson', entry: 'arrive', perHour: 5 },
        },
      ];
    },
    (b) => {
      delete b.arrivals;
      b.classes = [
        {
          id: 'booked',
          label: 'Booked',
          arrivals: { type: 'poisson', entry: 'arrive', perHour: 5 },
        },
        { id: 'ghost', label: 'Ghost' },
      ];
    },
    (b) => {
      b.arrivals = { type: 'appointments', entry: 'arrive', slots: [{ at: '10:00' }] };
      b.run = { mode: 'steady', horizon: 600 };
    },
    (b) => {
      delete b.run;
      b.arrivals = { type: 'appointments', entry: 'arrive', slots: [{ at: '08:30' }] };
    },
    (b) => {
      b.arrivals = {
        type: 'profile',
        entry: 'arrive',
        periods: [
          { from: '08:00', to: '09:00', perHour: 5 },
          { from: '09:00', to: '17:00', perHour: 20 },
        ],
      };
    },
    (b) => {
      Object.assign(b, crossedHolds());
    },
    // Flows taken by a queue's length: a chance beside the condition, a queue that cannot
    // form, background work, two rules for one class, and no way on when the queue is short.
    (b) => {
      b.flows.push({
        id: 'f-divert',
        from: 'arrive',
        to: 'leave',
        probability: 0.5,
        when: { queueAt: 'leave', atLeast: 3 },
      });
      b.flows.push({
        id: 'f-bg',
        from: 'arrive',
        to: 'leave',
        background: true,
        when: { queueAt: 'serve', atLeast: 3 },
      });
    },
    (b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.5 },
        { id: 'vip', label: 'VIP', share: 0.5 },
      ];
      b.flows[0]!.classes = ['vip'];
      b.flows.push({
        id: 'f-divert',
        from: 'arrive',
        to: 'leave',
        when: { queueAt: 'serve', atLeast: 3 },
      });
      b.flows.push({
        id: 'f-divert-2',
        from: 'arrive',
        to: 'leave',
        when: { queueAt: 'serve', atLeast: 6 },
      });
    },
    // Loops with a queue rule: a flow back that all the rule does not send on take, and a
    // rule's own flow back to a step that takes no time.
    (b) => {
      b.flows[1]!.when = { queueAt: 'serve', atLeast: 3 };
      b.flows.push({ id: 'again', from: 'serve', to: 'serve' });
      b.flows.push({
        id: 'look-again',
        from: 'arrive',
        to: 'arrive',
        when: { queueAt: 'serve', atLeast: 2 },
      });
    },
    // A pool that also serves others when idle: itself, twice, and a step it leaves alone.
    (b) => {
      b.steps[1]!.resource!.keepUntil = 'leave';
      b.resources!.push({
        id: 'vip',
        kind: 'staff',
        label: 'VIP window',
        capacity: 1,
        alsoServes: ['vip', 'tellers', 'tellers'],
      });
    },
  ];
  return cases.flatMap((change) => findingsOf(change));
}

/** Every finding of every broken document above. */
export function brokenFindings(): Finding[] {
  return [...textAndFormat(), ...schema(), ...semantic()];
}
