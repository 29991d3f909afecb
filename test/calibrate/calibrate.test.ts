/**
 * Calibrating the counter-deposit example from its synthetic ticket log
 * (data/logs/counter-deposit-tickets.csv, generated from the parameters stated in
 * docs/calibration-logs.md, 7) recovers those parameters within the fits' intervals, and
 * the calibrated blueprint is valid, simulates and round-trips with its provenance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitShares, gammaQuantile } from '../../src/analysis/fit/index.ts';
import {
  type CalibrationFits,
  applyCalibration,
  createCalibrationCollector,
  fitCollected,
} from '../../src/calibrate/index.ts';
import { type LogSummary, readLog } from '../../src/calibrate/logs/index.ts';
import {
  type Blueprint,
  loadBlueprintText,
  loadBlueprintValue,
  serializeBlueprint,
} from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { chunked } from './logs/support.ts';

const root = new URL('../../', import.meta.url);
const ticketLog = readFileSync(new URL('data/logs/counter-deposit-tickets.csv', root));

function example(name: string): Blueprint {
  const loaded = loadBlueprintText(readFileSync(new URL(`blueprints/${name}.json`, root), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.blueprint;
}

async function calibrate(
  blueprint: Blueprint,
  bytes: Uint8Array,
  map: { steps?: Record<string, string>; classes?: Record<string, string>; pool?: string } = {},
): Promise<{ fits: CalibrationFits; summary: LogSummary; calibrated: Blueprint }> {
  const collector = createCalibrationCollector(blueprint, map);
  const result = await readLog(chunked(bytes), {}, collector.handlers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const fits = fitCollected(blueprint, collector.collected, result.mapping.kind, map);
  const calibrated = applyCalibration(blueprint, fits, {
    log: 'tickets.csv',
    summary: result.summary,
  });
  return { fits, summary: result.summary, calibrated };
}

const within = (value: number, e: { lower: number; upper: number }) =>
  e.lower <= value && value <= e.upper;

describe('calibrating counter-deposit from its synthetic ticket log', async () => {
  const deposit = example('counter-deposit');
  const original = JSON.parse(JSON.stringify(deposit)) as Blueprint;
  const { fits, summary, calibrated } = await calibrate(deposit, ticketLog, {
    steps: { 存款: 'c-hand-over' },
  });
  const byName = (name: string) => fits.names.find((n) => n.name === name)!;

  it('recovers each business type’s service time: family by AIC, mean and spread within their intervals', () => {
    const generated = [
      { name: '存款', family: 'lognormal', mean: 4.7, sd: 2.0 },
      { name: '取款', family: 'gamma', mean: 3.5, sd: 3.5 * 0.5 },
      { name: '转账汇款', family: 'lognormal', mean: 7.0, sd: 3.5 },
    ];
    for (const { name, family, mean, sd } of generated) {
      const service = byName(name).service;
      if (!service.ok) throw new Error(`${name} not fitted`);
      expect(service.best.family, name).toBe(family);
      expect(within(mean, service.best.mean), `${name} mean`).toBe(true);
      expect(within(sd, service.best.sd), `${name} sd`).toBe(true);
    }
  });

  it('recovers the arrival rate of each period of the generator’s profile within its exact interval', () => {
    const group = fits.arrivals!.group;
    const days = group.dates.length;
    expect(days).toBe(15);
    for (const { from, to, perHour } of [
      { from: 540, to: 690, perHour: 40 },
      { from: 690, to: 810, perHour: 56 },
      { from: 810, to: 1020, perHour: 44 },
    ]) {
      const count = group.bins
        .filter((b) => b.from >= from && b.to <= to)
        .reduce((sum, b) => sum + b.count, 0);
      const exposure = (days * (to - from)) / 60;
      const lower = gammaQuantile(count, 0.025) / exposure;
      const upper = gammaQuantile(count + 1, 0.975) / exposure;
      expect(within(perHour, { lower, upper }), `${from}–${to}`).toBe(true);
    }
    // Every 30-minute bin's own interval holds the generating rate too.
    const truth = (minute: number) => (minute < 690 ? 40 : minute < 810 ? 56 : 44);
    const misses = group.bins.filter((b) => b.count > 0 && !within(truth(b.from), b.perHour));
    expect(misses.length).toBeLessThanOrEqual(1);
  });

  it('recovers the business types’ shares (60, 25, 15 %) within Wilson’s intervals', () => {
    const counts = Object.fromEntries(fits.names.map((n) => [n.name, n.rows]));
    const shares = fitShares(counts);
    const expected: Record<string, number> = { 存款: 0.6, 取款: 0.25, 转账汇款: 0.15 };
    for (const share of shares.shares) expect(within(expected[share.key]!, share.share)).toBe(true);
  });

  it('recovers the patience (exponential, mean 30) within its interval, though 过号 tickets are known only by their call', () => {
    const retail = fits.patience.find((p) => p.class === 'retail')!;
    if (!retail.patience.ok || !retail.leftAtCall.ok) throw new Error('not fitted');
    expect(within(30, retail.patience.mean)).toBe(true);
    expect(retail.leftAtCall.mean.lower).toBeGreaterThan(30); // the call is after they left
    expect(calibrated.classes![0]!.patience).toEqual(retail.patience.distribution);
  });

  it('drops a patience shift the fitted patience already holds', async () => {
    const shifted = example('counter-deposit');
    shifted.classes![0]!.patienceShift = 2;
    const { calibrated: again } = await calibrate(shifted, ticketLog, {
      steps: { 存款: 'c-hand-over' },
    });
    expect(again.classes![0]!.patience?.type).toBe('exponential');
    expect(again.classes![0]!.patienceShift).toBeUndefined();
  });

  it('finds four windows with one closed over lunch, written as the tellers’ schedule', () => {
    const windows = fits.windows!;
    expect(windows.pool).toBe('tellers');
    expect(windows.count).toBe(4);
    const at = (minute: number) => windows.group.bins.find((b) => b.from === minute)!.open.median;
    // Window 4 closes 11:30–13:30: the service it started before 11:30 runs on into the
    // 11:30 bin, which does not make it open then.
    expect([at(600), at(660), at(690), at(750), at(780), at(810), at(900)]).toEqual([
      4, 4, 3, 3, 3, 4, 4,
    ]);
    const tellers = calibrated.resources!.find((p) => p.id === 'tellers')!;
    expect(tellers.capacity).toBe(4);
    expect(tellers.schedule?.filter((s) => s.capacity === 3)).toEqual([
      { from: '11:30', to: '13:30', capacity: 3 },
    ]);
  });

  it('writes the fits into a copy of the blueprint, leaving the input as it was', () => {
    expect(deposit).toEqual(original);
    // The log's service covers the held span c-hand-over … f-print-stamp: every step of it
    // is scaled by one factor (heldSpanBacktest.test.ts back-tests the result).
    const factor = fits.steps.find((s) => s.step === 'c-hand-over')!.span!.scale;
    const step = calibrated.steps.find((s) => s.id === 'c-hand-over')!;
    expect(step.duration).toEqual({
      type: 'triangular',
      min: Number((0.2 * factor).toPrecision(4)),
      mode: Number((0.4 * factor).toPrecision(4)),
      max: Number((1 * factor).toPrecision(4)),
    });
    expect(calibrated.arrivals?.type).toBe('profile');
    if (calibrated.arrivals?.type !== 'profile') return;
    expect(calibrated.arrivals.entry).toBe('c-take-number');
    expect(calibrated.arrivals.periods).toHaveLength(16);
    expect(calibrated.arrivals.periods[0]).toMatchObject({ from: '09:00', to: '09:30' });
    expect(calibrated.classes![0]!.patience?.type).toBe('exponential');
  });

  it('records its provenance: the log, its days, rows used and skipped, each value’s fit quality', () => {
    const provenance = calibrated.calibration!;
    expect(provenance).toMatchObject({
      log: 'tickets.csv',
      kind: 'queue',
      firstDay: '2026-03-02',
      lastDay: '2026-03-20',
      days: 15,
      rows: summary.rows,
      used: summary.used,
      skipped: {},
      confidence: 0.95,
    });
    const service = provenance.values.find((v) => v.target === 'steps.c-hand-over.duration')!;
    expect(service).toMatchObject({
      quantity: 'service',
      from: ['存款'],
      distribution: 'lognormal',
    });
    expect(service.runnerUp).toBeDefined();
    expect(service.ksDistance).toBeGreaterThan(0);
    expect(within(4.7, service.mean!)).toBe(true);
    expect(provenance.values.map((v) => v.target)).toEqual(
      expect.arrayContaining(['arrivals', 'classes.retail.patience', 'resources.tellers.schedule']),
    );
  });

  it('is valid, round-trips with its provenance, and simulates', () => {
    const checked = loadBlueprintValue(calibrated);
    expect(checked.ok && checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const again = loadBlueprintText(serializeBlueprint(calibrated));
    expect(again.ok && again.blueprint).toEqual(calibrated);
    const results = simulate(calibrated, { replications: 2 });
    expect(results.run.replications).toBe(2);
  });

  it('says which business types match no step, and that the step’s held span is covered', () => {
    const codes = fits.notes.map((n) => `${n.code} ${n.params.name ?? n.params.step ?? ''}`);
    expect(codes).toEqual(
      expect.arrayContaining(['no-step 取款', 'no-step 转账汇款', 'held-span c-hand-over']),
    );
  });
});

describe('matching names to steps and classes', () => {
  it('matches a business type to a step by its label in any language, and refuses a map’s unknown step', async () => {
    const deposit = example('counter-deposit');
    const log = new TextEncoder().encode(
      '票号,业务类型,取号时间,叫号时间,开始办理时间,办结时间,窗口号,状态\n' +
        'A1,清点现金,2026-03-02 09:00,2026-03-02 09:01,2026-03-02 09:01,2026-03-02 09:05,1,已办结\n' +
        'A2,清点现金,2026-03-02 09:02,2026-03-02 09:03,2026-03-02 09:03,2026-03-02 09:06,1,已办结\n' +
        'A3,存款,2026-03-02 09:04,2026-03-02 09:05,2026-03-02 09:05,2026-03-02 09:07,2,已办结\n',
    );
    const { fits } = await calibrate(deposit, log, { steps: { 存款: 'no-such-step' } });
    expect(fits.names.find((n) => n.name === '清点现金')?.step).toBe('f-count');
    expect(fits.notes).toContainEqual({
      code: 'unknown-step',
      params: { name: '存款', step: 'no-such-step' },
    });
  });
});
