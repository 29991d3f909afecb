import { z } from 'zod';
import { PositiveMinutes, TimeOfDay } from './primitives.ts';

const common = {
  replications: z.int().min(1).max(10000).optional().meta({
    description: 'Independent runs to average, giving confidence intervals. Default 10.',
  }),
  seed: z.int().min(0).max(4294967295).optional().meta({
    description: 'Seed of the random numbers: the same seed gives the same results. Default 1.',
  }),
};

const BusinessDay = z
  .strictObject({
    mode: z.literal('day'),
    open: TimeOfDay.meta({ description: 'Doors open: first arrivals.' }),
    close: TimeOfDay.meta({
      description: 'Doors close: no new arrivals; customers inside are finished.',
    }),
    ...common,
  })
  .meta({ title: 'Business day', description: 'One opening day, from empty to empty.' });

/**
 * Ten million minutes is 19 years of simulated time: far past any steady state a bank
 * process needs, and a bound that keeps a mistyped exponent from hanging a run.
 */
const MAX_RUN_MINUTES = 10_000_000;

const SteadyState = z
  .strictObject({
    mode: z.literal('steady'),
    horizon: PositiveMinutes.max(MAX_RUN_MINUTES).meta({
      description: 'Minutes simulated after the warm-up (at most 10 000 000).',
    }),
    warmup: z.number().nonnegative().max(MAX_RUN_MINUTES).optional().meta({
      description:
        'Minutes simulated first and discarded, so the queues start filled (at most 10 000 000). Default 0.',
    }),
    ...common,
  })
  .meta({
    title: 'Steady state',
    description:
      'A long run at constant conditions. The clock starts at 00:00 and schedules and profiles repeat every 24 h.',
  });

export const RunSettings = z
  .discriminatedUnion('mode', [BusinessDay, SteadyState])
  .meta({ description: 'How the simulator runs this blueprint.' });

export type RunSettings = z.infer<typeof RunSettings>;
