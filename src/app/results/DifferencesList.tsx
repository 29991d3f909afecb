/** What differs between two blueprints, in plain words (blueprintDifferences). */
import { useTranslation } from 'react-i18next';
import type { ArrivalRate, Difference, RunWindow } from './differences.ts';
import type { Names } from './names.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function DifferencesList({
  differences,
  before,
  after,
}: {
  differences: Difference[];
  /** Names from the left blueprint (for what was removed) and the right (for what was added). */
  before: Names;
  after: Names;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const c = 'results.comparison';
  const rate = (value: ArrivalRate | null): string =>
    value === null
      ? t(`${c}.none`)
      : t(value.per === 'hour' ? `${c}.rateHour` : `${c}.rateDay`, {
          value: format.value(value.value, 'count'),
        });
  const window = (value: RunWindow): string =>
    value.mode === 'day'
      ? t(`${c}.windowDay`, { open: value.open, close: value.close })
      : t(`${c}.windowSteady`, { horizon: value.horizon, warmup: value.warmup });
  const className = (id: string): string =>
    after.customerClass(id) ?? before.customerClass(id) ?? id;
  const pool = (id: string | null): string => (id === null ? t(`${c}.none`) : after.pool(id));
  const percent = (share: number): string => format.value(share, 'share');

  function text(d: Difference): string {
    switch (d.kind) {
      case 'poolAdded':
        return t(`${c}.diff.poolAdded`, { pool: after.pool(d.poolId), capacity: d.capacity });
      case 'poolRemoved':
        return t(`${c}.diff.poolRemoved`, { pool: before.pool(d.poolId), capacity: d.capacity });
      case 'poolCapacity':
        return t(`${c}.diff.poolCapacity`, { pool: after.pool(d.poolId), from: d.from, to: d.to });
      case 'poolSchedule':
        return t(`${c}.diff.poolSchedule`, { pool: after.pool(d.poolId) });
      case 'stepAdded':
        return t(`${c}.diff.stepAdded`, { step: after.step(d.stepId) });
      case 'stepRemoved':
        return t(`${c}.diff.stepRemoved`, { step: before.step(d.stepId) });
      case 'stepDuration':
        return d.from !== null && d.to !== null && d.from !== d.to
          ? t(`${c}.diff.stepDuration`, {
              step: after.step(d.stepId),
              from: format.value(d.from, 'count'),
              to: format.value(d.to, 'count'),
            })
          : t(`${c}.diff.stepDurationShape`, { step: after.step(d.stepId) });
      case 'stepPool':
        return t(`${c}.diff.stepPool`, {
          step: after.step(d.stepId),
          from: d.from === null ? t(`${c}.none`) : before.pool(d.from),
          to: pool(d.to),
        });
      case 'stepFailure':
        return t(`${c}.diff.stepFailure`, {
          step: after.step(d.stepId),
          from: percent(d.from),
          to: percent(d.to),
        });
      case 'routing':
        return t(`${c}.diff.routing`, { added: d.added, removed: d.removed, changed: d.changed });
      case 'arrivals': {
        const samePace =
          d.from !== null &&
          d.to !== null &&
          d.from.per === d.to.per &&
          d.from.value === d.to.value;
        if (d.classId === null) {
          return samePace
            ? t(`${c}.diff.arrivalsPattern`, { rate: rate(d.to) })
            : t(`${c}.diff.arrivals`, { from: rate(d.from), to: rate(d.to) });
        }
        const name = className(d.classId);
        return samePace
          ? t(`${c}.diff.classArrivalsPattern`, { class: name, rate: rate(d.to) })
          : t(`${c}.diff.classArrivals`, { class: name, from: rate(d.from), to: rate(d.to) });
      }
      case 'classAdded':
        return t(`${c}.diff.classAdded`, { class: className(d.classId) });
      case 'classRemoved':
        return t(`${c}.diff.classRemoved`, { class: className(d.classId) });
      case 'classChanged':
        return t(`${c}.diff.classChanged`, { class: className(d.classId) });
      case 'runWindow':
        return t(`${c}.diff.runWindow`, { from: window(d.from), to: window(d.to) });
      case 'replications':
        return t(`${c}.diff.replications`, { from: d.from, to: d.to });
    }
  }

  if (differences.length === 0) return <p className="results-empty">{t(`${c}.noDifferences`)}</p>;
  return (
    <ul className="results-differences">
      {differences.map((difference, index) => (
        <li key={index} data-difference={difference.kind}>
          {text(difference)}
        </li>
      ))}
    </ul>
  );
}
