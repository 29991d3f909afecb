/**
 * The report's money in the blueprint's currency (`currency`): every cost as the report's
 * language writes that currency, the same decimals as without one (whole units a day,
 * cents a visit); without a currency the plain figures. The currency is the results' own
 * (`currency`, the blueprint's that ran), so saved results keep theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report.ts';
import { moneyIn } from '../../src/cli/reportTable.ts';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';

const root = new URL('../../', import.meta.url).pathname;

function deposit(currency: string | undefined): Blueprint {
  const text = readFileSync(join(root, 'blueprints', 'counter-deposit.json'), 'utf8');
  const loaded = loadBlueprintText(text);
  if (!loaded.ok) throw new Error('the deposit example does not load');
  const blueprint = loaded.blueprint;
  if (currency === undefined) delete blueprint.currency;
  else blueprint.currency = currency;
  return blueprint;
}

/** The line of a report that starts with `label` (after the table's indent). */
function line(report: string, label: string): string {
  const found = report.split('\n').find((text) => text.trimStart().startsWith(label));
  if (found === undefined) throw new Error(`no line "${label}"`);
  return found;
}

describe('money in the report', () => {
  it('writes the currency as the language does, with the decimals of the plain figures', () => {
    expect(moneyIn('en', 'CNY')(1612.37, 0)).toBe('CN¥1,612');
    expect(moneyIn('zh-CN', 'CNY')(4.7717, 2)).toBe('¥4.77');
    expect(moneyIn('en', 'EUR')(4.7717, 2)).toBe('€4.77');
    expect(moneyIn('en', undefined)(1612.37, 0)).toBe('1612');
    expect(moneyIn('en', 'CNY')(Number.NaN, 2)).toBe('—');
  });

  const results = simulate(deposit('CNY'), { replications: 3 });
  const cost = results.system.cost!;

  it('gives the day’s cost, the cost per transaction, the pools’ and the classes’ cost in it', () => {
    const english = formatReport(deposit('CNY'), results, 'en');
    const whole = moneyIn('en', 'CNY');
    expect(line(english, 'cost of all pools')).toContain(whole(cost.total.mean, 0));
    expect(line(english, 'cost per transaction')).toContain(whole(cost.perServed.mean, 2));
    expect(line(english, 'tellers')).toContain(whole(results.resources.tellers!.cost.mean, 0));
    expect(line(english, 'all  ')).toContain(whole(cost.perServed.mean, 2));
    const chinese = formatReport(deposit('CNY'), results, 'zh-CN');
    expect(chinese).toContain(moneyIn('zh-CN', 'CNY')(cost.perServed.mean, 2));
    expect(chinese).not.toContain('CN¥');
  });

  it('keeps the plain figures without a currency', () => {
    const blueprint = deposit(undefined);
    const unnamed = simulate(blueprint, { replications: 3 });
    const plain = formatReport(blueprint, unnamed, 'en');
    expect(plain).not.toContain('¥');
    const perServed = unnamed.system.cost!.perServed.mean;
    expect(line(plain, 'cost per transaction')).toContain(perServed.toFixed(2));
  });

  it('takes the currency from the results: the one the run’s costs are in', () => {
    expect(results.currency).toBe('CNY');
    expect(simulate(deposit('EUR'), { replications: 1 }).currency).toBe('EUR');
    expect('currency' in simulate(deposit(undefined), { replications: 1 })).toBe(false);
    // The blueprint given to the report names none; the results still say CNY.
    const english = formatReport(deposit(undefined), results, 'en');
    expect(line(english, 'cost per transaction')).toContain(
      moneyIn('en', 'CNY')(cost.perServed.mean, 2),
    );
  });
});
