/**
 * The hold-and-wait check: customers who keep one pool (keepUntil) while they queue for
 * another can end up waiting for each other for ever when the holds form a circle.
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { clerks, crossedHolds, oppositeOrders } from '../support/deadlocks.ts';
import { fixed, step } from '../support/scenarios.ts';
import { summary } from '../support/semantic.ts';

function warnings(blueprint: Blueprint): string[] {
  const result = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return summary(result.findings.filter((f) => f.code === 'hold-and-wait-cycle'));
}

describe('hold-and-wait cycles', () => {
  it('warns at each holding step of one route that takes two pools in turn', () => {
    expect(warnings(crossedHolds())).toEqual([
      'warning hold-and-wait-cycle $.steps[0].resource.keepUntil: step "hand-over" keeps pool "counter" while its customers queue for pool "office" at step "check", and other holds close the circle counter → office → counter: once every unit is kept by a customer who waits, they all wait for ever (deadlock)',
      'warning hold-and-wait-cycle $.steps[1].resource.keepUntil: step "check" keeps pool "office" while its customers queue for pool "counter" at step "sign", and other holds close the circle office → counter → office: once every unit is kept by a customer who waits, they all wait for ever (deadlock)',
    ]);
  });

  it('warns when two routes hold the same pools in opposite orders', () => {
    const found = warnings(oppositeOrders());
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('step "deposit" keeps pool "counter"');
    expect(found[0]).toContain('at step "post"');
    expect(found[1]).toContain('step "loan" keeps pool "office"');
    expect(found[1]).toContain('at step "sign-loan"');
  });

  it('names the steps and pools in its params', () => {
    const result = loadBlueprintValue(JSON.parse(JSON.stringify(crossedHolds())));
    const finding = result.findings.find((f) => f.code === 'hold-and-wait-cycle');
    expect(finding?.params).toEqual({
      step: 'hand-over',
      pool: 'counter',
      waitStep: 'check',
      waitPool: 'office',
      cycle: 'counter → office → counter',
    });
    expect(finding?.stepId).toBe('hand-over');
  });

  it('follows a circle through three pools', () => {
    const blueprint = oppositeOrders();
    blueprint.resources = [...clerks!, { id: 'vault', kind: 'space', label: 'Vault', capacity: 1 }];
    // Loans now keep the back office while they queue for the vault, which a third route
    // keeps while it queues for the counter.
    blueprint.steps[3]!.resource = { pool: 'vault' };
    blueprint.steps.push(
      step('open-vault', { duration: fixed(1), resource: { pool: 'vault', keepUntil: 'teller' } }),
      step('teller', {
        duration: fixed(1),
        resource: { pool: 'counter' },
        exit: { outcome: 'completed' },
      }),
    );
    blueprint.flows.push({ id: 'f3', from: 'open-vault', to: 'teller' });
    blueprint.classes!.push({
      id: 'vault-user',
      label: 'Vault user',
      arrivals: { type: 'appointments', entry: 'open-vault', slots: [{ at: '09:00' }] },
    });
    const found = warnings(blueprint);
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toContain('counter → office → vault → counter');
  });

  it('says nothing when the holds never close a circle', () => {
    const blueprint = oppositeOrders();
    // Loans keep the back office only for their own step: nobody holds it while waiting.
    delete blueprint.steps[2]!.resource!.keepUntil;
    expect(warnings(blueprint)).toEqual([]);
  });

  it('stops following a hold where it is released or handed to another pool', () => {
    const blueprint = crossedHolds();
    // The back office no longer keeps its clerk: the counter is released at the check.
    blueprint.steps[1]!.resource = { pool: 'office' };
    expect(warnings(blueprint)).toEqual([]);
    // The counter is kept only through its own step: nothing is held at the check.
    const released = crossedHolds();
    released.steps[0]!.resource = { pool: 'counter', keepUntil: 'hand-over' };
    expect(warnings(released)).toEqual([]);
  });

  it('ignores a step that uses the pool already held: it takes the held units', () => {
    const blueprint = crossedHolds();
    blueprint.steps[1]!.resource = { pool: 'counter', units: 1 };
    expect(warnings(blueprint)).toEqual([]);
  });
});
