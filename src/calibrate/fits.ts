/**
 * The fits of a calibration, from what was collected: service times per business type or
 * activity and per step (candidates ranked by AICc), the arrival profile with its
 * intervals, patience per class, windows open over the day, class shares and branch
 * probabilities. Data only, with codes for what could not be fitted or matched; the
 * wording is the caller's (src/cli/calibrateReport.ts, the app's dialog).
 */
import {
  type DayGrouping,
  type Shares,
  ArrivalCounts,
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
import type {
  CalibrationFits,
  CalibrationNote,
  ClassStepFit,
  DayType,
  FitOptions,
  NameFit,
  PatienceFitOf,
  StepFit,
} from './fitTypes.ts';
import { heldSpanContaining } from './heldSpan.ts';
import type { LogKind } from './logs/index.ts';
import { routesOf } from './routes.ts';

function groupingOf(dayType: DayType): DayGrouping {
  if (dayType === 'all') return 'all';
  return dayType === 'workday' || dayType === 'weekend' ? 'workday-weekend' : 'weekday';
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
    daily: arrivalCounts.daily(),
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
