/**
 * Replications and seed for the next run, over the blueprint's own settings (shown as
 * placeholders). Empty means "the blueprint's". Changing them does not edit the blueprint.
 * A blueprint with day types (pension day, month end) also offers the day to run, or a
 * month of them all (a business-day blueprint only: a month is made of business days).
 */
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_DAYS_PER_MONTH,
  DEFAULTS,
  type RunSettings as BlueprintRun,
} from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';

/** The choice of a month: not a day type id (ids never start with a star). */
const MONTH_CHOICE = '*month';

/** 10 000 replications of a business day is millions of customers: enough for any question. */
const MAX_REPLICATIONS = 10_000;

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value)) return undefined;
  return Math.min(max, Math.max(min, value));
}

/** A steady state has no month: a month is made of business days. */
function monthful(run: BlueprintRun | undefined): boolean {
  return run?.mode !== 'steady';
}

export function RunSettings() {
  const { t } = useTranslation();
  const run = useBlueprintStore((state) => state.document?.blueprint?.run);
  const dayTypes = useBlueprintStore((state) => state.document?.blueprint?.dayTypes);
  const text = useLocalizedText();
  const options = useRunStore((state) => state.options);
  const setOptions = useRunStore((state) => state.setOptions);
  const busy = useRunStore((state) => state.status === 'running');

  return (
    <div className="run-settings">
      <label>
        <span>{t('simulation.replications')}</span>
        <input
          type="number"
          min={1}
          max={MAX_REPLICATIONS}
          step={1}
          inputMode="numeric"
          disabled={busy}
          value={options.replications ?? ''}
          placeholder={String(run?.replications ?? DEFAULTS.replications)}
          onChange={(event) =>
            setOptions({
              ...options,
              replications: wholeNumber(event.target.value, 1, MAX_REPLICATIONS),
            })
          }
        />
      </label>
      <label>
        <span>{t('simulation.seed')}</span>
        <input
          type="number"
          step={1}
          inputMode="numeric"
          disabled={busy}
          value={options.seed ?? ''}
          placeholder={String(run?.seed ?? DEFAULTS.seed)}
          onChange={(event) =>
            setOptions({
              ...options,
              seed: wholeNumber(event.target.value, 0, 2 ** 31 - 1),
            })
          }
        />
      </label>
      {dayTypes && (
        <label title={t('simulation.dayTypeHint')}>
          <span>{t('simulation.dayType')}</span>
          <select
            disabled={busy}
            data-testid="run-day-type"
            // A day chosen for another blueprint is not this one's: shown (and run) as drawn.
            value={
              options.month && monthful(run)
                ? MONTH_CHOICE
                : dayTypes.some((day) => day.id === options.dayType)
                  ? options.dayType
                  : ''
            }
            onChange={(event) => {
              const others = { ...options };
              delete others.dayType;
              delete others.month;
              const chosen = event.target.value;
              setOptions(
                chosen === MONTH_CHOICE
                  ? { ...others, month: true }
                  : chosen
                    ? { ...others, dayType: chosen }
                    : others,
              );
            }}
          >
            <option value="">{t('simulation.dayTypeAsDrawn')}</option>
            {dayTypes.map((day) => (
              <option key={day.id} value={day.id}>
                {text(day.label) || day.id}
              </option>
            ))}
            {monthful(run) && (
              <option value={MONTH_CHOICE}>
                {t('simulation.dayTypeMonth', {
                  days: dayTypes.reduce(
                    (sum, day) => sum + (day.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH),
                    0,
                  ),
                })}
              </option>
            )}
          </select>
        </label>
      )}
    </div>
  );
}
