/**
 * Which days of a log of several the arrivals are fitted from: all pooled, workdays,
 * weekends, one weekday, or a day type of the blueprint whose days in the log the user
 * ticks (its arrival factor is then fitted against the other days). Below, each
 * weekday's arrivals a day with its interval, so the user sees how the weekdays differ.
 * The choice regroups the counts already read: nothing is read again.
 */
import { useTranslation } from 'react-i18next';
import {
  type CalibrationFits,
  type DayChoice,
  type DayType,
  calendarChoices,
  isDayOf,
  weekdayRows,
} from '../../calibrate/index.ts';
import type { Blueprint } from '../../model/index.ts';
import { weekdayOf } from '../../analysis/fit/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { clock, figure } from './format.ts';

const BLUEPRINT_PREFIX = 'blueprint:';

function choiceValue(choice: DayChoice): string {
  return choice.kind === 'calendar' ? choice.dayType : `${BLUEPRINT_PREFIX}${choice.dayType}`;
}

export function ArrivalDays({
  blueprint,
  fits,
  choice,
  onChange,
}: {
  blueprint: Blueprint;
  /** The fits as read, with every date's counts. */
  fits: CalibrationFits;
  choice: DayChoice;
  onChange: (choice: DayChoice) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const daily = fits.daily;
  if (daily === undefined || daily.dates.length < 2) return null;
  const dayTypes = blueprint.dayTypes ?? [];
  const daysOf = (kind: DayType) => daily.dates.filter((date) => isDayOf(date, kind)).length;
  const totals = new Map(daily.dates.map((date, i) => [date, sum(daily.counts[i]!)]));
  const marked = new Set(choice.kind === 'blueprint' ? choice.dates : []);
  const chosenType = choice.kind === 'blueprint' ? choice.dayType : undefined;
  const chosenLabel = (() => {
    const found = dayTypes.find((d) => d.id === chosenType);
    return (found && text(found.label)) || chosenType || '';
  })();

  const choose = (value: string) => {
    if (value.startsWith(BLUEPRINT_PREFIX))
      onChange({ kind: 'blueprint', dayType: value.slice(BLUEPRINT_PREFIX.length), dates: [] });
    else onChange({ kind: 'calendar', dayType: value as DayType });
  };
  const toggle = (date: string) => {
    if (choice.kind !== 'blueprint') return;
    const next = new Set(marked);
    if (next.has(date)) next.delete(date);
    else next.add(date);
    onChange({ ...choice, dates: daily.dates.filter((d) => next.has(d)) });
  };

  return (
    <section className="calibrate-days" aria-labelledby="calibrate-days-title">
      <h3 id="calibrate-days-title">{t('calibrate.days.title')}</h3>
      <label className="calibrate-field">
        <span>{t('calibrate.days.choice')}</span>
        <select
          value={choiceValue(choice)}
          data-testid="calibrate-days-choice"
          onChange={(event) => choose(event.currentTarget.value)}
        >
          {calendarChoices(daily).map((kind) => (
            <option key={kind} value={kind}>
              {t('calibrate.days.option', {
                name: t(`calibrate.days.kind.${kind}`),
                days: t('calibrate.days.count', { count: daysOf(kind) }),
              })}
            </option>
          ))}
          {dayTypes.map((dayType) => (
            <option key={dayType.id} value={`${BLUEPRINT_PREFIX}${dayType.id}`}>
              {t('calibrate.days.dayType', { name: text(dayType.label) || dayType.id })}
            </option>
          ))}
        </select>
      </label>
      <p className="calibrate-hint">
        {choice.kind === 'blueprint'
          ? t('calibrate.days.dayTypeHint', { name: chosenLabel })
          : t('calibrate.days.calendarHint')}
      </p>
      {choice.kind === 'blueprint' && (
        <fieldset className="calibrate-days__dates" data-testid="calibrate-days-dates">
          <legend>{t('calibrate.days.whichDates', { name: chosenLabel })}</legend>
          {daily.dates.map((date) => (
            <label key={date} className="calibrate-days__date">
              <input type="checkbox" checked={marked.has(date)} onChange={() => toggle(date)} />
              <span>
                {t('calibrate.days.date', {
                  date,
                  weekday: t(`calibrate.days.short.${weekdayOf(date)}`),
                  count: totals.get(date) ?? 0,
                })}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <WeekdayTable fits={fits} />
    </section>
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, x) => total + x, 0);
}

/** Each weekday of the log: days, arrivals a day with the interval, the busiest bin. */
function WeekdayTable({ fits }: { fits: CalibrationFits }) {
  const { t } = useTranslation();
  const rows = weekdayRows(fits);
  const confidence = Math.round(fits.confidence * 100);
  return (
    <table className="calibrate-table calibrate-table--compact" data-testid="calibrate-weekdays">
      <caption>{t('calibrate.days.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calibrate.days.weekday')}</th>
          <th scope="col">{t('calibrate.days.days')}</th>
          <th scope="col">{t('calibrate.days.perDay')}</th>
          <th scope="col">{t('calibrate.days.interval', { confidence })}</th>
          <th scope="col">{t('calibrate.days.busiest')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.weekday}>
            <th scope="row">{t(`calibrate.days.weekdayName.${row.weekday}`)}</th>
            <td className="calibrate-table__number">{row.days}</td>
            <td className="calibrate-table__number">{figure(row.perDay.value)}</td>
            <td className="calibrate-table__number">
              {t('calibrate.days.range', {
                low: figure(row.perDay.lower),
                high: figure(row.perDay.upper),
              })}
            </td>
            <td className="calibrate-table__number">
              {t('calibrate.days.busiestValue', {
                from: clock(row.busiest.from),
                to: clock(row.busiest.to),
                perHour: figure(row.busiest.perHour),
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
