import { z } from 'zod';
import { Arrivals } from './arrivals.ts';
import { Distribution } from './distribution.ts';
import {
  Color,
  Extensions,
  Id,
  LocalizedText,
  PositiveMinutes,
  Probability,
} from './primitives.ts';

const ServiceTarget = z
  .strictObject({
    minutes: PositiveMinutes.meta({ description: 'The target, in minutes.' }),
    measure: z.enum(['wait', 'timeInSystem']).meta({
      description: 'wait: total time queueing for pools; timeInSystem: arrival to leaving.',
    }),
    share: Probability.optional().meta({
      description: 'Share of customers that should meet it, e.g. 0.8 for "80 % within 10 minutes".',
    }),
  })
  .meta({ description: 'The service level this class is promised.' });

export const CustomerClass = z
  .strictObject({
    id: Id,
    label: LocalizedText,
    color: Color.optional(),
    share: Probability.optional().meta({
      description:
        "This class's share of the blueprint's `arrivals`. Shares of all classes that give one must sum to 1.",
    }),
    arrivals: Arrivals.optional().meta({
      description: "This class's own arrival stream, in addition to any share of the blueprint's.",
    }),
    priority: z.int().optional().meta({
      description: 'Higher is served first at pools with discipline "priority". Default 0.',
    }),
    patience: Distribution.optional().meta({
      description:
        'How long a customer waits in one queue before giving up (reneging). Absent: forever.',
    }),
    patienceShift: z.number().nonnegative().optional().meta({
      description:
        'Minutes at the start of each wait in which nobody gives up (nobody leaves in the first 2 minutes): the patience drawn from `patience` counts from then, so a customer gives up after patienceShift + the draw. New in version 4. Ignored without `patience`. Default 0.',
    }),
    balkAt: z.int().min(1).optional().meta({
      description:
        'A customer who finds this many or more waiting does not join the queue (balking).',
    }),
    serviceTarget: ServiceTarget.optional(),
    extensions: Extensions.optional(),
  })
  .meta({
    title: 'Customer class',
    description:
      'A kind of customer (retail, VIP; the A/B/C segments) with its own arrivals and behaviour.',
  });

export type CustomerClass = z.infer<typeof CustomerClass>;
