/**
 * Two saved scenarios side by side, the baseline on the left: the same figures, the change coloured
 * (green better, red worse) with its arrow and words, whether it is beyond the noise of
 * the simulation, and what differs between the two blueprints.
 */
import '../styles/results.css';
import '../styles/compare.css';
import '../styles/month.css';
import { useId, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { pairedMonths } from '../../analysis/month.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { type ComparisonRow, compareScenarios } from './comparison.ts';
import { blueprintDifferences } from './differences.ts';
import { DifferencesList } from './DifferencesList.tsx';
import { signedAmount } from './format.ts';
import { useDayTypeName } from './MonthPanel.tsx';
import { type MonthKpiId, monthKpiLabelKey } from './monthKpis.ts';
import { type Names, namesIn } from './names.ts';
import { type Scenario, runDayOf, sameRunDay } from './scenario.ts';
import { useRunDayName } from './useRunDayName.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export interface ScenarioComparisonProps {
  left: Scenario;
  right: Scenario;
  onClose?: () => void;
}

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

function savedAt(createdAt: string, language: string): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return createdAt;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(date);
}

/** How the difference was judged: paired or Welch, with its interval; null where it moved not at all. */
function noiseText(
  row: ComparisonRow,
  format: ReturnType<typeof useResultsFormat>,
  t: TFunction,
): string | null {
  const c = 'results.comparison';
  if (row.change === 'same' || row.change === 'missing') return null;
  const difference = row.difference;
  if (!difference?.ci95) return t(`${c}.noCi`);
  // A month's figure paired day type by day type (its n is each day type's replications).
  const method =
    row.metric === 'month' && difference.method === 'paired' ? 'pairedMonth' : difference.method;
  // The bounds with the difference's decimals, their unit said once by the difference.
  const bound = (value: number) =>
    signedAmount(value, row.unit, format.language, difference.difference, format.currency);
  return t(`${c}.${method}`, {
    n: difference.n,
    difference: format.difference(difference.difference, row.unit),
    low: bound(difference.ci95[0]),
    high: bound(difference.ci95[1]),
  });
}

/** The figure a row shows: a pool's or a step's named, else the whole process's (or its class's). */
function labelOf(row: ComparisonRow, names: Names, t: TFunction): string {
  const c = 'results.comparison';
  switch (row.metric) {
    case 'poolUtilization':
    case 'poolCost':
    case 'poolOvertime':
    case 'poolOvertimeCost':
      return t(`${c}.${row.metric}`, { pool: names.pool(row.subjectId!) });
    case 'stepWait':
    case 'stepWaitAll':
      return t(`${c}.${row.metric}`, { step: names.step(row.subjectId!) });
    case 'month':
      return t(monthKpiLabelKey(row.subjectId as MonthKpiId));
    default:
      return t(`results.kpis.${row.metric}`);
  }
}

function className(classId: string, names: Names, t: TFunction): string {
  return names.customerClass(classId) ?? t('results.classes.defaultClass');
}

interface RowGroup {
  dayType: string | undefined;
  classId: string | null;
  rows: ComparisonRow[];
}

/**
 * Consecutive rows of one day type (two months compared) and one class (or of none)
 * together: each under a heading of its own.
 */
function groupsOf(rows: ComparisonRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.classId === row.classId && last.dayType === row.dayType) last.rows.push(row);
    else groups.push({ dayType: row.dayType, classId: row.classId, rows: [row] });
  }
  return groups;
}

/** A group's heading: its day type (per day, with its days a month) or its class; none for the rest. */
function GroupHeading({ group, names, left }: { group: RowGroup; names: Names; left: Scenario }) {
  const { t } = useTranslation();
  const dayName = useDayTypeName(left.blueprint);
  const c = 'results.comparison';
  if (group.dayType === undefined && group.classId === null) return null;
  const text =
    group.dayType !== undefined
      ? t(`${c}.dayGroup`, {
          day: dayName(group.dayType),
          count: left.month?.dayTypes.find((day) => day.id === group.dayType)?.daysPerMonth ?? 0,
        })
      : t(`${c}.classGroup`, { class: className(group.classId!, names, t) });
  return (
    <tr className="results-compare__group" data-day-type={group.dayType}>
      <th scope="rowgroup" colSpan={4}>
        {text}
      </th>
    </tr>
  );
}

function ComparisonLine({ row, names }: { row: ComparisonRow; names: Names }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const c = 'results.comparison';
  const label = labelOf(row, names, t);
  // A class's rows sit under its heading; read alone, the cell needs the class too.
  const spoken =
    row.classId === null
      ? label
      : t(`${c}.classFigure`, { class: className(row.classId, names, t), figure: label });
  const arrow =
    row.left === null || row.right === null || row.change === 'same'
      ? ARROWS.flat
      : row.right > row.left
        ? ARROWS.up
        : ARROWS.down;
  const fromTo = t(`${c}.arrow`, {
    from: format.amount(row.left, row.unit),
    to: format.value(row.right, row.unit),
  });
  const noise = noiseText(row, format, t);
  return (
    <tr
      className={`results-compare__row results-compare__row--${row.change}`}
      data-row={row.key}
      data-change={row.change}
    >
      <th scope="row">{label}</th>
      <td>
        {format.value(row.left, row.unit)}
        <span className="results-compare__ci">{format.ci(row.leftCi, row.unit)}</span>
      </td>
      <td>
        {format.value(row.right, row.unit)}
        <span className="results-compare__ci">{format.ci(row.rightCi, row.unit)}</span>
      </td>
      <td className={`results-change results-change--${row.change}`}>
        {row.change !== 'same' && (
          <span className="results-change__text">
            <span className="results-change__arrow" aria-hidden="true">
              {arrow}
            </span>{' '}
            {/* The row's header says which figure; a screen reader reading the cell alone needs it. */}
            <span className="results-sr-only">{spoken} </span>
            {fromTo}
          </span>
        )}
        <span className="results-change__verdict">{t(`${c}.direction.${row.change}`)}</span>
        {noise !== null && <span className="results-change__noise">{noise}</span>}
      </td>
    </tr>
  );
}

export function ScenarioComparison({ left, right, onClose }: ScenarioComparisonProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const headingId = useId();
  const c = 'results.comparison';
  const rows = useMemo(() => compareScenarios(left, right), [left, right]);
  const dayName = useRunDayName();
  const leftDay = runDayOf(left);
  const rightDay = runDayOf(right);
  // Say what kind of comparison this is when the two runs are not of the same day.
  const dayNote = !sameRunDay(leftDay, rightDay)
    ? t(
        leftDay.month !== rightDay.month
          ? 'month.runDay.monthAndDay'
          : 'month.runDay.differentDays',
        {
          left: dayName(left) ?? t('month.runDay.asDrawn'),
          right: dayName(right) ?? t('month.runDay.asDrawn'),
        },
      )
    : left.month && right.month
      ? t(
          pairedMonths(left.month, right.month)
            ? 'month.runDay.monthsPaired'
            : 'month.runDay.months',
        )
      : null;
  const differences = useMemo(
    () => blueprintDifferences(left.blueprint, right.blueprint),
    [left.blueprint, right.blueprint],
  );
  const before = useMemo(() => namesIn(left.blueprint, language), [left.blueprint, language]);
  const after = useMemo(() => namesIn(right.blueprint, language), [right.blueprint, language]);
  // Names from the right-hand blueprint, else the left (a step only the left one has).
  const names: Names = useMemo(
    () => ({
      step: (id) => (right.blueprint.steps.some((s) => s.id === id) ? after : before).step(id),
      pool: (id) =>
        ((right.blueprint.resources ?? []).some((p) => p.id === id) ? after : before).pool(id),
      customerClass: (id) => after.customerClass(id) ?? before.customerClass(id),
    }),
    [after, before, right.blueprint],
  );
  return (
    <section
      className="results-compare"
      aria-labelledby={headingId}
      data-testid="scenario-comparison"
    >
      <div className="results-compare__head">
        <h2 id={headingId} className="results-panel__heading">
          {t(`${c}.heading`)}
        </h2>
        {onClose && (
          <button type="button" className="results-button" onClick={onClose}>
            {t(`${c}.close`)}
          </button>
        )}
      </div>
      {dayNote && (
        <p className="results-compare__days" role="note" data-testid="comparison-days">
          {dayNote}
        </p>
      )}
      <div className="results-table-scroll">
        <table className="results-table results-compare__table">
          <thead>
            <tr>
              <th scope="col">{t(`${c}.figure`)}</th>
              {[left, right].map((scenario) => (
                <th scope="col" key={scenario.id}>
                  <span className="results-compare__name">{scenario.name}</span>
                  {dayName(scenario) && (
                    <span className="results-compare__date">{dayName(scenario)}</span>
                  )}
                  <span className="results-compare__date">
                    {t(`${c}.savedAt`, { time: savedAt(scenario.createdAt, language) })}
                  </span>
                </th>
              ))}
              <th scope="col" className="results-compare__change-head">
                {t(`${c}.change`)}
              </th>
            </tr>
          </thead>
          {groupsOf(rows).map((group) => (
            <tbody
              key={group.rows[0]!.key}
              data-class-id={group.classId ?? undefined}
              data-day-type={group.dayType}
            >
              <GroupHeading group={group} names={names} left={left} />
              {group.rows.map((row) => (
                <ComparisonLine key={row.key} row={row} names={names} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <h3 className="results-section__heading">{t(`${c}.differencesHeading`)}</h3>
      <DifferencesList differences={differences} before={before} after={after} />
    </section>
  );
}
