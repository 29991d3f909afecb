/** The blueprint's resource pools: one card each, with its capacity schedule as a small table. */
import { useTranslation } from 'react-i18next';
import { AlsoServesEditor } from './AlsoServesEditor.tsx';
import { CurrencyField } from './CurrencyField.tsx';
import { isValidId, type ResourcePool } from '../../model/index.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { formatNumber, parseNumber } from './numbers.ts';
import { addPool, removePool, renamePool, updatePool } from './poolCommands.ts';
import { PeriodsTable } from './PeriodsTable.tsx';
import { rowsSchedule, scheduleRows } from './periods.ts';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

const KINDS = ['staff', 'system', 'space'] as const;
/** A new pool's name in each language until the designer names it. */
const NEW_POOL_LABEL = { en: 'New pool', 'zh-CN': '新资源' };
const DISCIPLINES = ['fifo', 'priority'] as const;

export function PoolsEditor() {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const pools = blueprint.resources ?? [];
  return (
    <Section title={t('inspector.pools.heading')}>
      {/* Keyed by place, not id: renaming a pool keeps its card, and the field clicked
          next keeps the focus (a card rebuilt at each rename dropped it on the page). */}
      {pools.map((pool, index) => (
        <PoolCard key={index} pool={pool} index={index} />
      ))}
      <button
        type="button"
        className="inspector-button"
        onClick={() => edit((draft) => void addPool(draft, { ...NEW_POOL_LABEL }))}
      >
        {t('inspector.pools.add')}
      </button>
      <CurrencyField />
    </Section>
  );
}

function PoolCard({ pool, index }: { pool: ResourcePool; index: number }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const change = (mutate: (pool: ResourcePool) => void) =>
    edit((draft) => updatePool(draft, pool.id, mutate));
  return (
    <div className="inspector-card" data-pool-id={pool.id}>
      <TextField
        label={t('inspector.pools.id')}
        value={pool.id}
        commitOnBlurOnly
        onCommit={(value) => {
          const id = value.trim();
          if (!isValidId(id)) return t('inspector.problem.idInvalid');
          if ((blueprint.resources ?? []).some((other) => other.id === id))
            return t('inspector.problem.idTaken');
          edit((draft) => void renamePool(draft, pool.id, id));
          return undefined;
        }}
      />
      <LocalizedTextFields
        label={t('inspector.pools.label')}
        text={pool.label}
        required
        placeholders={NEW_POOL_LABEL}
        onChange={(label) => change((p) => void (p.label = label!))}
      />
      <SelectField
        label={t('inspector.pools.kind')}
        value={pool.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`inspector.pools.kinds.${kind}`) }))}
        onChange={(kind) => change((p) => void (p.kind = kind))}
      />
      <TextField
        label={t('inspector.pools.capacity')}
        name="pool-capacity"
        inputMode="numeric"
        value={formatNumber(pool.capacity)}
        onCommit={(value) => {
          const parsed = parseNumber(value, { min: 0, integer: true });
          if (!parsed.ok) return numberProblem(parsed.problem);
          change((p) => void (p.capacity = parsed.value));
          return undefined;
        }}
      />
      <PeriodsTable
        caption={t('inspector.pools.schedule')}
        valueLabel={t('inspector.pools.periodCapacity')}
        integer
        periods={scheduleRows(pool.schedule)}
        onChange={(periods) =>
          change((p) => {
            const schedule = rowsSchedule(periods);
            if (schedule === undefined) delete p.schedule;
            else p.schedule = schedule;
          })
        }
      />
      <SelectField
        label={t('inspector.pools.discipline')}
        value={pool.discipline ?? 'fifo'}
        options={DISCIPLINES.map((discipline) => ({
          value: discipline,
          label: t(`inspector.pools.disciplines.${discipline}`),
        }))}
        onChange={(discipline) => change((p) => void (p.discipline = discipline))}
      />
      <AlsoServesEditor pool={pool} poolIndex={index} field="servesFirst" />
      <AlsoServesEditor pool={pool} poolIndex={index} field="alsoServes" />
      <TextField
        label={t('inspector.pools.costPerHour')}
        inputMode="decimal"
        value={formatNumber(pool.costPerHour)}
        onCommit={(value) => {
          const parsed = parseNumber(value, { min: 0, optional: true });
          if (!parsed.ok) return numberProblem(parsed.problem);
          change((p) => {
            if (parsed.value === undefined) delete p.costPerHour;
            else p.costPerHour = parsed.value;
          });
          return undefined;
        }}
      />
      <button
        type="button"
        className="inspector-button inspector-button--danger"
        onClick={() => edit((draft) => removePool(draft, pool.id))}
      >
        {t('inspector.pools.remove')}
      </button>
    </div>
  );
}
