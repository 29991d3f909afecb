/**
 * Who the cost was for, in the results dock and in a comparison of scenarios: the VIP
 * branch with and without its VIP window serving the tellers' queue when idle.
 */
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../src/app/results/comparison.ts';
import { costTable } from '../../../src/app/results/costTable.ts';
import { simulate } from '../../../src/sim/index.ts';
import { vipBranch } from '../../support/vipBranch.ts';
import { textbookDeposit } from '../../support/textbookDeposit.ts';
import { scenario } from './support.tsx';

describe('the cost table', () => {
  const blueprint = vipBranch({ missedCall: true });
  const results = simulate(blueprint);
  const table = costTable(results, blueprint)!;

  it('has a column per class, then all customers, whose costs add up', () => {
    expect(table.columns.map((c) => c.classId)).toEqual(['retail', 'vip', null]);
    const total = table.rows.find((r) => r.id === 'total')!;
    expect(total.unit).toBe('money');
    expect(total.cells[0]!.mean + total.cells[1]!.mean).toBeCloseTo(total.cells[2]!.mean, 6);
    expect(total.cells[2]).toEqual(results.system.cost!.total);
    expect(table.rows.find((r) => r.id === 'perServed')!.unit).toBe('moneyEach');
  });

  it('shows a part only where some column has it: no background work here', () => {
    const ids = table.rows.map((r) => r.id);
    expect(ids).toContain('outcome:completed');
    expect(ids).not.toContain('background');
    // Missed tickets lose customers, who used a teller's call time: they cost something.
    expect(ids).toContain('abandonedPerVisit');
  });

  it('is absent without prices, and one class is only all customers', () => {
    const unpriced = vipBranch();
    for (const pool of unpriced.resources!) delete pool.costPerHour;
    expect(costTable(simulate(unpriced), unpriced)).toBeNull();
    const single = textbookDeposit();
    single.resources![0]!.costPerHour = 45;
    expect(costTable(simulate(single), single)!.columns.map((c) => c.classId)).toEqual([null]);
  });
});

describe('comparing scenarios: each class’s cost', () => {
  const left = scenario('own', 'own queues', vipBranch(), 8);
  const right = scenario('helps', 'VIP window helps', vipBranch({ alsoServes: true }), 8);
  const rows = compareScenarios(left, right);

  it('has each class’s cost and cost per transaction, paired, adding up to the total', () => {
    for (const classId of ['retail', 'vip']) {
      for (const metric of ['classCost', 'costPerServed']) {
        const row = rows.find((r) => r.key === `class:${classId}:${metric}`)!;
        expect(row.unit).toBe(metric === 'classCost' ? 'money' : 'moneyEach');
        expect(row.difference!.method).toBe('paired');
        expect(['better', 'worse', 'unclear', 'same']).toContain(row.change);
      }
    }
    const classCost = rows.filter((r) => r.metric === 'classCost');
    const total = rows.find((r) => r.key === 'totalCost')!;
    expect(classCost.reduce((sum, r) => sum + r.left!, 0)).toBeCloseTo(total.left!, 6);
    expect(classCost.reduce((sum, r) => sum + r.right!, 0)).toBeCloseTo(total.right!, 6);
  });

  it('moves the VIP window’s idle cost onto the retail customers it now serves', () => {
    // The same pools all day: the total is the same, but retail visits now use the VIP
    // window's dearer units, and the VIP class keeps less of its idle cost.
    const retail = rows.find((r) => r.key === 'class:retail:classCost')!;
    const vip = rows.find((r) => r.key === 'class:vip:classCost')!;
    expect(retail.change).toBe('worse');
    expect(vip.change).toBe('better');
  });
});
