/**
 * A step's missed tickets (过号, `missedCall`) as the inspector edits them: the chance a
 * called customer is absent (empty: no missed tickets at all), what follows, the chance
 * of coming back and a class's own chance. Defaults stay out of the file (recall after 3
 * tickets, always back), as the format reads them.
 */
import type { Step } from '../../model/index.ts';
import { withEntry } from './byClass.ts';

export type MissedCall = NonNullable<Step['missedCall']>;
export type MissedThen = MissedCall['then'];
export type MissedAction = MissedThen['action'];

/** A window's call of an absent customer: half a minute to a minute (docs: blueprint format 3.4). */
export const STARTING_CALL_TIME: MissedCall['callTime'] = { type: 'uniform', min: 0.5, max: 1 };

/** The missed call with the step's chance set; none at all when the chance is emptied. */
export function withMissedChance(
  missed: MissedCall | undefined,
  probability: number | undefined,
): MissedCall | undefined {
  if (probability === undefined) return undefined;
  return missed
    ? { ...missed, probability }
    : { probability, callTime: STARTING_CALL_TIME, then: { action: 'recall' } };
}

/** What follows, switched: the chance of coming back is kept between recall and back. */
export function switchedThen(then: MissedThen, action: MissedAction): MissedThen {
  if (action === then.action) return then;
  if (action === 'gone') return { action };
  const back = then.action === 'gone' ? undefined : then.returnProbability;
  return back === undefined ? { action } : { action, returnProbability: back };
}

/** The chance of coming back (empty or 100 %: the default, always). */
export function withReturnChance(then: MissedThen, chance: number | undefined): MissedThen {
  if (then.action === 'gone') return then;
  const next = { ...then };
  if (chance === undefined || chance === 1) delete next.returnProbability;
  else next.returnProbability = chance;
  return next;
}

/** How many tickets a recalled customer waits behind (empty: the default 3). */
export function withRecallAfter(then: MissedThen, after: number | undefined): MissedThen {
  if (then.action !== 'recall') return then;
  const next = { ...then };
  if (after === undefined) delete next.after;
  else next.after = after;
  return next;
}

/** The missed call with a class's own chance set, or removed when undefined. */
export function withClassMissedChance(
  missed: MissedCall,
  classId: string,
  chance: number | undefined,
): MissedCall {
  const { classProbability: before, ...rest } = missed;
  const classProbability = withEntry(before, classId, chance);
  return classProbability ? { ...rest, classProbability } : rest;
}
