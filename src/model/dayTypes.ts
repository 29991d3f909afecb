/**
 * A blueprint on one of its day types: the walk-in arrivals scaled by the day's factor and
 * the named pools staffed as the day says. The result is an ordinary blueprint, without
 * day types, so the simulator, the estimates and every view treat it like any other.
 */
import type { Arrivals } from './schema/arrivals.ts';
import type { Blueprint } from './schema/blueprint.ts';
import type { DayType } from './schema/dayTypes.ts';

/** A day type's weight in a month when it does not say. */
export const DEFAULT_DAYS_PER_MONTH = 1;

export function findDayType(blueprint: Blueprint, id: string): DayType | undefined {
  return blueprint.dayTypes?.find((dayType) => dayType.id === id);
}

function scaled(arrivals: Arrivals, factor: number): Arrivals {
  switch (arrivals.type) {
    case 'poisson':
      return { ...arrivals, perHour: arrivals.perHour * factor };
    case 'profile':
      return {
        ...arrivals,
        periods: arrivals.periods.map((period) => ({
          ...period,
          perHour: period.perHour * factor,
        })),
      };
    case 'appointments':
      // Bookings are made in advance and fixed: a busier day brings more walk-ins, not more booked slots.
      return arrivals;
  }
}

/**
 * The blueprint as it runs on `dayTypeId` (its `dayTypes` left out). Throws when the id is
 * not one of the blueprint's day types: callers offer only those that exist.
 */
export function applyDayType(blueprint: Blueprint, dayTypeId: string): Blueprint {
  const dayType = findDayType(blueprint, dayTypeId);
  if (!dayType) throw new Error(`day type ${dayTypeId} does not exist`);
  const factor = dayType.arrivalFactor ?? 1;
  const staffing = dayType.staffing ?? {};
  const rest = { ...blueprint };
  delete rest.dayTypes;
  return {
    ...rest,
    ...(blueprint.arrivals ? { arrivals: scaled(blueprint.arrivals, factor) } : {}),
    ...(blueprint.classes
      ? {
          classes: blueprint.classes.map((customerClass) =>
            customerClass.arrivals
              ? { ...customerClass, arrivals: scaled(customerClass.arrivals, factor) }
              : customerClass,
          ),
        }
      : {}),
    ...(blueprint.resources
      ? {
          resources: blueprint.resources.map((pool) => {
            const onDay = Object.hasOwn(staffing, pool.id) ? staffing[pool.id] : undefined;
            if (!onDay) return pool;
            const others = { ...pool };
            delete others.schedule;
            return {
              ...others,
              capacity: onDay.capacity,
              ...(onDay.schedule ? { schedule: onDay.schedule } : {}),
            };
          }),
        }
      : {}),
  };
}

/**
 * The blueprint on `dayTypeId` when it has that day type, otherwise as it is: a run
 * option remembered from another blueprint, or applied twice, changes nothing.
 */
export function onDayType(blueprint: Blueprint, dayTypeId: string | undefined): Blueprint {
  return dayTypeId !== undefined && findDayType(blueprint, dayTypeId)
    ? applyDayType(blueprint, dayTypeId)
    : blueprint;
}
