/**
 * Simulation settings that contradict each other: class shares, run times, settings on
 * steps that customers never pass through.
 */
import { failureChanceFor, missedCallChanceFor } from '../classService.ts';
import { DEFAULTS } from '../defaults.ts';
import { arrivalStreams, isProcessStep } from '../graph.ts';
import { classIdsOf } from '../routing.ts';
import { minutesOfDay } from '../schema/primitives.ts';
import type { Step } from '../schema/step.ts';
import type { PathSegment } from '../findings.ts';
import type { Check, CheckContext } from './context.ts';
import { checkPeriods } from './periods.ts';

/** In a business day, customers arrive only while the doors are open. */
function checkOpeningHours(context: CheckContext): void {
  const given = context.blueprint.run;
  if (given?.mode === 'steady') return;
  // Without run settings the simulator runs the default business day.
  const run = given ?? { open: DEFAULTS.open, close: DEFAULTS.close };
  const open = minutesOfDay(run.open);
  const close = minutesOfDay(run.close);
  if (close <= open) return; // reported as closes-before-opening
  const outside = (time: string): boolean =>
    minutesOfDay(time) < open || minutesOfDay(time) >= close;
  for (const { arrivals, path } of arrivalStreams(context.blueprint)) {
    if (arrivals.type === 'profile') {
      arrivals.periods.forEach((period, index) => {
        if (minutesOfDay(period.to) > open && minutesOfDay(period.from) < close) return;
        context.report({
          severity: 'warning',
          code: 'outside-opening-hours',
          path: [...path, 'periods', index],
          params: {
            variant: 'period',
            from: period.from,
            to: period.to,
            open: run.open,
            close: run.close,
          },
        });
      });
    } else if (arrivals.type === 'appointments') {
      arrivals.slots.forEach((slot, index) => {
        if (!outside(slot.at)) return;
        context.report({
          severity: 'warning',
          code: 'outside-opening-hours',
          path: [...path, 'slots', index, 'at'],
          params: { variant: 'appointment', at: slot.at, open: run.open, close: run.close },
        });
      });
    }
  }
}

export const checkSimulationSettings: Check = (context) => {
  const { blueprint, report } = context;
  const classes = blueprint.classes ?? [];

  const sharing = classes.filter((customerClass) => customerClass.share !== undefined);
  if (blueprint.arrivals && sharing.length > 0) {
    const sum = sharing.reduce((total, customerClass) => total + (customerClass.share ?? 0), 0);
    if (Math.abs(sum - 1) > 1e-6) {
      report({
        severity: 'error',
        code: 'shares-sum',
        path: ['classes'],
        params: { sum: Math.round(sum * 1e6) / 1e6 },
      });
    }
  }
  if (blueprint.arrivals && classes.length > 0 && sharing.length === 0) {
    report({
      severity: 'error',
      code: 'shares-missing',
      path: ['classes'],
    });
  }
  classes.forEach((customerClass, index) => {
    if (customerClass.share !== undefined && !blueprint.arrivals) {
      report({
        severity: 'warning',
        code: 'share-without-arrivals',
        path: ['classes', index, 'share'],
      });
    }
    // Without any shares, shares-missing already says what to do.
    const takesShare = blueprint.arrivals !== undefined && (customerClass.share ?? 0) > 0;
    const sharesMissing = blueprint.arrivals !== undefined && sharing.length === 0;
    // A pure drawing (nothing arrives at all) and a share of nothing are said elsewhere or not at all.
    const nothingArrives = !blueprint.arrivals && !classes.some((c) => c.arrivals);
    const shareOfNothing = customerClass.share !== undefined && !blueprint.arrivals;
    if (
      !customerClass.arrivals &&
      !takesShare &&
      !sharesMissing &&
      !nothingArrives &&
      !shareOfNothing
    ) {
      report({
        severity: 'warning',
        code: 'class-never-arrives',
        path: ['classes', index],
        params: { class: customerClass.id },
      });
    }
  });

  for (const { arrivals, path } of arrivalStreams(blueprint)) {
    if (arrivals.type === 'profile') checkPeriods(context, arrivals.periods, [...path, 'periods']);
    if (arrivals.type === 'appointments' && blueprint.run?.mode === 'steady') {
      report({
        severity: 'warning',
        code: 'appointments-in-steady-run',
        path: [...path, 'type'],
      });
    }
  }

  const run = blueprint.run;
  if (run?.mode === 'day' && minutesOfDay(run.close) <= minutesOfDay(run.open)) {
    report({
      severity: 'error',
      code: 'closes-before-opening',
      path: ['run', 'close'],
      params: { close: run.close, open: run.open },
    });
  }

  checkOpeningHours(context);

  blueprint.steps.forEach((step, index) => {
    const failure = step.failure;
    // Some class fails every attempt: by the step's chance, or by its own.
    const alwaysFails =
      failure !== undefined &&
      classIdsOf(blueprint).some((classId) => failureChanceFor(step, classId) === 1);
    if (
      isProcessStep(step) &&
      alwaysFails &&
      failure.then.action === 'retry' &&
      failure.then.maxRetries === undefined
    ) {
      report({
        severity: 'error',
        code: 'endless-retry',
        path: ['steps', index, 'failure'],
        stepId: step.id,
      });
    }
    if (isProcessStep(step)) {
      checkMissedCall(context, step, index);
      return;
    }
    const simulated = [
      'duration',
      'classDuration',
      'resource',
      'failure',
      'exit',
      'customerPresent',
      'missedCall',
      'batch',
    ] as const;
    for (const key of simulated) {
      if (step[key] === undefined) continue;
      report({
        severity: 'warning',
        code: 'ignored-on-drawing-step',
        path: ['steps', index, key],
        params: { kind: step.kind },
        stepId: step.id,
      });
    }
  });
};

/**
 * Missed tickets need a queue the customer is called from in person, and a way out of
 * it: a class always absent who always comes back would be called for ever.
 */
function checkMissedCall(context: CheckContext, step: Step, index: number): void {
  const missed = step.missedCall;
  if (!missed) return;
  const path: PathSegment[] = ['steps', index, 'missedCall'];
  const fault = !step.resource
    ? 'missed-call-without-pool'
    : step.customerPresent === false
      ? 'missed-call-without-customer'
      : null;
  if (fault) {
    context.report({ severity: 'error', code: fault, path, stepId: step.id });
    return;
  }
  const comesBack =
    missed.then.action !== 'gone' &&
    (missed.then.returnProbability ?? DEFAULTS.returnProbability) === 1;
  if (
    comesBack &&
    classIdsOf(context.blueprint).some((classId) => missedCallChanceFor(step, classId) === 1)
  ) {
    context.report({ severity: 'error', code: 'endless-recall', path, stepId: step.id });
  }
}
