/**
 * Calibrating a blueprint from a branch's log (docs/calibration-methods.md, section 9):
 * collect from the records as they stream past, fit, and apply the fits to the blueprint
 * as a new value with its provenance. Pure TypeScript: the command line and the app's
 * worker run the same code.
 */
export { createCalibrationCollector } from './collect.ts';
export type { CalibrationCollector, CalibrationOptions, Collected } from './collect.ts';
export { fitCollected } from './fits.ts';
export { DAY_TYPES } from './fitTypes.ts';
export type {
  CalibrationFits,
  CalibrationNote,
  CalibrationNoteCode,
  ClassStepFit,
  DayType,
  FitOptions,
  NameFit,
  PatienceFitOf,
  SpanFit,
  StepFit,
} from './fitTypes.ts';
export type { BranchFit } from './routes.ts';
export {
  calendarChoices,
  chooseArrivals,
  isDayOf,
  weekdayRows,
  withDayChoice,
  WEEKDAYS,
} from './dayChoice.ts';
export type { ChosenArrivals, DayChoice, DayFactorFit, WeekdayRow } from './dayChoice.ts';
export { heldSpanContaining, scaleDistribution } from './heldSpan.ts';
export type { HeldSpan, HeldSpanStep } from './heldSpan.ts';
export { applyCalibration, factorWritable } from './apply.ts';
export type { CalibrationSource } from './apply.ts';
export { createNameMatcher } from './matching.ts';
export type { NameMap, NameMatch } from './matching.ts';
export { calibrateLog } from './calibrateLog.ts';
export type { CalibrateLogOutcome, CalibrateLogSettings } from './calibrateLog.ts';
