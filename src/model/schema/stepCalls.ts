/**
 * Step fields added in format version 4 on how the window calls its tickets: a called
 * customer who is not there (a missed ticket, 过号) and what follows, and work done as
 * one end-of-day batch instead of per customer. Kept apart from step.ts so that these
 * additions read as one.
 */
import { z } from 'zod';
import { Distribution } from './distribution.ts';
import { Id, Probability, TimeOfDay } from './primitives.ts';

const ReturnProbability = Probability.optional().meta({
  description:
    'Chance that a customer whose ticket was missed comes back and is queued again; the others have left. Default 1.',
});

const MissedCallThen = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('recall'),
      after: z.int().min(0).max(1000).optional().meta({
        description:
          'The customer is called again after this many more tickets of their priority (过号顺延): put behind that many of those waiting, or at the back when fewer wait. Default 3.',
      }),
      returnProbability: ReturnProbability,
    }),
    z.strictObject({
      action: z.literal('back'),
      returnProbability: ReturnProbability,
    }),
    z.strictObject({ action: z.literal('gone') }),
  ])
  .meta({
    description:
      'What follows a missed call: recall (queued again behind the next few tickets), back (queued again at the back, as with a new ticket) or gone (the ticket is void: the customer is lost, counted as abandoned).',
  });

export const MissedCall = z
  .strictObject({
    probability: Probability.meta({
      description:
        'Chance that a customer called from the queue is not at the window (stepped out, not listening). Each call is drawn anew, a recalled customer’s included; one served at once, without queueing, is there.',
    }),
    classProbability: z.record(Id, Probability).optional().meta({
      description:
        'The chance for the named classes, overriding `probability` for them. Keys are class ids.',
    }),
    callTime: Distribution.meta({
      description:
        'Minutes the window spends calling (and waiting for) the absent customer before it calls the next ticket: the step’s units are busy for it.',
    }),
    then: MissedCallThen,
  })
  .meta({
    description:
      'Missed tickets (过号): a customer called from this step’s queue may not be there; the units wait the call time, then take the next ticket. New in version 4. Needs a pool and the customer present.',
  });

export type MissedCall = z.infer<typeof MissedCall>;

export const Batch = z
  .strictObject({
    at: z.union([TimeOfDay, z.literal('closing')]).meta({
      description:
        'When the pool takes the day’s pile: a time of day ("16:00"), or closing (the run’s close; midnight in a steady run). In a steady run the pile is taken at that time every day.',
    }),
  })
  .meta({
    description:
      'The step is done as one batch a day instead of per customer (voucher filing at day end): whoever passes the step leaves an item and goes on at once, without waiting; at `at` the step’s pool takes every item of the day, each taking the step’s duration, as background work charged to the class of whoever left it. In a business day an item left after the batch began is done as it comes. New in version 4. Needs a pool; not with failure, missedCall or keepUntil.',
  });

export type Batch = z.infer<typeof Batch>;
