/**
 * Replications and seed for the next run, over the blueprint's own settings (shown as
 * placeholders). Empty means "the blueprint's". Changing them does not edit the blueprint.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULTS } from '../../model/index.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';

/** 10 000 replications of a business day is millions of customers: enough for any question. */
const MAX_REPLICATIONS = 10_000;

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value)) return undefined;
  return Math.min(max, Math.max(min, value));
}

export function RunSettings() {
  const { t } = useTranslation();
  const run = useBlueprintStore((state) => state.document?.blueprint?.run);
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
    </div>
  );
}
