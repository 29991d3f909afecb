/** What a saved run was of, in words: a month, a day type's name, or the blueprint as drawn. */
import { useTranslation } from 'react-i18next';
import { findDayType } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { type Scenario, runDayOf } from './scenario.ts';

/** Null for a blueprint without day types run as drawn: there is no day to tell apart. */
export function useRunDayName(): (scenario: Scenario) => string | null {
  const { t } = useTranslation();
  const text = useLocalizedText();
  return (scenario) => {
    const day = runDayOf(scenario);
    if (day.month) return t('month.runDay.month', { days: scenario.month?.month.days ?? 0 });
    // A what-if is not the blueprint as drawn: its change is said beside it instead.
    if (day.dayType === '')
      return scenario.blueprint.dayTypes && !scenario.variant ? t('month.runDay.asDrawn') : null;
    const dayType = findDayType(scenario.blueprint, day.dayType);
    return (dayType && text(dayType.label)) || day.dayType;
  };
}
