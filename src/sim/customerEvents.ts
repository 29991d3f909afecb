/**
 * What happens to a customer (or a piece of background work) at a step, as the engine
 * reports it to a listener: the vocabulary of the event log and of trainer playback.
 */

export type EventName =
  | 'arrive'
  | 'queue'
  | 'start'
  | 'end'
  | 'fail'
  | 'balk'
  | 'renege'
  | 'exit'
  | 'abandon'
  | 'stuck'
  | 'background'
  /** Called from the queue and not there (a missed ticket): the units wait the call time. */
  | 'missed'
  /** Back after a missed call: queued again (recall after N tickets, or at the back). */
  | 'recall'
  /** Passed a step done as one batch a day: an item left on its pile, the customer goes on. */
  | 'pile'
  /** An item taken from a batch step's pile (at the batch's time): its work begins, as background work. */
  | 'batch';

/** One line of the event log (for process mining): minutes on the run's clock. */
export type EventListener = (
  caseId: number,
  classIndex: number,
  stepIndex: number,
  event: EventName,
  time: number,
  /** Background work started by the customer with this case id, not the customer. */
  background: boolean,
) => void;
