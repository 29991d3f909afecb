/**
 * The log's business types (or activities) and the blueprint's steps and classes they
 * stand for, prefilled by the same matching as the command line (src/calibrate/matching.ts),
 * and, for a queue-ticket log, the pool whose windows the log's services occupy.
 */
import { useTranslation } from 'react-i18next';
import type { CalibrationFits } from '../../calibrate/index.ts';
import type { LogMap } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { poolOf, withName, withPool } from './mapDraft.ts';

export function NameMapping({
  blueprint,
  fits,
  map,
  onChange,
  disabled,
}: {
  blueprint: Blueprint;
  fits: CalibrationFits;
  map: LogMap;
  onChange: (map: LogMap) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const steps = blueprint.steps.filter((s) => s.kind === 'action' || s.kind === 'decision');
  const classes = blueprint.classes ?? [];
  // With one class every row is of it (src/calibrate/collect.ts): no question to ask,
  // unless a map file already names classes.
  const showClasses = classes.length > 1 || (classes.length === 1 && map.classes !== undefined);
  const onlyClass = classes.length === 1 && !showClasses ? classes[0]! : undefined;
  const pools = blueprint.resources ?? [];
  const pool = poolOf(map, fits);
  const choose = (part: 'steps' | 'classes', name: string, value: string) =>
    onChange(withName(map, part, name, value === '' ? undefined : value));

  return (
    <section className="calibrate-names" aria-labelledby="calibrate-names-title">
      <h3 id="calibrate-names-title">{t(`calibrate.names.${fits.kind}`)}</h3>
      <p className="calibrate-hint">{t('calibrate.namesHint')}</p>
      {onlyClass !== undefined && (
        <p className="calibrate-hint" data-testid="calibrate-only-class">
          {t('calibrate.onlyClass', { class: text(onlyClass.label) || onlyClass.id })}
        </p>
      )}
      <table className="calibrate-table">
        <thead>
          <tr>
            <th scope="col">{t('calibrate.name')}</th>
            <th scope="col" className="calibrate-table__number">
              {t('calibrate.rows')}
            </th>
            <th scope="col">{t('calibrate.step')}</th>
            {showClasses && <th scope="col">{t('calibrate.class')}</th>}
          </tr>
        </thead>
        <tbody>
          {fits.names.map((entry) => {
            const shown = entry.name === '' ? t('calibrate.blankName') : entry.name;
            return (
              <tr key={entry.name} data-name={entry.name}>
                <th scope="row">{shown}</th>
                <td className="calibrate-table__number">{entry.rows}</td>
                <td>
                  <select
                    aria-label={`${t('calibrate.step')}: ${shown}`}
                    value={entry.step ?? ''}
                    disabled={disabled}
                    data-testid="calibrate-name-step"
                    onChange={(event) => choose('steps', entry.name, event.currentTarget.value)}
                  >
                    <option value="">{t('calibrate.noStep')}</option>
                    {steps.map((step) => (
                      <option key={step.id} value={step.id}>
                        {text(step.label) || step.id}
                      </option>
                    ))}
                  </select>
                </td>
                {showClasses && (
                  <td>
                    <select
                      aria-label={`${t('calibrate.class')}: ${shown}`}
                      value={entry.class ?? ''}
                      disabled={disabled}
                      onChange={(event) => choose('classes', entry.name, event.currentTarget.value)}
                    >
                      <option value="">{t('calibrate.noClass')}</option>
                      {classes.map((c) => (
                        <option key={c.id} value={c.id}>
                          {text(c.label) || c.id}
                        </option>
                      ))}
                    </select>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {fits.kind === 'queue' && pools.length > 0 && (
        <label className="calibrate-field calibrate-field--inline">
          <span>{t('calibrate.pool')}</span>
          <select
            value={pool ?? ''}
            disabled={disabled}
            data-testid="calibrate-pool"
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(withPool(map, value === '' ? undefined : value));
            }}
          >
            <option value="">{t('calibrate.noPool')}</option>
            {pools.map((p) => (
              <option key={p.id} value={p.id}>
                {text(p.label) || p.id}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
