/**
 * What "Next event" ran to, as data for the page to word: who, what, at which step, at
 * which window, when. Chosen from the events the engine reported for that one step of the
 * clock (several can share a moment: a customer ends one step and starts the next).
 */
import type { PlaybackEvent, PlaybackInfo } from './playbackProtocol.ts';

export interface EventDescription {
  /** Clock minutes. */
  time: number;
  caseId: number;
  /** Background work started by this customer, not the customer. */
  background: boolean;
  event: PlaybackEvent['event'];
  stepId: string;
  /** The step's pool index, or -1 for a step that needs no staff or system. */
  pool: number;
  /** 1-based window (unit) the customer sits at while served, when known. */
  window: number | null;
  /** Other events the engine reported at the same moment. */
  alsoAtOnce: number;
  /** A batch step's pile taken (`batch` events): how many items its pool took at once; else 0. */
  batchItems: number;
}

/**
 * The one event that says most: a batch step's pile taken, counted; else the last one a
 * customer (not background work) took part in, else the last one. `windowOf` gives the 0-based seat a customer holds at a step, or -1.
 */
export function describeEvents(
  events: readonly PlaybackEvent[],
  info: PlaybackInfo,
  windowOf: (event: PlaybackEvent) => number,
): EventDescription | null {
  if (events.length === 0) return null;
  const batch = events.filter((event) => event.event === 'batch');
  let chosen = batch[0] ?? events[events.length - 1]!;
  if (batch.length === 0)
    for (let i = events.length - 1; i >= 0; i--)
      if (!events[i]!.background) {
        chosen = events[i]!;
        break;
      }
  const step = info.steps[chosen.stepIndex];
  const pool = step?.pool ?? -1;
  const seat = chosen.event === 'start' && pool >= 0 ? windowOf(chosen) : -1;
  return {
    time: chosen.time,
    caseId: chosen.caseId,
    background: chosen.background,
    event: chosen.event,
    stepId: step?.id ?? '',
    pool,
    window: seat >= 0 ? seat + 1 : null,
    // The items taken are one event to the reader: the others are what else happened.
    alsoAtOnce: events.length - Math.max(1, batch.length),
    batchItems: batch.length,
  };
}
