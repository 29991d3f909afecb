import { z } from 'zod';
import { Extensions, Id, LocalizedText, Probability } from './primitives.ts';

/** The most waiting a queue condition can name: a queue that long is out of any branch. */
export const MAX_QUEUE_THRESHOLD = 1_000_000;

export const QueueCondition = z
  .strictObject({
    queueAt: Id.meta({
      description:
        "Id of the step whose queue is read: a step with a `resource` (its pool's line: everyone waiting for that pool), or a waiting step drawn before one (its pool step's line).",
    }),
    atLeast: z
      .int()
      .min(1)
      .max(MAX_QUEUE_THRESHOLD)
      .meta({ description: 'The flow is taken when at least this many are waiting (1 or more).' }),
  })
  .meta({
    title: 'QueueCondition',
    description:
      "Taken by the state of a queue, not by chance (the lobby manager's diversion, 大堂分流): a customer leaving `from` takes this flow when, at that moment, at least `atLeast` are waiting in the queue of step `queueAt`; otherwise the customer takes one of the step's other flows by their chances. New in format version 3.",
  });

export type QueueCondition = z.infer<typeof QueueCondition>;

export const Flow = z
  .strictObject({
    id: Id,
    from: Id.meta({ description: 'Id of the step the flow leaves.' }),
    to: Id.meta({ description: 'Id of the step the flow enters.' }),
    label: LocalizedText.optional(),
    probability: Probability.optional().meta({
      description:
        'Chance that a customer leaving `from` takes this branch. Give it on all branches of a step (they must sum to 1 for every class) or on none (equal chances). On a background flow: the chance the background work is started (default 1).',
    }),
    classProbability: z.record(Id, Probability).optional().meta({
      description:
        'Chance of this branch for the named classes, overriding `probability` for them: one arrow for "3 % of A, 25 % of C are rejected". On a background flow: the chance a customer of that class starts the work. Keys are class ids.',
    }),
    classes: z.array(Id).min(1).optional().meta({
      description: 'Only customers of these classes take this flow. Absent: every class.',
    }),
    when: QueueCondition.optional().meta({
      description:
        'Take this flow when the queue at a step is this long or longer, instead of by a chance (no `probability` or `classProbability` with it). One such flow per step and class; the step needs another flow open to the same classes for when the queue is shorter. New in format version 3.',
    }),
    background: z.boolean().optional().meta({
      description:
        'Work that goes on without the customer (e.g. filing after the customer left): it occupies the target step and its pool, the customer does not wait for it.',
    }),
    failing: z.boolean().optional().meta({
      description:
        'This branch is the step\'s failure ("not eligible"): each customer who takes it counts as a failure of the `from` step, so an F mark on a decision is measured. Ignored on a background flow.',
    }),
    extensions: Extensions.optional(),
  })
  .meta({
    title: 'Flow',
    description:
      'An arrow from one step to another. Flows touching evidence or note steps are drawn but not simulated.',
  });

export type Flow = z.infer<typeof Flow>;
