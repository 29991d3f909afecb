/** Periods of the day ("from"–"to") must run forwards and must not overlap. */
import type { PathSegment } from '../findings.ts';
import { minutesOfDay } from '../schema/primitives.ts';
import type { CheckContext } from './context.ts';

export function checkPeriods(
  context: CheckContext,
  periods: readonly { from: string; to: string }[],
  path: PathSegment[],
): void {
  const sorted = periods
    .map((period, index) => ({
      index,
      from: minutesOfDay(period.from),
      to: minutesOfDay(period.to),
      period,
    }))
    .sort((a, b) => a.from - b.from);
  for (const { index, from, to, period } of sorted) {
    if (from >= to) {
      context.report({
        severity: 'error',
        code: 'period-backwards',
        path: [...path, index, 'to'],
        params: { from: period.from, to: period.to },
      });
    }
  }
  // Backwards periods are reported above; comparing them for overlaps would only echo that.
  const forwards = sorted.filter(({ from, to }) => from < to);
  for (let i = 1; i < forwards.length; i++) {
    const before = forwards[i - 1]!;
    const after = forwards[i]!;
    if (after.from < before.to) {
      context.report({
        severity: 'error',
        code: 'periods-overlap',
        path: [...path, after.index, 'from'],
        params: {
          from: after.period.from,
          to: after.period.to,
          otherFrom: before.period.from,
          otherTo: before.period.to,
          item: before.index,
        },
      });
    }
  }
}
