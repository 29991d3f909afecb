import { z } from 'zod';
import { Extensions, Id, LocalizedText, Probability } from './primitives.ts';

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
