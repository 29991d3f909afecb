/**
 * A month's run in the app, with the engine called directly in place of the workers: each
 * day type runs in turn with the seed + k, progress counts over all of them, the month is
 * the core's (src/analysis/month.ts) of exactly those days, Cancel stops the days still to
 * come, and the run store keeps the month and shows one day type's results at a time; a
 * what-if runs the month again with the change, compared with it paired day type by day type.
 */
import { describe, expect, it } from 'vitest';
import { type MonthDay, month, pairedMonths } from '../../../src/analysis/month.ts';
import { compareScenarios } from '../../../src/app/results/comparison.ts';
import { applyWhatIf } from '../../../src/app/whatif/applyWhatIf.ts';
import { type DayStarter, startMonthRun } from '../../../src/app/simulation/monthRun.ts';
import type { RunOutcome, RunProgress } from '../../../src/app/simulation/runClient.ts';
import { createRunStore } from '../../../src/app/simulation/runStore.ts';
import { applyDayType, onDayType } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { loadExample } from '../results/support.tsx';

const deposit = () => loadExample('counter-deposit.json');

/** As the worker does: the day applied, and named in the results. */
const engineNow: DayStarter = (blueprint, options, onProgress) => {
  const total = options.replications ?? 3;
  const results = simulate(onDayType(blueprint, options.dayType), {
    ...options,
    replications: total,
    onProgress: (done) => onProgress({ done, total, clock: null, workers: 1 }),
  });
  if (options.dayType !== undefined) results.run.dayType = options.dayType;
  return {
    outcome: Promise.resolve({ kind: 'done', results, milliseconds: 2 }),
    cancel: () => undefined,
  };
};

describe('a month run in the app', () => {
  it('runs every day type with seed + k and makes the core month of them', async () => {
    const blueprint = deposit();
    const progress: RunProgress[] = [];
    const asked: { dayType?: string; seed?: number; replications?: number }[] = [];
    const handle = startMonthRun(
      blueprint,
      { replications: 3, seed: 7, month: true },
      (p) => progress.push(p),
      (day, options, onProgress) => {
        asked.push(options);
        return engineNow(day, options, onProgress);
      },
    );
    const outcome = await handle.outcome;
    expect(asked).toEqual([
      { replications: 3, seed: 7, dayType: 'ordinary' },
      { replications: 3, seed: 8, dayType: 'month-end' },
      { replications: 3, seed: 9, dayType: 'pension' },
    ]);
    // Progress runs over the three day types: 9 replications in all, the last reaching 9.
    expect(progress.at(-1)).toMatchObject({ done: 9, total: 9 });
    expect(progress.at(-1)?.day).toEqual({ index: 2, count: 3, dayType: 'pension' });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    expect(outcome.milliseconds).toBe(6);
    // The same month the command line makes of the same days.
    const days: (MonthDay & { seed: number })[] = ['ordinary', 'month-end', 'pension'].map(
      (dayType, k) => {
        const results = simulate(applyDayType(blueprint, dayType), {
          replications: 3,
          seed: 7 + k,
        });
        results.run.dayType = dayType;
        const daysPerMonth = blueprint.dayTypes!.find((d) => d.id === dayType)!.daysPerMonth!;
        return { dayType, daysPerMonth, seed: 7 + k, results };
      },
    );
    expect(outcome.month).toEqual(month(blueprint.id, { replications: 3, seed: 7 }, days));
    expect(outcome.month?.month.days).toBe(22);
    expect(outcome.results.run.dayType).toBe('ordinary');
  });

  it('stops at Cancel: the day under way is cancelled and no later day starts', async () => {
    const started: string[] = [];
    let finishFirst: (outcome: RunOutcome) => void = () => undefined;
    let cancelledDay = '';
    const handle = startMonthRun(
      deposit(),
      { replications: 2, month: true },
      () => undefined,
      (_, options) => {
        started.push(options.dayType!);
        return {
          outcome: new Promise<RunOutcome>((resolve) => (finishFirst = resolve)),
          cancel: () => {
            cancelledDay = options.dayType!;
            finishFirst({ kind: 'cancelled' });
          },
        };
      },
    );
    handle.cancel();
    expect(await handle.outcome).toEqual({ kind: 'cancelled' });
    expect(started).toEqual(['ordinary']);
    expect(cancelledDay).toBe('ordinary');
  });

  it('is kept by the run store, which shows one day type at a time; a what-if runs the month', async () => {
    const asked: (boolean | undefined)[] = [];
    const store = createRunStore((blueprint, options, onProgress) => {
      asked.push(options.month);
      return options.month
        ? startMonthRun(blueprint, options, onProgress, engineNow)
        : engineNow(blueprint, options, onProgress);
    });
    store.getState().setOptions({ replications: 2, month: true });
    const blueprint = deposit();
    await store.getState().run(blueprint);
    const latest = store.getState().latest!;
    expect(latest.month?.dayTypes.map((day) => day.id)).toEqual([
      'ordinary',
      'month-end',
      'pension',
    ]);
    expect(latest.results.run.dayType).toBe('ordinary');
    store.getState().showMonthDay('pension');
    expect(store.getState().latest?.results).toBe(latest.month!.dayTypes[2]!.results);
    store.getState().showMonthDay('no-such-day');
    expect(store.getState().latest?.results.run.dayType).toBe('pension');
    const variant = applyWhatIf(blueprint, { units: { tellers: 5 } });
    await store.getState().run(variant, 'Tellers +1');
    expect(asked).toEqual([true, true]);
    const whatIf = store.getState().latest!;
    expect(store.getState().whatIfBase?.month).toBe(latest.month);
    // The same seeds and replications day type by day type: the two months pair.
    expect(whatIf.month!.dayTypes.map((day) => [day.id, day.seed])).toEqual(
      latest.month!.dayTypes.map((day) => [day.id, day.seed]),
    );
    expect(pairedMonths(latest.month!, whatIf.month!)).toBe(true);
    // One more teller on every day: four → five on an ordinary day, six → seven on pension day.
    const capacity = (record: typeof latest, day: number) =>
      record.month!.dayTypes[day]!.results.resources.tellers!.capacity.mean;
    expect(capacity(whatIf, 0) - capacity(latest, 0)).toBeCloseTo(1, 6);
    expect(capacity(whatIf, 2) - capacity(latest, 2)).toBeCloseTo(1, 6);
  });

  it('compares a what-if of a month with the month, paired, then day type by day type', async () => {
    const store = createRunStore((blueprint, options, onProgress) =>
      startMonthRun(blueprint, options, onProgress, engineNow),
    );
    store.getState().setOptions({ replications: 3, month: true });
    const blueprint = deposit();
    const base = (await store.getState().run(blueprint))!;
    const whatIf = (await store
      .getState()
      .run(applyWhatIf(blueprint, { units: { tellers: 5 } }), 'Tellers +1'))!;
    const asScenario = (record: typeof base) => ({
      id: String(record.serial),
      name: record.variant,
      createdAt: record.finishedAt,
      blueprint: record.blueprint,
      results: record.results,
      month: record.month!,
    });
    const rows = compareScenarios(asScenario(base), asScenario(whatIf));
    const month = rows.filter((row) => row.dayType === undefined);
    expect(month.map((row) => row.metric)).toEqual(month.map(() => 'month'));
    for (const row of month.filter((r) => r.difference))
      expect(row.difference!.method).toBe('paired');
    // The same customers come on the same days: no difference at all in arrivals.
    const arrived = month.find((row) => row.subjectId === 'arrived')!;
    expect(arrived.difference!.ci95).toEqual([0, 0]);
    expect(arrived.change).toBe('same');
    // A fifth teller shortens the month's wait beyond the noise.
    expect(month.find((row) => row.subjectId === 'waitMean')!.change).toBe('better');
    // Then each day type, its day's figures paired replication by replication.
    const days = [...new Set(rows.flatMap((row) => (row.dayType ? [row.dayType] : [])))];
    expect(days).toEqual(['ordinary', 'month-end', 'pension']);
    const pensionWait = rows.find((row) => row.key === 'day:pension:waitMean')!;
    expect(pensionWait.difference!.method).toBe('paired');
    expect(pensionWait.right!).toBeLessThan(pensionWait.left!);
    expect(rows.some((row) => row.key === 'day:ordinary:pool:tellers')).toBe(true);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
