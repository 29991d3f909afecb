/** How customers arrive: Poisson at a rate, a rate profile over the day, or booked appointments. */
import { useTranslation } from 'react-i18next';
import type { Arrivals } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import {
  blueprintArrivals,
  switchArrivals,
  type ArrivalsTarget,
  type ArrivalsType,
} from './arrivalsForm.ts';
import { DistributionFields } from './DurationEditor.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { formatNumber, formatPercent, parseNumber, parsePercent } from './numbers.ts';
import { PeriodsTable } from './PeriodsTable.tsx';
import { withField } from './objects.ts';
import { SlotsTable } from './SlotsTable.tsx';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

const TYPES = ['none', 'poisson', 'profile', 'appointments'] as const;

/**
 * Edits one arrival stream: by default the blueprint's; a class card passes its own
 * target and title. The target's read and write keep this one form for both.
 */
export function ArrivalsEditor(props: { target?: ArrivalsTarget; title?: string }) {
  const { target = blueprintArrivals, title } = props;
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const text = useLocalizedText();
  const numberProblem = useNumberProblem();
  const arrivals = target.read(blueprint);
  const set = (next: Arrivals | undefined) => edit((draft) => target.write(draft, next));
  return (
    <Section title={title ?? t('inspector.arrivals.heading')}>
      <SelectField<ArrivalsType | 'none'>
        label={t('inspector.arrivals.type')}
        value={arrivals?.type ?? 'none'}
        options={TYPES.map((type) => ({
          value: type,
          label: t(`inspector.arrivals.types.${type}`),
        }))}
        onChange={(type) =>
          set(type === 'none' ? undefined : switchArrivals(blueprint, type, arrivals))
        }
      />
      {arrivals && (
        <SelectField
          label={t('inspector.arrivals.entry')}
          value={arrivals.entry}
          options={blueprint.steps.map((step) => ({
            value: step.id,
            label: text(step.label) || step.id,
          }))}
          onChange={(entry) => set({ ...arrivals, entry })}
        />
      )}
      {arrivals?.type === 'poisson' && (
        <TextField
          label={t('inspector.arrivals.perHour')}
          inputMode="decimal"
          value={formatNumber(arrivals.perHour)}
          onCommit={(value) => {
            const parsed = parseNumber(value, { min: 0 });
            if (!parsed.ok) return numberProblem(parsed.problem);
            set({ ...arrivals, perHour: parsed.value });
            return undefined;
          }}
        />
      )}
      {arrivals?.type === 'profile' && (
        <PeriodsTable
          caption={t('inspector.arrivals.profile')}
          valueLabel={t('inspector.arrivals.perHour')}
          minRows={1}
          periods={arrivals.periods.map((period) => ({
            from: period.from,
            to: period.to,
            value: period.perHour,
          }))}
          onChange={(periods) =>
            set({
              ...arrivals,
              periods: periods.map((period) => ({
                from: period.from,
                to: period.to,
                perHour: period.value,
              })),
            })
          }
        />
      )}
      {arrivals?.type === 'appointments' && (
        <>
          <SlotsTable slots={arrivals.slots} onChange={(slots) => set({ ...arrivals, slots })} />
          <TextField
            label={t('inspector.arrivals.noShow')}
            inputMode="decimal"
            value={formatPercent(arrivals.noShow)}
            onCommit={(value) => {
              const parsed = parsePercent(value, true);
              if (!parsed.ok) return numberProblem(parsed.problem);
              set(withField(arrivals, 'noShow', parsed.value));
              return undefined;
            }}
          />
          <p className="inspector-subheading">{t('inspector.arrivals.lateness')}</p>
          <DistributionFields
            noneLabel={t('inspector.arrivals.onTime')}
            distribution={arrivals.lateness}
            onChange={(lateness) => {
              set(withField(arrivals, 'lateness', lateness));
            }}
          />
        </>
      )}
    </Section>
  );
}
