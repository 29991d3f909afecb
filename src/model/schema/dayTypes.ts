/**
 * Day types: the kinds of day a branch plans for (an ordinary day, pension day, month end,
 * the day before a holiday), each a change to the blueprint's one day: more or fewer
 * arrivals, and other staffing. A run is of one day type; src/model/dayTypes.ts applies one.
 */
import { z } from 'zod';
import { CapacityPeriod, MAX_POOL_CAPACITY } from './resource.ts';
import { Extensions, Id, LocalizedText } from './primitives.ts';

/** Arrivals scaled beyond this are a typo, not a busy day (the engine has its own rate limit). */
export const MAX_ARRIVAL_FACTOR = 100;

const PoolOnDay = z
  .strictObject({
    capacity: z.int().min(0).max(MAX_POOL_CAPACITY).meta({
      description:
        'Units available on this day type outside any schedule period (at most 1 000 000).',
    }),
    schedule: z.array(CapacityPeriod).optional().meta({
      description:
        "Capacity by time of day on this day type; replaces the pool's own schedule (none: the capacity all day).",
    }),
  })
  .meta({ description: "The pool's staffing on this day type, in place of its usual one." });

export const DayType = z
  .strictObject({
    id: Id,
    label: LocalizedText.optional(),
    description: LocalizedText.optional(),
    daysPerMonth: z.number().positive().max(31).optional().meta({
      description:
        'How many days of this type a typical month has (weights the day types in a month; default 1).',
    }),
    arrivalFactor: z.number().positive().max(MAX_ARRIVAL_FACTOR).optional().meta({
      description:
        'Every walk-in arrival rate times this (1.8: 80 % more customers than the blueprint says). Booked appointments are not scaled. Default 1.',
    }),
    staffing: z.record(Id, PoolOnDay).optional().meta({
      description:
        'Pool id → its capacity (and schedule) on this day type; pools not named keep their own.',
    }),
    extensions: Extensions.optional(),
  })
  .meta({
    title: 'Day type',
    description:
      'A kind of day (pension day 养老金发放日, month end, before a holiday): the blueprint with more or fewer arrivals and other staffing. A run is of one day type at a time.',
  });

export type DayType = z.infer<typeof DayType>;
