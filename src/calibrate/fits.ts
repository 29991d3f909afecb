/**
 * The fits of a calibration, from what was collected: service times per business type or
 * activity and per step (candidates ranked by AICc), the arrival profile with its
 * intervals, patience per class, windows open over the day, class shares and branch
 * probabilities. Data only, with codes for what could not be fitted or matched; the
 * wording is the caller's (src/cli/calibrateReport.ts, the app's dialog).
 */
import {
  type ArrivalRateGroup,
  type CalledPatienceFit,
  type DayGrouping,
  ArrivalCounts,
  type DurationFit,
  type PatienceFit,
  type Shares,
  type StaffingGroup,
  fitArrivalRates,
  fitCalledPatience,
  fitDurations,
  fitPatience,
  fitShares,
  fitStaffing,
  roundSignificant,
} from '../analysis/fit/index.ts';
import type { Blueprint } from '../model/index.ts';
import type { Collected } from './collect.ts';
import { type HeldSpan, heldSpanContaining } from './heldSpan.ts';
import { type BranchFit, type FailureFit, routesOf } from './routes.ts';

export type { BranchFit, FailureFit } from './routes.ts';
import type { LogKind } from './logs/index.ts';

/** Which days the arrival profile is fitted from: all, workdays, weekends or one weekday. */
export type DayType = 'all' | 'workday' | 'weekend' | Weekday;
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const DAY_TYPES: readonly DayType[] = [
  'all',
  'workday',
  'weekend',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
];

export interface FitOptions {
  /**
   * The blueprint has one arrival profile, for every day it simulates: the days it is
   * fitted from (default 'all'). Each weekday's profile is in `dayTypes` all the same.
   */
  dayType?: DayType;
}

function groupingOf(dayType: DayType): DayGrouping {
  if (dayType === 'all') return 'all';
  return dayType === 'workday' || dayType === 'weekend' ? 'workday-weekend' : 'weekday';
}

export interface NameFit {
  /** The business type or activity as the log writes it ('' when the column was empty). */
  readonly name: string;
  readonly rows: number;
  readonly served: number;
  readonly abandoned: number;
  readonly transferred: number;
  readonly step?: string;
  readonly class?: string;
  readonly service: DurationFit;
}

export interface StepFit {
  readonly step: string;
  readonly from: readonly string[];
  readonly service: DurationFit;
  /**
   * From a queue-ticket log, when the step starts or lies inside a held span: the log's
   * service is the span's, spread over its steps by one factor (heldSpan.ts).
   */
  readonly span?: SpanFit;
}

/**
 * A class's own service time at a step, when the map gives the step's business types to
 * two classes or more: written as the step's `classDuration` for that class.
 */
export interface ClassStepFit {
  readonly step: string;
  readonly class: string;
  readonly from: readonly string[];
  readonly service: DurationFit;
}

export interface SpanFit extends HeldSpan {
  /** Each step's durations are multiplied by it: the fitted mean over the span's mean. */
  readonly scale: number;
}

export interface PatienceFitOf {
  /** The class; '' when the tickets have no class in this blueprint. */
  readonly class: string;
  readonly from: readonly string[];
  /**
   * The value written: those who gave up left before the call, those served waited less
   * than their patience (analysis/fit/calledPatience.ts).
   */
  readonly patience: CalledPatienceFit;
  /** Taking the call as the moment they left: an overstatement, for comparison, with Kaplan–Meier. */
  readonly leftAtCall: PatienceFit;
}

/** Something the calibration could not match or fit, as a code with parameters. */
export type CalibrationNoteCode =
  | 'no-step' // a business type or activity that matches no step
  | 'unknown-step' // the map names a step the blueprint does not have
  | 'unknown-class'
  | 'unknown-pool'
  | 'no-pool' // windows were counted but no pool could be named
  | 'no-entry' // arrivals were counted but the blueprint names no entry step
  | 'appointments-kept' // the blueprint's arrivals are appointments: not replaced
  | 'left-out' // tickets of a type with no class, left out of the arrivals
  | 'no-class' // waits of tickets with no class: patience fitted, not written
  | 'no-abandonments'
  | 'service-not-fitted' // too few durations, or all the same
  | 'held-span' // the log's service covers a held span: spread over its steps
  | 'held-span-empty' // the held span's steps have no durations: the fit goes to the step
  | 'class-service-in-span' // classes timed apart inside a held span: one factor, not written
  | 'no-call-time' // abandoned tickets without a call time
  | 'no-window' // served tickets without a window or teller
  | 'no-days-of-type' // the log has no day of the chosen day type: arrivals not written
  | 'transition-without-flow' // a case went from a step to another with no route between
  | 'ambiguous-route' // two routes as short between two logged steps: not counted
  | 'repeat-without-failure' // a step done again in a case, and no failure brings it back
  | 'class-probability-replaced'; // one fitted share replaces the flows' per-class chances

export interface CalibrationNote {
  readonly code: CalibrationNoteCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface CalibrationFits {
  readonly kind: LogKind;
  readonly binMinutes: number;
  readonly confidence: number;
  readonly names: readonly NameFit[];
  readonly steps: readonly StepFit[];
  /** Each class's own service time at a step timed for two classes or more. */
  readonly classSteps: readonly ClassStepFit[];
  /** The days of `dayType` pooled; undefined when no arrival was counted on such a day. */
  readonly arrivals?: { readonly group: ArrivalRateGroup; readonly from: readonly string[] };
  /** Whose days the written profile pools (FitOptions). */
  readonly dayType: DayType;
  /** The profile of each weekday in the log, in the order of the log's dates. */
  readonly dayTypes: readonly ArrivalRateGroup[];
  readonly patience: readonly PatienceFitOf[];
  /** Windows open over the day and the pool they are written to (undefined: none found). */
  readonly windows?: {
    readonly group: StaffingGroup;
    readonly count: number;
    readonly pool?: string;
  };
  /** Tickets per class, when the blueprint has two classes or more. */
  readonly classShares?: Shares;
  readonly branches: readonly BranchFit[];
  /** Event logs: failure probabilities of steps done again (routes.ts). */
  readonly failures: readonly FailureFit[];
  readonly notes: readonly CalibrationNote[];
}

function sortedNames(set: Set<string>): string[] {
  return [...set].sort();
}

/** Every count of `from` added into one ArrivalCounts (each arrival at its bin's start). */
function mergedArrivals(parts: readonly ArrivalCounts[], binMinutes: number): ArrivalCounts {
  const merged = new ArrivalCounts({ binMinutes });
  for (const part of parts) {
    for (const date of part.dates()) {
      merged.addDay(date);
      const counts = part.countsOn(date)!;
      counts.forEach((count, bin) => {
        for (let i = 0; i < count; i++) merged.add(date, part.bins.starts[bin]!);
      });
    }
  }
  return merged;
}

export function fitCollected(
  blueprint: Blueprint,
  collected: Collected,
  kind: LogKind,
  map: { classes?: Readonly<Record<string, string>>; pool?: string } = {},
  options: FitOptions = {},
): CalibrationFits {
  const { confidence } = collected;
  const notes: CalibrationNote[] = [];
  const tallies = [...collected.names.values()].sort((a, b) => b.rows - a.rows);
  const names = tallies.map((tally): NameFit => {
    const { match } = tally;
    if (match.unknownStep !== undefined)
      notes.push({ code: 'unknown-step', params: { name: tally.name, step: match.unknownStep } });
    else if (match.step === undefined)
      notes.push({ code: 'no-step', params: { name: tally.name, rows: tally.rows } });
    if (match.unknownClass !== undefined)
      notes.push({
        code: 'unknown-class',
        params: { name: tally.name, class: match.unknownClass },
      });
    return {
      name: tally.name,
      rows: tally.rows,
      served: tally.served,
      abandoned: tally.abandoned,
      transferred: tally.transferred,
      ...(match.step === undefined ? {} : { step: match.step }),
      ...(match.class === undefined ? {} : { class: match.class }),
      service: fitDurations(tally.durations, { confidence }),
    };
  });

  const steps = [...collected.steps.entries()].map(([step, entry]): StepFit => {
    const service = fitDurations(entry.durations, { confidence });
    if (!service.ok)
      notes.push({ code: 'service-not-fitted', params: { step, reason: service.reason } });
    const from = sortedNames(entry.from);
    // A ticket's service is the whole time at the window; an activity is its own step.
    const span = kind === 'queue' ? heldSpanContaining(blueprint, step) : undefined;
    if (span === undefined || !service.ok) return { step, from, service };
    const { holder, until } = span;
    if (!(span.meanTime > 0)) {
      notes.push({ code: 'held-span-empty', params: { step, holder, until } });
      return { step, from, service };
    }
    const scale = service.best.mean.value / span.meanTime;
    notes.push({
      code: 'held-span',
      params: {
        step,
        holder,
        until,
        steps: span.steps.length,
        spanMean: roundSignificant(span.meanTime),
        mean: roundSignificant(service.best.mean.value),
        scale: roundSignificant(scale),
      },
    });
    return { step, from, service, span: { ...span, scale } };
  });

  const classSteps = classStepFits(collected, steps, confidence, notes);

  // Arrivals: every ticket, unless the map says which types are which class; then those.
  const arriving =
    kind === 'event'
      ? []
      : tallies.filter((t) => map.classes === undefined || t.match.class !== undefined);
  for (const tally of tallies) {
    if (kind === 'queue' && !arriving.includes(tally))
      notes.push({ code: 'left-out', params: { name: tally.name, rows: tally.rows } });
  }
  const arrivalCounts =
    kind === 'event'
      ? collected.caseArrivals
      : mergedArrivals(
          arriving.map((t) => t.arrivals),
          collected.binMinutes,
        );
  const dayType = options.dayType ?? 'all';
  const group = fitArrivalRates(arrivalCounts, { confidence, groupBy: groupingOf(dayType) }).find(
    (candidate) => candidate.key === dayType,
  );
  if (group === undefined && arrivalCounts.dates().length > 0)
    notes.push({ code: 'no-days-of-type', params: { dayType } });
  const arrivals =
    group !== undefined && group.total > 0
      ? { group, from: arriving.map((t) => t.name).sort() }
      : undefined;
  // Each weekday's own profile, for the report: the written one is `dayType`'s.
  const dayTypes = fitArrivalRates(arrivalCounts, { confidence, groupBy: 'weekday' });

  const patience = [...collected.patience.entries()].map(([key, entry]): PatienceFitOf => {
    const leftAtCall = fitPatience(entry.sample, { confidence });
    const fit = fitCalledPatience(entry.called, { confidence });
    if (key === '')
      notes.push({
        code: 'no-class',
        params: { waits: entry.sample.abandoned + entry.sample.served },
      });
    if (!leftAtCall.ok && leftAtCall.reason === 'no-abandonments')
      notes.push({
        code: 'no-abandonments',
        params: { class: key, meanAtLeast: roundSignificant(leftAtCall.meanAtLeast ?? 0) },
      });
    return { class: key, from: sortedNames(entry.from), patience: fit, leftAtCall };
  });
  if (collected.abandonedWithoutCall > 0)
    notes.push({ code: 'no-call-time', params: { tickets: collected.abandonedWithoutCall } });
  if (collected.servedWithoutWindow > 0)
    notes.push({ code: 'no-window', params: { tickets: collected.servedWithoutWindow } });

  const windows = windowsFit(blueprint, kind, collected, steps, map.pool, notes);
  const classShares = classSharesOf(blueprint, tallies, confidence);
  const { branches, failures } = routesOf(blueprint, collected, confidence, notes);

  if (arrivals !== undefined) {
    const current = blueprint.arrivals;
    if (current?.type === 'appointments') notes.push({ code: 'appointments-kept', params: {} });
    else if (current === undefined) notes.push({ code: 'no-entry', params: {} });
  }
  return {
    kind,
    binMinutes: collected.binMinutes,
    confidence,
    names,
    steps,
    classSteps,
    ...(arrivals === undefined ? {} : { arrivals }),
    dayType,
    dayTypes,
    patience,
    ...(windows === undefined ? {} : { windows }),
    ...(classShares === undefined ? {} : { classShares }),
    branches,
    failures,
    notes,
  };
}

/**
 * Per class at each step the log times for two classes or more (with one, the step's own
 * fit is that class's). A held span is scaled by one factor for all (heldSpan.ts), so its
 * classes are not told apart: a note says so.
 */
function classStepFits(
  collected: Collected,
  steps: readonly StepFit[],
  confidence: number,
  notes: CalibrationNote[],
): ClassStepFit[] {
  const fits: ClassStepFit[] = [];
  for (const [step, byClass] of collected.classSteps) {
    if (byClass.size < 2) continue;
    if (steps.find((fit) => fit.step === step)?.span !== undefined) {
      notes.push({ code: 'class-service-in-span', params: { step, classes: byClass.size } });
      continue;
    }
    for (const [customerClass, entry] of [...byClass].sort(([a], [b]) => a.localeCompare(b)))
      fits.push({
        step,
        class: customerClass,
        from: sortedNames(entry.from),
        service: fitDurations(entry.durations, { confidence }),
      });
  }
  return fits;
}

/** The pool the windows belong to: the map's, else the one pool of the mapped steps. */
function windowsFit(
  blueprint: Blueprint,
  kind: LogKind,
  collected: Collected,
  steps: readonly StepFit[],
  mapPool: string | undefined,
  notes: CalibrationNote[],
): CalibrationFits['windows'] {
  const count = collected.windows.windows().length;
  if (kind !== 'queue' || count === 0) return undefined;
  const group = fitStaffing(collected.windows)[0];
  if (group === undefined) return undefined;
  const pools = blueprint.resources ?? [];
  let pool: string | undefined;
  if (mapPool !== undefined) {
    if (pools.some((p) => p.id === mapPool)) pool = mapPool;
    else notes.push({ code: 'unknown-pool', params: { pool: mapPool } });
  } else {
    const used = new Set(
      steps
        .map((fit) => blueprint.steps.find((s) => s.id === fit.step)?.resource?.pool)
        .filter((id) => id !== undefined),
    );
    if (used.size === 1) pool = [...used][0];
    else notes.push({ code: 'no-pool', params: { windows: count } });
  }
  return pool === undefined ? { group, count } : { group, count, pool };
}

function classSharesOf(
  blueprint: Blueprint,
  tallies: readonly { rows: number; match: { class?: string } }[],
  confidence: number,
): Shares | undefined {
  const classes = blueprint.classes ?? [];
  if (classes.length < 2) return undefined;
  const counts: Record<string, number> = Object.fromEntries(classes.map((c) => [c.id, 0]));
  for (const tally of tallies) {
    const id = tally.match.class;
    if (id !== undefined) counts[id] = (counts[id] ?? 0) + tally.rows;
  }
  const total = Object.values(counts).reduce((s, c) => s + c, 0);
  return total > 0 ? fitShares(counts, { confidence }) : undefined;
}
