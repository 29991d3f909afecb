import { z } from 'zod';
import { Distribution } from './distribution.ts';
import { Id, Probability, TimeOfDay } from './primitives.ts';

const entry = Id.meta({ description: 'Id of the step where arriving customers start.' });
const perHour = z.number().nonnegative().meta({ description: 'Arrivals per hour.' });

const Poisson = z
  .strictObject({ type: z.literal('poisson'), entry, perHour })
  .meta({ title: 'Poisson', description: 'Random arrivals at a constant average rate.' });

const RatePeriod = z.strictObject({ from: TimeOfDay, to: TimeOfDay, perHour });

const Profile = z
  .strictObject({
    type: z.literal('profile'),
    entry,
    periods: z.array(RatePeriod).min(1).meta({
      description:
        'Arrival rate by time of day; no arrivals outside the periods. Must not overlap.',
    }),
  })
  .meta({
    title: 'Rate profile',
    description: 'Random arrivals whose rate changes over the day (a lunch peak).',
  });

const Slot = z.strictObject({
  at: TimeOfDay,
  // A branch books tens of customers at a time; the bound keeps a typo from making the
  // simulator list a billion appointments.
  count: z
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .meta({ description: 'Customers booked for this time (at most 10 000). Default 1.' }),
});

const Appointments = z
  .strictObject({
    type: z.literal('appointments'),
    entry,
    slots: z.array(Slot).min(1).meta({ description: 'Booked times.' }),
    noShow: Probability.optional().meta({
      description: 'Chance that a booked customer does not come. Default 0.',
    }),
    lateness: Distribution.optional().meta({
      description: 'Minutes after the booked time that a customer arrives. Default: on time.',
    }),
  })
  .meta({ title: 'Appointments', description: 'Customers booked for given times.' });

export const Arrivals = z
  .discriminatedUnion('type', [Poisson, Profile, Appointments])
  .meta({ description: 'How customers arrive.' });

export type Arrivals = z.infer<typeof Arrivals>;
