/** What "Next event" ran to, in the UI's language (the data comes from eventDescription.ts). */
import type { TFunction } from 'i18next';
import { formatClock } from './clockFormat.ts';
import type { EventDescription } from './eventDescription.ts';

const KEYS = {
  arrive: 'playback.eventArrive',
  queue: 'playback.eventQueue',
  start: 'playback.eventStart',
  end: 'playback.eventEnd',
  fail: 'playback.eventFail',
  balk: 'playback.eventBalk',
  renege: 'playback.eventRenege',
  exit: 'playback.eventExit',
  abandon: 'playback.eventAbandon',
  stuck: 'playback.eventStuck',
  background: 'playback.eventBackground',
  missed: 'playback.eventMissed',
  recall: 'playback.eventRecall',
  pile: 'playback.eventPile',
  batch: 'playback.eventBatch',
} as const satisfies Record<EventDescription['event'], string>;

/**
 * Back-office work is not a person: it does not arrive, queue up or leave. Said of work,
 * "leaves after File the voucher, done" read as nonsense in a class.
 */
const WORK_KEYS = {
  arrive: 'playback.eventWorkArrive',
  queue: 'playback.eventWorkQueue',
  exit: 'playback.eventWorkDone',
} as const;

function workKey(kind: EventDescription['event']) {
  return kind in WORK_KEYS ? WORK_KEYS[kind as keyof typeof WORK_KEYS] : undefined;
}

/** "10:42:13 · customer 57 starts Count cash at Tellers no. 2", names given. */
export function eventText(
  t: TFunction,
  event: EventDescription,
  stepName: string,
  poolName: string,
): string {
  const who = t(event.background ? 'playback.eventWork' : 'playback.eventCustomer', {
    id: event.caseId,
  });
  const values = {
    time: formatClock(event.time),
    who,
    step: stepName,
    pool: poolName,
    window: event.window,
    count: event.batchItems,
  };
  const key =
    event.event === 'start' && event.window !== null
      ? 'playback.eventStartAt'
      : ((event.background ? workKey(event.event) : undefined) ?? KEYS[event.event]);
  const text = t(key, values);
  // The Chinese note opens with its own full-width bracket; the English one with a space.
  return event.alsoAtOnce > 0 ? text + t('playback.eventAlso', { count: event.alsoAtOnce }) : text;
}
