/**
 * Quick what-if controls: units per pool and an arrival-rate multiplier, run as a variant
 * of the blueprint. The blueprint itself is never changed. With a month chosen, the
 * variant runs the month: a day type's own staffing moves by the same number of units.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint, ResourcePool } from '../../model/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { applyWhatIf, describeWhatIf, hasAppointments, staffedByDayType } from './applyWhatIf.ts';
import {
  INITIAL_FORM,
  MAX_UNITS,
  MULTIPLIER_MAX,
  MULTIPLIER_MIN,
  MULTIPLIER_STEP,
  type WhatIfForm,
  clampMultiplier,
  invalidPools,
  parseUnits,
  stepUnits,
  unitsText,
  whatIfOf,
} from './whatIfForm.ts';
import '../styles/planning.css';

export interface WhatIfPanelProps {
  blueprint: Blueprint;
  /** A run is under way: running another is not offered. */
  busy: boolean;
  /** The month of day types is chosen: the variant runs every day type. */
  month?: boolean;
  /** Runs the variant; `label` names it for a scenario, e.g. "Tellers 5, arrivals ×1.2". */
  onRun: (variant: Blueprint, label: string) => void;
}

function UnitsStepper({
  pool,
  form,
  onChange,
}: {
  pool: ResourcePool;
  form: WhatIfForm;
  onChange: (form: WhatIfForm) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const id = useId();
  const name = localized(pool.label) || pool.id;
  const text = unitsText(form, pool.id, pool.capacity);
  const invalid = parseUnits(text) === null;
  return (
    <div className="planning-field" data-pool-id={pool.id}>
      <label htmlFor={id}>{t('planning.whatIf.unitsLabel', { pool: name })}</label>
      <div className="planning-stepper">
        <button
          type="button"
          aria-label={t('planning.whatIf.fewer', { pool: name })}
          onClick={() => onChange(stepUnits(form, pool.id, pool.capacity, -1))}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_UNITS}
          step={1}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(event) =>
            onChange({ ...form, units: { ...form.units, [pool.id]: event.target.value } })
          }
        />
        <button
          type="button"
          aria-label={t('planning.whatIf.more', { pool: name })}
          onClick={() => onChange(stepUnits(form, pool.id, pool.capacity, 1))}
        >
          +
        </button>
      </div>
      {invalid ? (
        <span id={`${id}-problem`} className="planning-problem">
          {t('planning.whatIf.unitsInvalid')}
        </span>
      ) : null}
    </div>
  );
}

export function WhatIfPanel({ blueprint, busy, month = false, onRun }: WhatIfPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const headingId = useId();
  const rangeId = useId();
  const [form, setForm] = useState<WhatIfForm>(INITIAL_FORM);
  const pools = blueprint.resources ?? [];
  const multiplier = clampMultiplier(form.multiplier);
  const formatMultiplier = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const canRun = !busy && invalidPools(blueprint, form).length === 0;

  const run = () => {
    if (!canRun) return;
    const whatIf = whatIfOf(blueprint, form);
    const words = {
      arrivals: t('planning.whatIf.arrivalsWord'),
      unchanged: t('planning.whatIf.unchanged'),
      separator: t('planning.whatIf.separator'),
    };
    onRun(
      applyWhatIf(blueprint, whatIf),
      describeWhatIf(blueprint, whatIf, words, language, month),
    );
  };

  return (
    <section className="planning-panel planning-whatif" aria-labelledby={headingId}>
      <h3 id={headingId} className="planning-panel__heading">
        {t('planning.whatIf.heading')}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        {pools.length === 0 ? (
          <p className="planning-note">{t('planning.whatIf.noPools')}</p>
        ) : null}
        {month ? (
          <p className="planning-note planning-whatif__month" data-testid="whatif-month-note">
            {t(
              pools.some((pool) => staffedByDayType(blueprint, pool.id))
                ? 'planning.whatIf.monthStaffed'
                : 'planning.whatIf.month',
            )}
          </p>
        ) : null}
        {pools.map((pool) => (
          <UnitsStepper key={pool.id} pool={pool} form={form} onChange={setForm} />
        ))}
        <div className="planning-field">
          <label htmlFor={rangeId}>{t('planning.whatIf.arrivalsLabel')}</label>
          <div className="planning-range">
            <input
              id={rangeId}
              type="range"
              min={MULTIPLIER_MIN}
              max={MULTIPLIER_MAX}
              step={MULTIPLIER_STEP}
              value={multiplier}
              aria-valuetext={t('planning.whatIf.multiplier', {
                value: formatMultiplier.format(multiplier),
              })}
              onChange={(event) =>
                setForm({ ...form, multiplier: clampMultiplier(Number(event.target.value)) })
              }
            />
            <output htmlFor={rangeId}>
              {t('planning.whatIf.multiplier', { value: formatMultiplier.format(multiplier) })}
            </output>
          </div>
          {hasAppointments(blueprint) ? (
            <span className="planning-note">{t('planning.whatIf.appointmentsKept')}</span>
          ) : null}
        </div>
        <div className="planning-actions">
          <button type="submit" className="planning-primary" disabled={!canRun}>
            {t('planning.whatIf.run')}
          </button>
          <button type="button" onClick={() => setForm(INITIAL_FORM)}>
            {t('planning.whatIf.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
