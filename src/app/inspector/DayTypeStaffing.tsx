/**
 * A day type's own staffing: for each pool it names, the units outside any period and the
 * units by time of day, in place of the pool's own; a select and a button give another
 * pool its own staffing that day, starting from the pool's usual one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayType } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { addPoolOnDay, setPoolOnDay } from './dayTypeCommands.ts';
import { dayTypePath, isAtOrUnder, poolsToStaff } from './dayTypeForm.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { formatNumber, parseNumber } from './numbers.ts';
import { PeriodsTable } from './PeriodsTable.tsx';
import { rowsSchedule, scheduleRows } from './periods.ts';
import { FindingsList } from './StepFindings.tsx';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

type PoolOnDay = NonNullable<DayType['staffing']>[string];

export function DayTypeStaffing({ dayType, index }: { dayType: DayType; index: number }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const text = useLocalizedText();
  const nameOf = (id: string) => {
    const pool = blueprint.resources?.find((candidate) => candidate.id === id);
    return (pool && text(pool.label)) || id;
  };
  const candidates = poolsToStaff(blueprint, dayType);
  const [chosen, setChosen] = useState('');
  const toAdd = candidates.includes(chosen) ? chosen : candidates[0];
  const set = (poolId: string, onDay: PoolOnDay | undefined) =>
    edit((draft) => setPoolOnDay(draft, dayType.id, poolId, onDay));
  return (
    <Section title={t('inspector.dayTypes.staffing')}>
      <p className="inspector-note">{t('inspector.dayTypes.staffingHint')}</p>
      {Object.entries(dayType.staffing ?? {}).map(([poolId, onDay]) => {
        const pool = nameOf(poolId);
        return (
          <div key={poolId} className="inspector-day-pool" data-staffed-pool={poolId}>
            <TextField
              label={t('inspector.dayTypes.capacity', { pool })}
              inputMode="numeric"
              value={formatNumber(onDay.capacity)}
              onCommit={(value) => {
                const parsed = parseNumber(value, { min: 0, integer: true });
                if (!parsed.ok) return numberProblem(parsed.problem);
                set(poolId, { ...onDay, capacity: parsed.value });
                return undefined;
              }}
            />
            <PeriodsTable
              caption={t('inspector.dayTypes.schedule', { pool })}
              valueLabel={t('inspector.pools.periodCapacity')}
              integer
              periods={scheduleRows(onDay.schedule)}
              onChange={(periods) => {
                const schedule = rowsSchedule(periods);
                set(poolId, { capacity: onDay.capacity, ...(schedule ? { schedule } : {}) });
              }}
            />
            <FindingsList
              concerns={(finding) =>
                isAtOrUnder(finding.path, dayTypePath(index, 'staffing', poolId))
              }
            />
            <button
              type="button"
              className="inspector-button"
              onClick={() => set(poolId, undefined)}
            >
              {t('inspector.dayTypes.removeStaffing', { pool })}
            </button>
          </div>
        );
      })}
      {toAdd === undefined ? (
        <p className="inspector-note">{t('inspector.dayTypes.noPool')}</p>
      ) : (
        <div className="inspector-add-row">
          <SelectField
            label={t('inspector.dayTypes.choosePool')}
            value={toAdd}
            options={candidates.map((id) => ({ value: id, label: nameOf(id) }))}
            onChange={setChosen}
          />
          <button
            type="button"
            className="inspector-button"
            onClick={() => {
              edit((draft) => addPoolOnDay(draft, dayType.id, toAdd));
              setChosen('');
            }}
          >
            {t('inspector.dayTypes.addStaffing')}
          </button>
        </div>
      )}
    </Section>
  );
}
