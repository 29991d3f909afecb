/**
 * Blueprints that pass the checks but once crashed the simulator or lost results: ids
 * that are names of Object.prototype, a chain of instant background work, a pool too
 * large for the engine's counters, degenerate distributions.
 */
import { describe, expect, it } from 'vitest';
import {
  type Blueprint,
  type Distribution,
  type Finding,
  loadBlueprintValue,
} from '../../src/model/index.ts';
import { Sampler } from '../../src/sim/distributions.ts';
import { simulate } from '../../src/sim/index.ts';
import { Random } from '../../src/sim/random.ts';
import { minimalBlueprint } from '../support/builders.ts';

function load(blueprint: Blueprint): { blueprint?: Blueprint; findings: Finding[] } {
  const result = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
  return { blueprint: result.ok ? result.blueprint : undefined, findings: result.findings };
}

/** The minimal blueprint with the serving step, its pool and one class all called `id`. */
function namedEverything(id: string): Blueprint {
  const b = minimalBlueprint();
  b.steps[1]!.id = id;
  b.steps[1]!.resource = { pool: id };
  b.flows[0]!.to = id;
  b.flows[1]!.from = id;
  b.resources![0]!.id = id;
  b.classes = [{ id, label: id, share: 1 }];
  b.run = { mode: 'day', open: '09:00', close: '11:00', replications: 2 };
  return b;
}

describe('ids that are names of Object.prototype', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    '%s runs and appears in the results',
    (id) => {
      const { blueprint, findings } = load(namedEverything(id));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      const results = simulate(blueprint!);
      expect(Object.hasOwn(results.steps, id)).toBe(true);
      expect(Object.hasOwn(results.resources, id)).toBe(true);
      expect(Object.hasOwn(results.classes, id)).toBe(true);
      expect(results.steps[id]!.visits.mean).toBeGreaterThan(0);
      expect(results.classes[id]!.served.mean).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(results)).steps[id].visits.mean).toBeGreaterThan(0);
    },
  );

  it('a class named "constructor" takes its chance from `probability`, not from Object', () => {
    const b = namedEverything('constructor');
    b.classes!.push({ id: 'other', label: 'Other', share: 0 });
    b.classes![0]!.share = 1;
    b.steps.push({
      id: 'advise',
      kind: 'action',
      lane: 'frontstage',
      label: 'A',
      exit: { outcome: 'completed' },
    });
    b.flows[1]!.probability = 0.5;
    b.flows[1]!.classProbability = { other: 1 };
    b.flows.push({ id: 'f3', from: 'constructor', to: 'advise', probability: 0.5 });
    b.flows[2]!.classProbability = { other: 0 };
    const { blueprint, findings } = load(b);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const results = simulate(blueprint!);
    expect(results.steps.advise!.visits.mean).toBeGreaterThan(0);
    expect(results.steps.leave!.visits.mean).toBeGreaterThan(0);
  });

  it('refuses "__proto__" as a step, pool or class id, naming the place', () => {
    const { blueprint, findings } = load(namedEverything('__proto__'));
    expect(blueprint).toBeUndefined();
    const reserved = findings.filter((f) => f.params?.variant === 'reserved-id');
    const paths = reserved.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.steps[1].id',
        '$.resources[0].id',
        '$.classes[0].id',
        '$.flows[0].to',
      ]),
    );
    for (const finding of reserved) {
      expect(finding.code).toBe('bad-pattern');
      expect(finding.message).toBe('must not be "__proto__": that name is reserved');
    }
  });
});

describe('background work that starts more of itself at once', () => {
  it('runs as a long chain without overflowing the call stack', () => {
    const b = minimalBlueprint();
    b.steps.push({ id: 'file', kind: 'action', lane: 'backstage', label: 'File' });
    b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
    b.flows.push({ id: 'f4', from: 'file', to: 'file', background: true, probability: 0.9999 });
    b.arrivals = { type: 'poisson', entry: 'arrive', perHour: 6 };
    b.run = { mode: 'day', open: '09:00', close: '13:00', replications: 1 };
    const { blueprint, findings } = load(b);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const results = simulate(blueprint!);
    // Each start is followed by about 10 000 more: far deeper than any call stack.
    expect(results.steps.file!.visits.mean).toBeGreaterThan(50_000);
  });
});

describe('pool capacity', () => {
  it('is limited to 1 000 000 units by the format', () => {
    const b = minimalBlueprint();
    b.resources![0]!.capacity = 2 ** 31;
    const { blueprint, findings } = load(b);
    expect(blueprint).toBeUndefined();
    expect(findings.map((f) => `${f.path} ${f.code} ${f.message}`)).toContain(
      '$.resources[0].capacity too-big must be at most 1000000',
    );
  });

  it('serves everyone at the largest capacity allowed', () => {
    const b = minimalBlueprint();
    b.resources![0]!.capacity = 1_000_000;
    b.resources![0]!.schedule = [{ from: '12:00', to: '13:00', capacity: 1_000_000 }];
    b.steps[1]!.resource!.units = 1_000_000;
    const { blueprint } = load(b);
    const results = simulate(blueprint!);
    expect(results.system.served).toBe(results.system.arrived);
    expect(results.system.served).toBeGreaterThan(0);
    expect(results.resources.tellers!.capacity.mean).toBe(1_000_000);
  });
});

function meanOf(distribution: Distribution, draws = 20_000): number {
  const sampler = Sampler.of(distribution);
  const random = new Random(7, 0, 'degenerate');
  let sum = 0;
  for (let i = 0; i < draws; i++) sum += sampler.sample(random);
  return sum / draws;
}

describe('degenerate distributions', () => {
  it.each([1e-6, 1e-9, 1e-100, 1e-200, 5e-324])('gamma with cv %s keeps its mean', (cv) => {
    expect(meanOf({ type: 'gamma', mean: 3, cv })).toBeCloseTo(3, 5);
  });

  it('empirical weights near the largest number still share the draws', () => {
    const huge: Distribution = { type: 'empirical', values: [1, 5], weights: [1e308, 1e308] };
    // The mean offered load and the estimates use, too.
    expect(Sampler.of(huge).mean).toBeCloseTo(3, 10);
    const mean = meanOf(huge);
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(3.2);
    expect(meanOf({ type: 'empirical', values: [1, 5], weights: [1.5e308, 5e307] })).toBeCloseTo(
      2,
      0,
    );
  });
});

/** A straight line of `count` steps, each passed in no time, the last an exit. */
function chain(count: number): Blueprint {
  const b = minimalBlueprint();
  b.steps = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    kind: 'action' as const,
    lane: 'frontstage' as const,
    label: `Step ${i}`,
    ...(i === count - 1 ? { exit: { outcome: 'completed' as const } } : {}),
  }));
  b.flows = b.steps.slice(1).map((step, i) => ({ id: `f${i}`, from: `s${i}`, to: step.id }));
  delete b.resources;
  b.arrivals = { type: 'poisson', entry: 's0', perHour: 20 };
  b.run = { mode: 'day', open: '09:00', close: '10:00', replications: 2 };
  return b;
}

describe('a long path without a loop', () => {
  it('takes every customer through 3 000 steps: none is stopped as stuck', () => {
    const { blueprint, findings } = load(chain(3000));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const results = simulate(blueprint!);
    expect(results.system.stuck).toBe(0);
    expect(results.system.served).toBeGreaterThan(0);
    expect(results.steps.s2999!.visits.mean).toBe(results.steps.s0!.visits.mean);
    expect(results.warnings.join()).not.toMatch(/loop/);
  });
});
