/**
 * One saved scenario in the list: its name, what was run (a what-if's change, a day type,
 * a month), its headline figures, a box to pick it for comparing and a remove button.
 */
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { formatAmount } from '../results/format.ts';
import type { Scenario } from '../results/scenario.ts';
import { useRunDayName } from '../results/useRunDayName.ts';

interface Props {
  scenario: Scenario;
  picked: boolean;
  onToggle: () => void;
  onRemove: () => void;
}

export function ScenarioRow({ scenario, picked, onToggle, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const minutes = (value: number | null | undefined) =>
    t('units.minutes', { value: formatAmount(value, 'minutes', language) });
  const stats = scenario.month
    ? t('month.runDay.statsMonth', {
        wait: minutes(scenario.month.month.wait.mean),
        completed: formatAmount(
          scenario.month.month.outcomes.completed?.mean,
          'customers',
          language,
        ),
      })
    : t('simulation.scenarios.stats', {
        p90: minutes(scenario.results.system.timeInSystem.p90),
        completed: formatAmount(
          scenario.results.system.outcomes.completed?.count.mean,
          'customers',
          language,
        ),
      });
  const day = useRunDayName()(scenario);
  return (
    <li className="scenarios__item">
      <label className="scenarios__pick">
        <input type="checkbox" checked={picked} onChange={onToggle} />
        <span className="scenarios__name">{scenario.name}</span>
      </label>
      {scenario.variant && (
        <span className="scenarios__day" data-testid="scenario-variant">
          {t('simulation.scenarios.whatIf', { variant: scenario.variant })}
        </span>
      )}
      {day && (
        <span className="scenarios__day" data-testid="scenario-day">
          {day}
        </span>
      )}
      <span className="scenarios__stats">{stats}</span>
      <button
        type="button"
        className="scenarios__remove"
        aria-label={t('simulation.scenarios.remove', { name: scenario.name })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
