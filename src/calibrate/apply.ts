/**
 * A calibration applied: the blueprint with the fitted values written in, as a new value
 * (the input is not changed; the app applies the same result as one undoable change),
 * and the provenance of each value in its `calibration` field (docs/blueprint-format.md,
 * 3.11). Only what was fitted and matched is written; everything else stays as it was.
 */
import { distributionMoments } from '../analysis/index.ts';
import {
  gammaQuantile,
  roundedShares,
  toCapacitySchedule,
  toRateProfile,
} from '../analysis/fit/index.ts';
import type { DurationCandidate, DurationFit } from '../analysis/fit/index.ts';
import {
  type Blueprint,
  type CalibratedValue,
  type Calibration,
  type Distribution,
  type Step,
  minutesOfDay,
} from '../model/index.ts';
import type { CalibrationFits } from './fitTypes.ts';
import { scaleDistribution } from './heldSpan.ts';
import type { LogSummary } from './logs/index.ts';

export interface CalibrationSource {
  /** The log's file name, without its folder (a path would reveal the user's disk). */
  readonly log: string;
  readonly summary: LogSummary;
}

function serviceValue(
  target: string,
  from: readonly string[],
  fit: Extract<DurationFit, { ok: true }>,
): CalibratedValue {
  const best: DurationCandidate = fit.best;
  const runnerUp = fit.candidates[1];
  return {
    target,
    quantity: 'service',
    from: [...from],
    observations: fit.count,
    distribution: best.family,
    ...(runnerUp === undefined
      ? {}
      : { runnerUp: runnerUp.family, deltaAic: round(runnerUp.deltaAicc) }),
    ksDistance: round(best.ks.statistic),
    ksP: round(best.ks.pValue),
    mean: roundedEstimate(best.mean),
  };
}

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
}

function roundedEstimate(e: { value: number; lower: number; upper: number }) {
  return { value: round(e.value), lower: round(e.lower), upper: round(e.upper) };
}

/**
 * A log times a step for all its customers together, so a class's own duration
 * (`classDuration`) is not fitted: it follows the step's by the same factor, and the
 * classes keep their proportions (a VIP's service stays half again as long).
 */
function scaleClassDurations(step: Step, factor: number): void {
  const byClass = step.classDuration;
  if (byClass === undefined || !Number.isFinite(factor) || factor <= 0) return;
  for (const id of Object.keys(byClass)) byClass[id] = scaleDistribution(byClass[id]!, factor);
}

/** After a step's duration was fitted: its per-class durations follow by the ratio of the means. */
function followStepDuration(step: Step, before: Distribution): void {
  const old = distributionMoments(before).mean;
  if (step.duration !== undefined && old > 0)
    scaleClassDurations(step, distributionMoments(step.duration).mean / old);
}

/** The blueprint with the fits written in, and its provenance. */
export function applyCalibration(
  blueprint: Blueprint,
  fits: CalibrationFits,
  source: CalibrationSource,
): Blueprint {
  // A blueprint is plain JSON data: a deep copy through JSON is exact.
  const next = JSON.parse(JSON.stringify(blueprint)) as Blueprint;
  const values: CalibratedValue[] = [];

  const entry =
    next.arrivals !== undefined && next.arrivals.type !== 'appointments'
      ? next.arrivals.entry
      : undefined;
  const profile =
    fits.arrivals !== undefined && entry !== undefined
      ? toRateProfile(fits.arrivals.group, entry)
      : undefined;
  if (fits.arrivals !== undefined && profile !== undefined) {
    next.arrivals = profile;
    values.push(arrivalsValue(fits.arrivals, profile.periods, fits.confidence));
  }

  const factor = fits.dayFactor;
  const dayType = next.dayTypes?.find((d) => d.id === factor?.dayType);
  if (factor !== undefined && dayType !== undefined && factorWritable(factor.factor.value)) {
    dayType.arrivalFactor = round(factor.factor.value);
    values.push({
      target: `dayTypes.${dayType.id}.arrivalFactor`,
      quantity: 'arrivals',
      observations: factor.arrivals + factor.otherArrivals,
      mean: roundedEstimate(factor.factor),
    });
  }

  const spansWritten = new Set<string>();
  const byCount = [...fits.steps].sort((a, b) => b.service.count - a.service.count);
  for (const fit of byCount) {
    const step = next.steps.find((s) => s.id === fit.step);
    if (step === undefined || !fit.service.ok) continue;
    if (fit.span === undefined) {
      const before = step.duration;
      step.duration = fit.service.best.distribution;
      if (before !== undefined) followStepDuration(step, before);
      values.push(serviceValue(`steps.${fit.step}.duration`, fit.from, fit.service));
      continue;
    }
    // One span, one factor: a second business type mapped into the same span is reported
    // in the fits, and the span keeps the factor of the type with the most durations.
    if (spansWritten.has(fit.span.holder)) continue;
    spansWritten.add(fit.span.holder);
    for (const { step: id } of fit.span.steps) {
      const inSpan = next.steps.find((s) => s.id === id);
      if (inSpan?.duration !== undefined)
        inSpan.duration = scaleDistribution(inSpan.duration, fit.span.scale);
      if (inSpan !== undefined) scaleClassDurations(inSpan, fit.span.scale);
    }
    values.push({
      ...serviceValue(`steps.${fit.span.holder}.duration`, fit.from, fit.service),
      span: {
        steps: fit.span.steps.map((s) => s.step),
        until: fit.span.until,
        scale: round(fit.span.scale),
      },
    });
  }

  // After the steps: a step's fit rescales its classes' durations, a class's own replaces one.
  for (const fit of fits.classSteps) {
    const step = next.steps.find((s) => s.id === fit.step);
    if (step === undefined || !fit.service.ok) continue;
    step.classDuration = { ...step.classDuration, [fit.class]: fit.service.best.distribution };
    values.push(
      serviceValue(`steps.${fit.step}.classDuration.${fit.class}`, fit.from, fit.service),
    );
  }

  for (const fit of fits.patience) {
    const customerClass = next.classes?.find((c) => c.id === fit.class);
    if (customerClass === undefined || !fit.patience.ok) continue;
    customerClass.patience = fit.patience.distribution;
    // The log's waits to giving up are whole patience times, from the first minute: a
    // shift kept from before would be added on top of them.
    delete customerClass.patienceShift;
    values.push({
      target: `classes.${fit.class}.patience`,
      quantity: 'patience',
      from: [...fit.from],
      observations: fit.patience.abandoned + fit.patience.served,
      distribution: 'exponential',
      mean: roundedEstimate(fit.patience.mean),
    });
  }

  const windows = fits.windows;
  const pool = next.resources?.find((p) => p.id === windows?.pool);
  if (windows !== undefined && pool !== undefined) {
    const staffed = toCapacitySchedule(windows.group);
    if (staffed !== undefined) {
      pool.capacity = staffed.capacity;
      // One period all day long is the capacity itself: no schedule needed.
      if (staffed.schedule!.length > 1) pool.schedule = staffed.schedule;
      else delete pool.schedule;
      values.push({
        target: `resources.${pool.id}.schedule`,
        quantity: 'capacity',
        observations: windows.group.dates.length,
      });
    }
  }

  if (fits.classShares !== undefined && next.classes !== undefined) {
    const shares = roundedShares(fits.classShares);
    for (const estimate of fits.classShares.shares) {
      const customerClass = next.classes.find((c) => c.id === estimate.key);
      if (customerClass === undefined) continue;
      customerClass.share = shares[estimate.key]!;
      values.push({
        target: `classes.${estimate.key}.share`,
        quantity: 'share',
        observations: fits.classShares.total,
        mean: roundedEstimate(estimate.share),
      });
    }
  }

  for (const branch of fits.branches) {
    const shares = roundedShares(branch.shares);
    for (const estimate of branch.shares.shares) {
      const flow = next.flows.find((f) => f.id === estimate.key);
      if (flow === undefined) continue;
      flow.probability = shares[estimate.key]!;
      // The log has no class: its share is every class's (fits note 'class-probability-replaced').
      delete flow.classProbability;
      values.push({
        target: `flows.${flow.id}.probability`,
        quantity: 'probability',
        observations: branch.shares.total,
        mean: roundedEstimate(estimate.share),
      });
    }
  }

  for (const fit of fits.failures) {
    const failure = next.steps.find((s) => s.id === fit.step)?.failure;
    if (failure === undefined) continue;
    failure.probability = round(fit.probability.value);
    values.push({
      target: `steps.${fit.step}.failure.probability`,
      quantity: 'probability',
      observations: fit.attempts,
      mean: roundedEstimate(fit.probability),
    });
  }

  next.calibration = provenance(source, fits.confidence, values);
  return next;
}

/** Whether a fitted arrival factor is one the format takes: above 0, at most 100 (3.12). */
export function factorWritable(factor: number): boolean {
  return factor > 0 && round(factor) <= 100;
}

/**
 * The profile's mean rate over its periods and every day, with Garwood's interval of the
 * total count (the per-bin intervals are in the report).
 */
function arrivalsValue(
  arrivals: NonNullable<CalibrationFits['arrivals']>,
  periods: readonly { from: string; to: string }[],
  confidence: number,
): CalibratedValue {
  const { group } = arrivals;
  const hours = periods.reduce((sum, p) => sum + minutesOfDay(p.to) - minutesOfDay(p.from), 0) / 60;
  const exposure = group.dates.length * hours;
  const alpha = 1 - confidence;
  return {
    target: 'arrivals',
    quantity: 'arrivals',
    from: [...arrivals.from],
    observations: group.total,
    mean: roundedEstimate({
      value: group.total / exposure,
      lower: gammaQuantile(group.total, alpha / 2) / exposure,
      upper: gammaQuantile(group.total + 1, 1 - alpha / 2) / exposure,
    }),
  };
}

function provenance(
  source: CalibrationSource,
  confidence: number,
  values: CalibratedValue[],
): Calibration {
  const { summary } = source;
  const skipped: Record<string, number> = {};
  for (const reason of summary.reasons) if (reason.skipped) skipped[reason.code] = reason.count;
  return {
    log: source.log,
    kind: summary.kind,
    ...(summary.firstDay === undefined ? {} : { firstDay: summary.firstDay }),
    ...(summary.lastDay === undefined ? {} : { lastDay: summary.lastDay }),
    days: summary.days,
    rows: summary.rows,
    used: summary.used,
    skipped,
    confidence,
    values,
  };
}
