/** A pool that serves other pools' queues when idle (`alsoServes`) or first (`servesFirst`): the checks. */
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

  it('checks servesFirst the same way, and a pool served both first and when idle', () => {
    const findings = findingsOf((b) => {
      addVipWindow(b, ['tellers']);
      b.resources![0]!.servesFirst = ['vip', 'tellers', 'vip', 'vipp'];
      b.resources![1]!.servesFirst = ['tellers'];
    });
    expect(summary(findings)).toEqual([
      'error serves-first-itself $.resources[0].servesFirst[1]: pool "tellers" cannot call its own queue before itself: list other pools whose queues it calls first',
      'error serves-first-twice $.resources[0].servesFirst[2]: pool "vip" is listed twice (a pool is served either first, in servesFirst, or when idle, in alsoServes)',
      'error unknown-pool $.resources[0].servesFirst[3]: pool "vipp" does not exist (did you mean "vip"?)',
      'error also-serves-twice $.resources[1].alsoServes[0]: pool "tellers" is listed twice',
    ]);
  });

  it('warns of a step kept to a later step under servesFirst too', () => {
    const findings = findingsOf((b) => {
      addVipWindow(b, []);
      delete b.resources![1]!.alsoServes;
      b.resources![1]!.servesFirst = ['tellers'];
      b.steps[1]!.resource!.keepUntil = 'leave';
    });
    expect(summary(findings)).toEqual([
      'warning also-serves-kept-step $.resources[1].servesFirst[0]: step "serve" keeps its unit of pool "tellers" to a later step, so this pool leaves its customers to "tellers" (a unit is lent for one step only)',
    ]);
  });

  it('takes a step that keeps its units to itself as one that does not', () => {
    const findings = findingsOf((b) => {
      addVipWindow(b);
      b.steps[1]!.resource!.keepUntil = 'serve';
    });
    expect(findings).toEqual([]);
  });
});
