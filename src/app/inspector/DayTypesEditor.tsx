/**
 * The blueprint's day types (pension day, month end, before a holiday): one card each with
 * its name in both languages, its days in a month, its arrival factor and its own staffing
 * of the pools it names. Each change is one undoable edit; the model's checks on a day
 * type are shown at the field they concern.
 */
import { useTranslation } from 'react-i18next';
import type { DayType } from '../../model/index.ts';
import {
  addDayType,
  dayTypeIdProblem,
  removeDayType,
  renameDayType,
  updateDayType,
} from './dayTypeCommands.ts';
import { dayTypePath, isAtOrUnder } from './dayTypeForm.ts';
import { DayTypeStaffing } from './DayTypeStaffing.tsx';
import { Section, TextField } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { formatNumber, parseNumber, type NumberRules } from './numbers.ts';
import { FindingsList } from './StepFindings.tsx';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

/** A new day type's name in each language until the designer names it. */
const NEW_DAY_TYPE_LABEL = { en: 'New day type', 'zh-CN': '新营业日类型' };

const NUMBER_FIELDS = {
  daysPerMonth: { min: 0, exclusiveMin: true, max: 31 },
  arrivalFactor: { min: 0, exclusiveMin: true, max: 100 },
} satisfies Record<string, NumberRules>;

export function DayTypesEditor() {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  return (
    <Section title={t('inspector.dayTypes.heading')}>
      <p className="inspector-note">{t('inspector.dayTypes.hint')}</p>
      {/* Keyed by place so a rename keeps the card and the focus (as the pools). */}
      {(blueprint.dayTypes ?? []).map((dayType, index) => (
        <DayTypeCard key={index} dayType={dayType} index={index} />
      ))}
      <button
        type="button"
        className="inspector-button"
        onClick={() => edit((draft) => void addDayType(draft, { ...NEW_DAY_TYPE_LABEL }))}
      >
        {t('inspector.dayTypes.add')}
      </button>
    </Section>
  );
}

function DayTypeCard({ dayType, index }: { dayType: DayType; index: number }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const change = (mutate: (dayType: DayType) => void) =>
    edit((draft) => updateDayType(draft, dayType.id, mutate));
  const setField = <K extends keyof DayType>(key: K, value: DayType[K] | undefined) =>
    change((day) => {
      if (value === undefined) Reflect.deleteProperty(day, key);
      else day[key] = value;
    });
  const numberField = (key: keyof typeof NUMBER_FIELDS) => (
    <>
      <TextField
        label={t(`inspector.dayTypes.${key}`)}
        name={`day-type-${key}`}
        inputMode="decimal"
        value={formatNumber(dayType[key])}
        onCommit={(text) => {
          const parsed = parseNumber(text, { ...NUMBER_FIELDS[key], optional: true });
          if (!parsed.ok) return numberProblem(parsed.problem);
          setField(key, parsed.value);
          return undefined;
        }}
      />
      <FindingsList concerns={(finding) => isAtOrUnder(finding.path, dayTypePath(index, key))} />
    </>
  );
  const shownElsewhere = ['arrivalFactor', 'daysPerMonth', 'staffing'].map((key) =>
    dayTypePath(index, key),
  );
  return (
    <div className="inspector-card" data-day-type-id={dayType.id}>
      <TextField
        label={t('inspector.dayTypes.id')}
        value={dayType.id}
        name="day-type-id"
        commitOnBlurOnly
        onCommit={(value) => {
          const id = value.trim();
          if (id === dayType.id) return undefined;
          const problem = dayTypeIdProblem(blueprint, dayType.id, id);
          if (problem) return t(`inspector.problem.${problem}`);
          edit((draft) => void renameDayType(draft, dayType.id, id));
          return undefined;
        }}
      />
      <FindingsList
        concerns={(finding) =>
          isAtOrUnder(finding.path, dayTypePath(index)) &&
          !shownElsewhere.some((place) => isAtOrUnder(finding.path, place))
        }
      />
      <LocalizedTextFields
        label={t('inspector.dayTypes.label')}
        text={dayType.label}
        placeholders={NEW_DAY_TYPE_LABEL}
        onChange={(label) => setField('label', label)}
      />
      <LocalizedTextFields
        label={t('inspector.dayTypes.description')}
        text={dayType.description}
        multiline
        onChange={(description) => setField('description', description)}
      />
      {numberField('daysPerMonth')}
      {numberField('arrivalFactor')}
      <DayTypeStaffing dayType={dayType} index={index} />
      <button
        type="button"
        className="inspector-button inspector-button--danger"
        onClick={() => edit((draft) => removeDayType(draft, dayType.id))}
      >
        {t('inspector.dayTypes.remove')}
      </button>
    </div>
  );
}
