/**
 * What a calibration's fits are made of (fits.ts computes them): the day types a profile
 * can be fitted from, each kind of fit, and the notes on what could not be fitted or
 * matched, as codes with parameters.
 */
import type {
  ArrivalRateGroup,
  CalledPatienceFit,
  DailyArrivals,
  DurationFit,
  PatienceFit,
  Shares,
  StaffingGroup,
} from '../analysis/fit/index.ts';
import type { DayFactorFit } from './dayChoice.ts';
import type { HeldSpan } from './heldSpan.ts';
import type { LogKind } from './logs/index.ts';
import type { BranchFit, FailureFit } from './routes.ts';

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
  | 'no-days-of-day-type' // a blueprint day type was chosen but none of the log's days marked
  | 'no-other-days' // every day of the log marked as the day type: no plain day to fit
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
  /**
   * The arrivals counted per date and bin, for choosing the days again without reading
   * the log again (dayChoice.ts); one small array a date.
   */
  readonly daily?: DailyArrivals;
  /** A blueprint day type's arrival factor (dayChoice.ts), written to its `arrivalFactor`. */
  readonly dayFactor?: DayFactorFit;
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
