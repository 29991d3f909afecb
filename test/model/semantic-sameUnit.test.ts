/** The same unit for a whole case (`resource.sameUnitAs`): the checks, each at its JSON path. */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { findingsOf, summary } from '../support/semantic.ts';

/** "check", a second step of the tellers, between "serve" and "leave". */
function addCheck(b: Blueprint): void {
  b.steps.push({
    id: 'check',
    kind: 'action',
    lane: 'frontstage',
    label: 'Check',
    duration: { type: 'fixed', value: 2 },
    resource: { pool: 'tellers', sameUnitAs: 'serve' },
  });
  b.flows[1]!.to = 'check';
  b.flows.push({ id: 'f3', from: 'check', to: 'leave' });
}

describe('the same unit as an earlier step', () => {
  it('is fine after a step of the same pool, or naming the step itself', () => {
    expect(findingsOf(addCheck)).toEqual([]);
    expect(findingsOf((b) => (b.steps[1]!.resource!.sameUnitAs = 'serve'))).toEqual([]);
  });

  it('names a step customers pass through', () => {
    const findings = findingsOf((b) => (b.steps[1]!.resource!.sameUnitAs = 'nowhere'));
    expect(findings.map((f) => `${f.severity} ${f.code} ${f.path}`)).toEqual([
      'error unknown-step $.steps[1].resource.sameUnitAs',
    ]);
  });

  it('names a step of the same pool', () => {
    expect(summary(findingsOf((b) => (b.steps[1]!.resource!.sameUnitAs = 'arrive')))).toEqual([
      'error same-unit-other-pool $.steps[1].resource.sameUnitAs: the same unit as step "arrive", which needs no pool: name an earlier step of pool "tellers"',
    ]);
    const other = findingsOf((b) => {
      b.resources!.push({ id: 'desk', kind: 'staff', label: 'Desk', capacity: 1 });
      b.steps[0]!.resource = { pool: 'desk' };
      b.steps[0]!.duration = { type: 'fixed', value: 1 };
      b.steps[1]!.resource!.sameUnitAs = 'arrive';
    });
    expect(summary(other)).toEqual([
      'error same-unit-other-pool $.steps[1].resource.sameUnitAs: the same unit as step "arrive", which uses pool "desk", not "tellers": name an earlier step of pool "tellers"',
    ]);
  });

  it('is not a batch step, nor names one', () => {
    const findings = findingsOf((b) => {
      addCheck(b);
      b.steps[1]!.batch = { at: '16:00' };
    });
    expect(summary(findings)).toEqual([
      'error same-unit-batch $.steps[3].resource.sameUnitAs: the same unit as step "serve", which is done as one batch a day without the customer: name a step the customer is served at',
    ]);
    const own = findingsOf((b) => {
      b.steps[1]!.batch = { at: '16:00' };
      b.steps[1]!.resource!.sameUnitAs = 'serve';
    });
    expect(own.map((f) => `${f.code} ${f.path} ${f.params?.variant ?? ''}`)).toEqual([
      'batch-with $.steps[1].resource.sameUnitAs sameUnitAs',
      'same-unit-batch $.steps[1].resource.sameUnitAs ',
    ]);
  });

  it('warns when customers can reach the step without passing the named one', () => {
    const findings = findingsOf((b) => {
      addCheck(b);
      // A second way in goes straight to the check.
      b.flows.push({ id: 'f4', from: 'arrive', to: 'check', probability: 0.5 });
      b.flows[0]!.probability = 0.5;
    });
    expect(summary(findings)).toEqual([
      'warning same-unit-not-before $.steps[3].resource.sameUnitAs: customers can reach this step without passing step "serve": they take any unit of the pool here',
    ]);
    // Named a step that only comes after it: the same.
    const after = findingsOf((b) => {
      addCheck(b);
      b.steps[1]!.resource!.sameUnitAs = 'check';
      delete b.steps[3]!.resource!.sameUnitAs;
    });
    expect(after.map((f) => `${f.code} ${f.path}`)).toEqual([
      'same-unit-not-before $.steps[1].resource.sameUnitAs',
    ]);
  });
});
