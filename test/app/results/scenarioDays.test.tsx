/**
 * Saved runs of different days: the comparison never pairs replications of different
 * days (other arrivals, other staffing) and says so; two months compare month figure by
 * month figure (paired when they share day types, seeds and replications, as a what-if of a
 * month does) and then day type by day type; a month and a day are not compared figure by
 * figure. Both languages.
 */
import { describe, expect, it } from 'vitest';
import { type MonthDay, month } from '../../../src/analysis/month.ts';
import { compareScenarios } from '../../../src/app/results/comparison.ts';
import { ScenarioComparison } from '../../../src/app/results/ScenarioComparison.tsx';
import type { Scenario } from '../../../src/app/results/scenario.ts';
import { scenariosFrom } from '../../../src/app/simulation/scenarioStorage.ts';
import { applyWhatIf } from '../../../src/app/whatif/applyWhatIf.ts';
import { applyDayType } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { loadExample, renderHtml, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit.json');

function dayRun(dayType: string, seed = 3, drawn = blueprint) {
  const results = simulate(applyDayType(drawn, dayType), { replications: 4, seed });
  results.run.dayType = dayType;
  return results;
}

function dayScenario(id: string, dayType: string, seed = 3): Scenario {
  return {
    id,
    name: id,
    createdAt: '2026-12-04T22:00:00Z',
    blueprint,
    results: dayRun(dayType, seed),
  };
}

function monthScenario(id: string, seed: number, drawn = blueprint): Scenario {
  const days: (MonthDay & { seed: number })[] = drawn.dayTypes!.map((day, k) => ({
    dayType: day.id,
    daysPerMonth: day.daysPerMonth ?? 1,
    seed: seed + k,
    results: dayRun(day.id, seed + k, drawn),
  }));
  const made = month(blueprint.id, { replications: 4, seed }, days);
  return {
    ...dayScenario(id, 'ordinary', seed),
    blueprint: drawn,
    results: days[0]!.results,
    month: made,
  };
}

const ordinary = dayScenario('ordinary', 'ordinary');
const pension = dayScenario('pension', 'pension');

describe('comparing runs of different days', () => {
  it('does not pair replications of different days, even with the same seed', () => {
    const rows = compareScenarios(ordinary, pension).filter((row) => row.difference);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((row) => row.difference!.method === 'welch')).toBe(true);
    const same = compareScenarios(ordinary, dayScenario('again', 'ordinary'));
    expect(same.some((row) => row.difference?.method === 'paired')).toBe(true);
  });

  it('says the days differ, in both languages', () => {
    const html = renderHtml(<ScenarioComparison left={ordinary} right={pension} />);
    expect(textOf(html)).toContain(
      'These runs are of different days (Ordinary day; Pension day): compared as independent runs',
    );
    const zh = textOf(renderHtml(<ScenarioComparison left={ordinary} right={pension} />, 'zh-CN'));
    expect(zh).toContain('两次运行的营业日不同（平日；养老金发放日）');
    const same = renderHtml(<ScenarioComparison left={ordinary} right={ordinary} />);
    expect(same).not.toContain('comparison-days');
  });

  it('compares two months by their month figures, and a month with a day not at all', () => {
    const a = monthScenario('a', 3);
    const b = monthScenario('b', 40);
    const rows = compareScenarios(a, b);
    expect(rows.map((row) => row.key)).toContain('month:arrived');
    const wait = rows.find((row) => row.key === 'month:waitMean')!;
    expect(wait.left).toBe(a.month!.month.wait.mean);
    expect(wait.difference?.difference).toBeCloseTo(
      b.month!.month.wait.mean - a.month!.month.wait.mean,
      9,
    );
    const text = textOf(renderHtml(<ScenarioComparison left={a} right={b} />));
    expect(text).toContain('Two months: each figure a month');
    expect(text).toContain('a month (22 days)');
    expect(compareScenarios(a, ordinary)).toEqual([]);
    expect(textOf(renderHtml(<ScenarioComparison left={a} right={ordinary} />, 'zh-CN'))).toContain(
      '一个是整月，另一个是单个营业日（整月（22 天）；平日）',
    );
  });

  it('pairs a what-if of a month with the month, and shows each day type under its heading', () => {
    const a = monthScenario('a', 3);
    const b = monthScenario('b', 3, applyWhatIf(blueprint, { units: { tellers: 5 } }));
    const html = renderHtml(<ScenarioComparison left={a} right={b} />);
    const text = textOf(html);
    expect(text).toContain('Two months of the same day types, seed and replications');
    expect(text).toContain('same seed, paired day type by day type over 4 replications each');
    expect(text).toContain('Pension day, per day (1 day a month)');
    expect(text).toContain('Ordinary day, per day (18 days a month)');
    expect(html).toContain('data-row="day:pension:waitMean"');
    const zh = textOf(renderHtml(<ScenarioComparison left={a} right={b} />, 'zh-CN'));
    expect(zh).toContain('养老金发放日，每天（每月 1 天）');
    expect(zh).toContain('差异按营业日类型逐一、按重复运行配对评估');
  });

  it('keeps a saved month across reloads', () => {
    const a = monthScenario('a', 3);
    const [back] = scenariosFrom(JSON.parse(JSON.stringify([a])));
    expect(back?.month?.month.days).toBe(22);
    const [broken] = scenariosFrom(JSON.parse(JSON.stringify([{ ...a, month: { format: 'x' } }])));
    expect(broken?.month).toBeUndefined();
    expect(broken?.results.run.dayType).toBe('ordinary');
  });
});
