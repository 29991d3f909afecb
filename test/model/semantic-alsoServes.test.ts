/** A pool that also serves other pools' queues when idle (`alsoServes`): the checks. */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { findingsOf, summary } from '../support/semantic.ts';

/** A VIP window beside the tellers of the minimal blueprint, serving their queue when idle. */
function addVipWindow(blueprint: Blueprint, alsoServes: string[] = ['tellers']): void {
  blueprint.resources!.push({
    id: 'vip',
    kind: 'staff',
    label: 'VIP window',
    capacity: 1,
    alsoServes,
  });
}

describe('a pool that also serves other queues when idle', () => {
  it('names other pools that exist', () => {
    expect(findingsOf((b) => addVipWindow(b))).toEqual([]);
  });

  it('refuses an unknown pool at its JSON path, with the closest name', () => {
    expect(summary(findingsOf((b) => addVipWindow(b, ['teller'])))).toEqual([
      'error unknown-pool $.resources[1].alsoServes[0]: pool "teller" does not exist (did you mean "tellers"?)',
    ]);
  });

  it('refuses itself and a pool named twice', () => {
    expect(summary(findingsOf((b) => addVipWindow(b, ['vip', 'tellers', 'tellers'])))).toEqual([
      'error also-serves-itself $.resources[1].alsoServes[0]: pool "vip" serves its own queue first anyway: list other pools whose queues it takes when idle',
      'error also-serves-twice $.resources[1].alsoServes[2]: pool "tellers" is listed twice',
    ]);
  });

  it('warns of a step that keeps its units to a later step: it is left to its own pool', () => {
    const findings = findingsOf((b) => {
      addVipWindow(b);
      b.steps[1]!.resource!.keepUntil = 'leave';
    });
    expect(summary(findings)).toEqual([
      'warning also-serves-kept-step $.resources[1].alsoServes[0]: step "serve" keeps its unit of pool "tellers" to a later step, so this pool leaves its customers to "tellers" (a unit is lent for one step only)',
    ]);
    expect(findings[0]!.stepId).toBe('serve');
  });

  it('takes a step that keeps its units to itself as one that does not', () => {
    const findings = findingsOf((b) => {
      addVipWindow(b);
      b.steps[1]!.resource!.keepUntil = 'serve';
    });
    expect(findings).toEqual([]);
  });
});
