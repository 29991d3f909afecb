/** How the simulator runs: one business day (open to close) or a steady state, and how often. */
import { useTranslation } from 'react-i18next';
import { DEFAULTS, type RunSettings } from '../../model/index.ts';
import { effectiveRun, switchRunMode } from './runForm.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { formatNumber, parseNumber, parseTime, type NumberRules } from './numbers.ts';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

export function RunEditor() {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const run = effectiveRun(blueprint.run);
  const set = (next: RunSettings) => edit((draft) => void (draft.run = next));

  const numberField = (
    key: 'replications' | 'seed' | 'horizon' | 'warmup',
    rules: NumberRules & { optional?: boolean },
    fallback?: number,
  ) => {
    const value = (run as Partial<Record<typeof key, number>>)[key];
    return (
      <TextField
        key={`${run.mode}-${key}`}
        label={t(`inspector.run.${key}`)}
        inputMode="decimal"
        value={formatNumber(value ?? fallback)}
        onCommit={(text) => {
          const parsed = rules.optional
            ? parseNumber(text, { ...rules, optional: true })
            : parseNumber(text, rules);
          if (!parsed.ok) return numberProblem(parsed.problem);
          const next: Record<string, unknown> = { ...run, [key]: parsed.value };
          if (parsed.value === undefined) Reflect.deleteProperty(next, key);
          set(next as RunSettings);
          return undefined;
        }}
      />
    );
  };

  const timeField = (key: 'open' | 'close', value: string) => (
    <TextField
      key={key}
      label={t(`inspector.run.${key}`)}
      value={value}
      onCommit={(text) => {
        const parsed = parseTime(text);
        if (!parsed.ok) return t('inspector.problem.time');
        if (run.mode === 'day') set({ ...run, [key]: parsed.value });
        return undefined;
      }}
    />
  );

  return (
    <Section title={t('inspector.run.heading')}>
      <SelectField<RunSettings['mode']>
        label={t('inspector.run.mode')}
        value={run.mode}
        options={(['day', 'steady'] as const).map((mode) => ({
          value: mode,
          label: t(`inspector.run.modes.${mode}`),
        }))}
        onChange={(mode) => set(switchRunMode(run, mode))}
      />
      {run.mode === 'day' ? (
        <>
          {timeField('open', run.open)}
          {timeField('close', run.close)}
        </>
      ) : (
        <>
          {numberField('horizon', { min: 0, exclusiveMin: true })}
          {numberField('warmup', { min: 0, optional: true }, undefined)}
        </>
      )}
      {numberField(
        'replications',
        { min: 1, max: 10000, integer: true, optional: true },
        DEFAULTS.replications,
      )}
      {numberField(
        'seed',
        { min: 0, max: 4294967295, integer: true, optional: true },
        DEFAULTS.seed,
      )}
    </Section>
  );
}
