/**
 * The report's classes: each class's p90 wait, its share within target with the interval
 * and, where the class promises a share, ✓ or ✗ against it (met when the mean reaches it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report.ts';
import { loadBlueprintText } from '../../src/model/index.ts';
import { simulate, targetMet } from '../../src/sim/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const loaded = loadBlueprintText(
  readFileSync(join(root, 'blueprints', 'counter-deposit-vip.json'), 'utf8'),
);
if (!loaded.ok) throw new Error('the VIP example does not load');
const blueprint = loaded.blueprint;
const results = simulate(blueprint, { replications: 4 });

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

describe('targetMet', () => {
  it('is met when the mean share reaches the promise, and undecided without one', () => {
    const share = { mean: 0.8, ci95: [0.7, 0.9] as [number, number] };
    expect(targetMet(share, 0.8)).toBe(true);
    expect(targetMet(share, 0.81)).toBe(false);
    expect(targetMet(share, undefined)).toBeNull();
    expect(targetMet(null, 0.8)).toBeNull();
    expect(targetMet({ ...share, mean: Number.NaN }, 0.8)).toBeNull();
  });
});

describe('the classes in the report', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`gives each class's wait p90 and whether its target is met (${language})`, () => {
      const report = formatReport(blueprint, results, language);
      const lines = report.split('\n');
      for (const customerClass of blueprint.classes!) {
        const result = results.classes[customerClass.id]!;
        // The classes table comes last, after the cost table that also has a row a class.
        const row = lines.findLast((line) => line.startsWith(`  ${customerClass.id} `))!;
        expect(row).toContain(`  ${result.wait.p90.toFixed(2)}  `);
        const promised = customerClass.serviceTarget!.share!;
        const mark = result.withinTarget!.mean >= promised ? '✓' : '✗';
        const target = language === 'en' ? 'target' : '目标';
        expect(row).toContain(`${pct(result.withinTarget!.mean)} (`);
        expect(row.endsWith(`${mark} ${target} ${pct(promised)}`)).toBe(true);
      }
    });
  }
});
