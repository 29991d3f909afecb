/**
 * A class's own service time from a ticket log whose business types the map gives to
 * classes: the synthetic counter-deposit log times 存款 (lognormal, mean 4.7) and 转账汇款
 * (lognormal, mean 7) for retail customers and 取款 (gamma, mean 3.5) for a second class,
 * all at one step. Each class's fit recovers its generator's mean; the step's own fit is
 * all three together; a step inside a held span is not split by class, and says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CalibrationFits,
  applyCalibration,
  createCalibrationCollector,
  fitCollected,
} from '../../src/calibrate/index.ts';
import { fitItems, keptFits } from '../../src/app/calibrate/selection.ts';
import { readLog } from '../../src/calibrate/logs/index.ts';
import { type Blueprint, loadBlueprintText, loadBlueprintValue } from '../../src/model/index.ts';
import { textbookDeposit } from '../support/textbookDeposit.ts';
import { chunked } from './logs/support.ts';

const root = new URL('../../', import.meta.url);
const ticketLog = readFileSync(new URL('data/logs/counter-deposit-tickets.csv', root));

/** Business types → classes: withdrawals are the second class's. */
const CLASSES = { 存款: 'retail', 转账汇款: 'retail', 取款: 'quick' };

function withTwoClasses(blueprint: Blueprint): Blueprint {
  return {
    ...blueprint,
    classes: [
      { id: 'retail', label: 'Retail', share: 0.75 },
      { id: 'quick', label: 'Withdrawal', share: 0.25 },
    ],
  };
}

async function calibrate(blueprint: Blueprint, step: string) {
  const map = {
    steps: { 存款: step, 转账汇款: step, 取款: step },
    classes: CLASSES,
  };
  const collector = createCalibrationCollector(blueprint, map);
  const read = await readLog(chunked(ticketLog), {}, collector.handlers);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const fits: CalibrationFits = fitCollected(blueprint, collector.collected, 'queue', map);
  const calibrated = applyCalibration(blueprint, fits, {
    log: 'tickets.csv',
    summary: read.summary,
  });
  return { fits, calibrated, read };
}

describe('a class’s own service time from a log that carries the class', async () => {
  const blueprint = withTwoClasses(textbookDeposit());
  const { fits, calibrated, read } = await calibrate(blueprint, 'hand-over');
  const ofClass = (id: string) => fits.classSteps.find((f) => f.class === id)!;

  it('fits each class from its own business types, the mean within its interval', () => {
    expect(fits.classSteps.map((f) => [f.step, f.class, f.from])).toEqual([
      ['hand-over', 'quick', ['取款']],
      ['hand-over', 'retail', ['存款', '转账汇款']],
    ]);
    const quick = ofClass('quick').service;
    if (!quick.ok) throw new Error('quick not fitted');
    expect(quick.best.family).toBe('gamma');
    expect(quick.best.mean.lower).toBeLessThanOrEqual(3.5);
    expect(quick.best.mean.upper).toBeGreaterThanOrEqual(3.5);
    // Retail is a mixture of the two lognormals by their shares (60 : 15).
    const retail = ofClass('retail').service;
    if (!retail.ok) throw new Error('retail not fitted');
    const mixed = (0.6 * 4.7 + 0.15 * 7) / 0.75;
    expect(retail.best.mean.lower).toBeLessThanOrEqual(mixed);
    expect(retail.best.mean.upper).toBeGreaterThanOrEqual(mixed);
    // The step's own fit pools all three: between the two classes.
    const step = fits.steps.find((f) => f.step === 'hand-over')!.service;
    if (!step.ok) throw new Error('step not fitted');
    expect(step.best.mean.value).toBeGreaterThan(quick.best.mean.value);
    expect(step.best.mean.value).toBeLessThan(retail.best.mean.value);
  });

  it('writes each class’s duration and its provenance; the file is valid', () => {
    const handOver = calibrated.steps.find((s) => s.id === 'hand-over')!;
    const quick = ofClass('quick').service;
    const retail = ofClass('retail').service;
    if (!quick.ok || !retail.ok) throw new Error('not fitted');
    expect(handOver.classDuration).toEqual({
      quick: quick.best.distribution,
      retail: retail.best.distribution,
    });
    const targets = calibrated.calibration!.values.map((v) => v.target);
    expect(targets).toContain('steps.hand-over.duration');
    expect(targets).toContain('steps.hand-over.classDuration.quick');
    expect(targets).toContain('steps.hand-over.classDuration.retail');
    const loaded = loadBlueprintValue(calibrated);
    expect(loaded.ok && loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('offers each class’s fit as an item of its own in the app, which can be left out', () => {
    const items = fitItems(blueprint, fits).filter((item) => item.kind === 'classService');
    expect(items.map((item) => [item.key, item.writable])).toEqual([
      ['class-service:hand-over:quick', true],
      ['class-service:hand-over:retail', true],
    ]);
    const kept = keptFits(fits, new Set(['class-service:hand-over:quick']));
    const written = applyCalibration(blueprint, kept, {
      log: 'tickets.csv',
      summary: read.summary,
    });
    expect(Object.keys(written.steps.find((s) => s.id === 'hand-over')!.classDuration!)).toEqual([
      'retail',
    ]);
  });

  it('leaves the input blueprint as it was', () => {
    expect(blueprint.steps.find((s) => s.id === 'hand-over')!.classDuration).toBeUndefined();
  });
});

describe('a step inside a held span', () => {
  it('is not split by class: one factor scales the span for all, and a note says so', async () => {
    const loaded = loadBlueprintText(
      readFileSync(new URL('blueprints/counter-deposit.json', root), 'utf8'),
    );
    if (!loaded.ok) throw new Error('the deposit does not load');
    const deposit = withTwoClasses(loaded.blueprint);
    const holder = deposit.steps.find((s) => s.resource?.keepUntil !== undefined)!.id;
    const { fits, calibrated } = await calibrate(deposit, holder);
    expect(fits.classSteps).toEqual([]);
    expect(fits.notes).toContainEqual({
      code: 'class-service-in-span',
      params: { step: holder, classes: 2 },
    });
    expect(calibrated.steps.every((s) => s.classDuration === undefined)).toBe(true);
  });
});
