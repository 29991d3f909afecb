/**
 * A month of day types (a month's run): the month's figures with their intervals, and
 * each day type's own day in a small table, one of which is shown in full below it (and
 * as heat on the canvas). Props only: the run store keeps the month and the day shown.
 */
import '../styles/results.css';
import '../styles/month.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Month } from '../../analysis/month.ts';
import { type Blueprint, findDayType } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { KpiCard } from './KpiCard.tsx';
import { monthKpiLabelKey, monthKpis } from './monthKpis.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';

export interface MonthPanelProps {
  month: Month;
  /** The blueprint the month was run on, for the day types' names. */
  blueprint: Blueprint;
  /** The day type whose results are shown below. */
  shownDay: string | undefined;
  onShowDay: (dayType: string) => void;
}

/** A day type's name in the UI language, else its id. */
export function useDayTypeName(blueprint: Blueprint): (id: string) => string {
  const text = useLocalizedText();
  return (id) => {
    const day = findDayType(blueprint, id);
    return (day && text(day.label)) || id;
  };
}

export function MonthPanel({ month, blueprint, shownDay, onShowDay }: MonthPanelProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const dayName = useDayTypeName(blueprint);
  const priced = month.month.cost !== null;
  const radios = useId();
  return (
    <div className="results-panel results-month" data-testid="month-panel">
      <ResultsSection
        heading={t('month.heading', { days: month.month.days })}
        caption={t('month.caption', {
          replications: month.run.replications,
          seed: month.run.seed,
        })}
      >
        <dl className="results-kpis">
          {monthKpis(month.month).map((kpi) => (
            <KpiCard
              key={kpi.id}
              id={kpi.id}
              label={t(monthKpiLabelKey(kpi.id))}
              value={format.value(kpi.estimate.mean, kpi.unit)}
              details={[
                kpi.perMonth ? t('month.perMonth') : null,
                format.ci(kpi.estimate.ci95, kpi.unit),
                kpi.share
                  ? t('month.abandonedShare', { value: format.value(kpi.share.mean, 'share') })
                  : null,
              ]}
            />
          ))}
        </dl>
      </ResultsSection>
      <ResultsSection heading={t('month.days.heading')} caption={t('month.days.caption')}>
        <div className="results-table-scroll">
          <table className="results-table results-month__days">
            <thead>
              <tr>
                <th scope="col">{t('month.days.dayType')}</th>
                <th scope="col">{t('month.days.daysPerMonth')}</th>
                <th scope="col">{t('month.days.arrived')}</th>
                <th scope="col">{t('month.days.waitMean')}</th>
                <th scope="col">{t('month.days.abandoned')}</th>
                {priced && <th scope="col">{t('month.days.cost')}</th>}
                <th scope="col">{t('month.days.show')}</th>
              </tr>
            </thead>
            <tbody>
              {month.dayTypes.map((day) => {
                const { system } = day.results;
                const name = dayName(day.id);
                return (
                  <tr key={day.id} data-day-type={day.id} aria-current={day.id === shownDay}>
                    <th scope="row">{name}</th>
                    <td>{t('month.days.daysValue', { count: day.daysPerMonth })}</td>
                    <td>{format.value(system.counts.arrived.mean, 'customers')}</td>
                    <td>{format.value(system.wait.mean, 'minutes')}</td>
                    <td>{format.value(system.counts.abandoned.mean, 'customers')}</td>
                    {priced && <td>{format.value(system.cost?.total.mean, 'money')}</td>}
                    <td>
                      <input
                        type="radio"
                        name={radios}
                        checked={day.id === shownDay}
                        aria-label={t('month.days.showDay', { day: name })}
                        onChange={() => onShowDay(day.id)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ResultsSection>
      {shownDay !== undefined && (
        <p className="results-month__shown" data-testid="month-shown-day">
          {t('month.shown', { day: dayName(shownDay) })}
        </p>
      )}
    </div>
  );
}
