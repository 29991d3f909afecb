import { z } from 'zod';
import { Extensions, Id, LocalizedText, TimeOfDay } from './primitives.ts';

/**
 * The most units a pool may have. A million tellers is already "unlimited" for any branch;
 * the bound keeps a typo (or 2³¹, which the engine's 32-bit counters cannot hold) from
 * becoming a pool that silently serves nobody.
 */
export const MAX_POOL_CAPACITY = 1_000_000;

export const CapacityPeriod = z
  .strictObject({
    from: TimeOfDay,
    to: TimeOfDay,
    capacity: z
      .int()
      .min(0)
      .max(MAX_POOL_CAPACITY)
      .meta({ description: 'Units available from `from` until `to` (at most 1 000 000).' }),
  })
  .meta({ description: 'A period of the day with a different capacity (a shift, lunch).' });

export const ResourcePool = z
  .strictObject({
    id: Id,
    kind: z.enum(['staff', 'system', 'space']).meta({
      description:
        'staff: people (tellers); system: machines and IT (ATM, core banking); space: seats, rooms.',
    }),
    label: LocalizedText,
    capacity: z.int().min(0).max(MAX_POOL_CAPACITY).meta({
      description:
        'Units available (tellers at windows, ATMs): outside any schedule period. At most 1 000 000.',
    }),
    schedule: z.array(CapacityPeriod).optional().meta({
      description:
        'Capacity by time of day; periods must not overlap. A unit taken away finishes the customer in hand first.',
    }),
    discipline: z.enum(['fifo', 'priority']).optional().meta({
      description:
        'Queue order: fifo (first come, first served; the default) or priority (higher class priority first, FIFO within a class, never interrupting service).',
    }),
    alsoServes: z.array(Id).min(1).optional().meta({
      description:
        'New in version 4. Pools whose queues this pool also serves when one of its units is free and nobody waits in its own queue (a VIP window that calls the next ordinary ticket when no VIP waits), in this order. Its own queue always goes first; the customer it takes is served by its unit for that one step. Steps that keep their units to a later step (keepUntil) are left to their own pool.',
    }),
    servesFirst: z.array(Id).min(1).optional().meta({
      description:
        'New in version 4. Pools whose queues this pool calls from before its own whenever one of its units is free (every teller window calls the next VIP ticket first), in this order. The customer it takes is served by its unit for that one step. Steps that keep their units to a later step (keepUntil) are left to their own pool.',
    }),
    costPerHour: z.number().nonnegative().optional().meta({
      description:
        'Cost of one unit for one hour, in the blueprint’s `currency` (absent: the currency of your choice).',
    }),
    extensions: Extensions.optional(),
  })
  .meta({ title: 'Resource pool', description: 'Staff or systems with limited capacity.' });

export type ResourcePool = z.infer<typeof ResourcePool>;
