/**
 * The simulator's public face: what the command line, the worker and playback use.
 * Everything else in src/sim is internal, except `estimatePools`: it checks the blueprint
 * before estimating, which loads the checker and zod, so it is imported from
 * estimates.ts itself and the workers that run the engine start without them.
 */
export { SimulationError, DEFAULT_CLASS_ID, compile } from './compile.ts';
export { queuePlaces } from './queuePlaces.ts';
export { Simulation, MAX_MOVES, moveLimit } from './engine.ts';
export {
  type BudgetCode,
  type BudgetProblem,
  type RunBudget,
  DEFAULT_BUDGET,
  RunBudgetError,
} from './budget.ts';
export type { EventListener, EventName } from './customerEvents.ts';
export { type CustomerView, type Snapshot, snapshot } from './snapshot.ts';
export type { CompiledModel } from './model.ts';
export type { Estimate } from './stats/confidence.ts';
export type { PerReplication, PerReplicationValues } from './perReplication.ts';
export {
  type Direction,
  type RunDifference,
  type Verdict,
  runDifference,
  summaryFromInterval,
  welchFromSummaries,
} from './stats/difference.ts';
export {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type BinnedDurations,
  type ClassResult,
  type CostResult,
  type CostShares,
  type DurationStats,
  type OutcomeResult,
  type Outcomes,
  type PoolResult,
  type Results,
  type BatchResult,
  type StepResult,
  type SystemResult,
} from './results.ts';
export { targetMet } from './summaries/target.ts';
export {
  type EventRow,
  type PartOptions,
  type RunPart,
  type SimulateOptions,
  combineParts,
  runPart,
  simulate,
  withRunOptions,
} from './simulate.ts';
export type { PeakEstimate, PoolEstimate, PoolEstimates } from './estimates.ts';
export type { EstimateCaveat } from './estimateCaveats.ts';
export { type EstimateMethod, estimateMethod } from './estimateMethod.ts';
export {
  CAVEAT_TEXT,
  DIVERSION_CAVEAT_TEXT,
  METHOD_TEXT,
  estimateText,
  textsIn,
} from './estimateText.ts';
export { type MeasuredWait, measuredPoolWait } from './measuredPoolWait.ts';
export type { PoolPriority } from './priorityPooling.ts';
export type { BatchEstimate } from './batchEstimate.ts';
export type {
  DiversionCaveat,
  DiversionEstimate,
  DiversionStretch,
  DiversionTarget,
} from './diversionEstimate.ts';
export type { DayWaitReason, StretchEstimate } from './stretchQueue.ts';
export {
  DEFAULT_LOG_DATE,
  EVENT_LOG_HEADER,
  eventLogContext,
  eventLogLine,
} from './eventLogFormat.ts';
export type { OverloadParams, RunWarning, RunWarningCode } from './warnings.ts';
export { OVER_FULL, WARNING_TEXT, type WarningLanguage, warningText } from './warningText.ts';
