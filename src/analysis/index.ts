/**
 * Closed-form queueing estimates: the yardstick for the simulator's accuracy tests and the
 * source of the app's instant hints. Pure TypeScript. Rates are per minute unless a name
 * says otherwise, times in minutes, lengths in customers. Overloaded systems come back as
 * `{ stable: false, reason, … }`, never as Infinity or NaN; malformed input throws
 * RangeError.
 */
export { type Overloaded, SATURATION_TOLERANCE, isSaturated } from './result.ts';
export {
  type MmcInput,
  type MmcResult,
  type MmcStable,
  erlangB,
  erlangC,
  mm1,
  mmc,
  probabilityWaitExceeds,
  waitQuantile,
} from './mmc.ts';
export {
  type ServiceMoments,
  distributionMoments,
  momentsFromSecondMoment,
  secondMoment,
  truncatedNormalMoments,
} from './moments.ts';
export { standardNormalCdf, standardNormalDensity } from './normal.ts';
export { type Mg1Input, type Mg1Result, type Mg1Stable, md1, mg1 } from './mg1.ts';
export {
  type JacksonClosed,
  type JacksonInput,
  type JacksonOverloaded,
  type JacksonResult,
  type JacksonSingular,
  type JacksonStable,
  type JacksonStation,
  type JacksonStationLoad,
  type JacksonStationResult,
  jackson,
  reworkArrivalRate,
} from './jackson.ts';
export { firstDepartureMinutes } from './firstDeparture.ts';
export {
  type PriorityClassResult,
  type PriorityForm,
  type PriorityMg1Class,
  type PriorityMgcInput,
  type PriorityMmcInput,
  type PriorityResult,
  type PriorityStable,
  priorityMg1,
  priorityMgc,
  priorityMgcForm,
  priorityMmc,
  pooledPriorityWait,
} from './priority.ts';
export {
  type LittleObservation,
  littleArrivalRate,
  littleNumber,
  littleRelativeGap,
  littleTime,
  satisfiesLittle,
} from './little.ts';
export { type OfferedLoad, offeredLoad } from './offeredLoad.ts';
export {
  type TandemOverloaded,
  type TandemResult,
  type TandemStable,
  type TandemStation,
  tandem,
} from './tandem.ts';
