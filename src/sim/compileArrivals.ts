/**
 * Who arrives, compiled for the engine: the customer classes (patience, balking, service
 * target) and the arrival streams (a Poisson rate, a profile over the day or booked
 * appointments), one stream per class of a shared arrival.
 */
import type { Arrivals, Blueprint } from '../model/index.ts';
// The zod-free modules of the model, not its index (see compile.ts).
import { minutesOfDay } from '../model/constants.ts';
import { DEFAULTS } from '../model/defaults.ts';
import { optionalSampler as sampler } from './distributions.ts';
import type { CompiledClass, CompiledStream, StreamShape } from './model.ts';

/** The class a blueprint without classes simulates. */
export const DEFAULT_CLASS_ID = 'customer';

export function compileClasses(blueprint: Blueprint): CompiledClass[] {
  const classes = blueprint.classes ?? [];
  if (classes.length === 0)
    return [
      {
        index: 0,
        id: DEFAULT_CLASS_ID,
        patience: null,
        patienceShift: 0,
        balkAt: Infinity,
        target: null,
      },
    ];
  return classes.map((customerClass, index) => ({
    index,
    id: customerClass.id,
    patience: sampler(customerClass.patience),
    patienceShift: customerClass.patienceShift ?? 0,
    balkAt: customerClass.balkAt ?? Infinity,
    target: customerClass.serviceTarget
      ? {
          minutes: customerClass.serviceTarget.minutes,
          measure: customerClass.serviceTarget.measure,
          share: customerClass.serviceTarget.share ?? null,
        }
      : null,
  }));
}

function shapeOf(arrivals: Arrivals, scale: number): StreamShape {
  switch (arrivals.type) {
    case 'poisson':
      return {
        kind: 'rate',
        constant: true,
        periods: [{ from: 0, to: 1440, perMinute: (arrivals.perHour * scale) / 60 }],
      };
    case 'profile':
      return {
        kind: 'rate',
        constant: false,
        periods: arrivals.periods
          .map((period) => ({
            from: minutesOfDay(period.from),
            to: minutesOfDay(period.to),
            perMinute: (period.perHour * scale) / 60,
          }))
          .sort((a, b) => a.from - b.from),
      };
    case 'appointments':
      return {
        kind: 'appointments',
        bookings: arrivals.slots
          .flatMap((slot) =>
            Array<number>(slot.count ?? DEFAULTS.slotCount).fill(minutesOfDay(slot.at)),
          )
          .sort((a, b) => a - b),
        noShow: arrivals.noShow ?? DEFAULTS.noShow,
        lateness: sampler(arrivals.lateness),
      };
  }
}

export function compileStreams(
  blueprint: Blueprint,
  stepIndex: Map<string, number>,
): CompiledStream[] {
  const streams: CompiledStream[] = [];
  const classes = blueprint.classes ?? [];
  const shares = Float64Array.from(classes.length ? classes.map((c) => c.share ?? 0) : [1]);
  const shared = blueprint.arrivals;
  if (shared) {
    const entry = stepIndex.get(shared.entry)!;
    if (shared.type === 'appointments') {
      // One booking list; each booked customer's class is drawn by the shares.
      const cumulative = new Float64Array(shares.length);
      shares.reduce((sum, share, i) => (cumulative[i] = sum + share), 0);
      streams.push({
        name: 'arrivals:shared',
        entry,
        classIndex: classes.length ? -1 : 0,
        shares: cumulative,
        shape: shapeOf(shared, 1),
      });
    } else {
      // Poisson splitting: a class's share of a Poisson stream is a Poisson stream of its own.
      shares.forEach((share, classIndex) => {
        if (share <= 0) return;
        const name = `class:${classes[classIndex]?.id ?? DEFAULT_CLASS_ID}:arrivals:shared`;
        streams.push({ name, entry, classIndex, shares, shape: shapeOf(shared, share) });
      });
    }
  }
  classes.forEach((customerClass, classIndex) => {
    if (!customerClass.arrivals) return;
    const entry = stepIndex.get(customerClass.arrivals.entry)!;
    streams.push({
      name: `class:${customerClass.id}:arrivals:own`,
      entry,
      classIndex,
      shares,
      shape: shapeOf(customerClass.arrivals, 1),
    });
  });
  return streams;
}
