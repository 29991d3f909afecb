/**
 * Fitting a blueprint's parameters to a branch's real data: service-time distributions,
 * arrival rates by time of day, patience from abandoned tickets, windows open over the
 * day. Pure TypeScript, streaming: every collector keeps memory bounded however many rows
 * pass. Each result carries its intervals and quality figures and converts directly into
 * the blueprint's own values. Methods: docs/calibration-methods.md.
 */
export { type Estimate, roundSignificant } from './estimate.ts';
export { DurationSummary } from './durationSummary.ts';
export { DEFAULT_RESERVOIR_SIZE, Reservoir } from './reservoir.ts';
export {
  type FittedModel,
  type NativeParameters,
  type ParametricFamily,
  type ParametricFit,
  fitExponential,
  fitGamma,
  fitLognormal,
  gammaShape,
  modelOf,
} from './parametric.ts';
export {
  type EmpiricalFit,
  MAX_EMPIRICAL_BINS,
  MIN_EMPIRICAL_SAMPLE,
  fitEmpirical,
} from './empirical.ts';
export {
  type DensityHistogram,
  type KolmogorovSmirnov,
  type QuantilePairs,
  densityHistogram,
  kolmogorovSmirnov,
  kolmogorovTail,
  quantilePairs,
  sampleQuantile,
} from './goodnessOfFit.ts';
export {
  type DurationCandidate,
  type DurationFamily,
  type DurationFit,
  type DurationFitOptions,
  DurationSample,
  fitDurations,
} from './durations.ts';
export {
  digamma,
  gammaQuantile,
  lnGamma,
  normalQuantile,
  regularizedGamma,
  trigamma,
} from './specialFunctions.ts';
export { type Weekday, daysSinceEpoch, formatTimeOfDay, weekdayOf } from './timeOfDay.ts';
export { type BinningOptions, type DayBins, binIndex, dayBins } from './dayBins.ts';
export {
  type ArrivalRateBin,
  type ArrivalRateGroup,
  type DailyArrivals,
  ArrivalCounts,
  arrivalRateGroup,
  arrivalsPerDay,
  fitArrivalRates,
  toRateProfile,
} from './arrivalRates.ts';
export {
  type KaplanMeierCurve,
  type PatienceFit,
  type PatienceOptions,
  PatienceSample,
  fitPatience,
} from './patience.ts';
export {
  type CalledPatienceFit,
  CalledPatienceSample,
  fitCalledPatience,
} from './calledPatience.ts';
export { type DayGrouping, groupDates } from './dayGroups.ts';
export {
  type StaffingBin,
  type StaffingGroup,
  WindowActivity,
  fitStaffing,
  toCapacitySchedule,
} from './staffing.ts';
export { type ShareEstimate, type Shares, fitShares, roundedShares } from './shares.ts';
export {
  type ObservedWaitBin,
  type WaitGridOptions,
  WaitsByTime,
  summariseWaits,
} from './observedWaits.ts';
