/**
 * Customer classes: id, label, colour, share, own arrivals, priority, patience, balking
 * and service target.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerClass } from '../../model/index.ts';
import { ArrivalsEditor } from './ArrivalsEditor.tsx';
import { classArrivals } from './arrivalsForm.ts';
import {
  addClass,
  classIdProblem,
  removeClass,
  renameClass,
  updateClass,
} from './classCommands.ts';
import type { ShareOnAdd } from './classShares.ts';
import { DistributionFields } from './DurationEditor.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { formatNumber, formatPercent, parseNumber, parsePercent, type Parsed } from './numbers.ts';
import { withField } from './objects.ts';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

type Target = NonNullable<CustomerClass['serviceTarget']>;

/**
 * The mean patience a shape starts from when the class had none (waited forever): half an
 * hour, as the examples' retail customers; a step's one minute would send everyone away.
 */
const PATIENCE_START_MINUTES = 30;

export function ClassesEditor() {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  // What the last "Add a class" did to the shared arrivals, said on the new class's card.
  const [added, setAdded] = useState<{ id: string; share: ShareOnAdd } | null>(null);
  return (
    <Section title={t('inspector.classes.heading')}>
      {/* Keyed by place so a rename keeps the card and the focus (as the pools). */}
      {(blueprint.classes ?? []).map((customerClass, index) => (
        <ClassCard
          key={index}
          customerClass={customerClass}
          shareOnAdd={added?.id === customerClass.id ? added.share : undefined}
        />
      ))}
      <button
        type="button"
        className="inspector-button"
        onClick={() => {
          let result: ReturnType<typeof addClass> | undefined;
          edit((draft) => {
            result = addClass(draft, { en: 'New class', 'zh-CN': '新客户类别' });
          });
          setAdded(result?.share ? { id: result.id, share: result.share } : null);
        }}
      >
        {t('inspector.classes.add')}
      </button>
    </Section>
  );
}

function ClassCard({
  customerClass,
  shareOnAdd,
}: {
  customerClass: CustomerClass;
  shareOnAdd: ShareOnAdd | undefined;
}) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const change = (mutate: (c: CustomerClass) => void) =>
    edit((draft) => updateClass(draft, customerClass.id, mutate));
  /** Sets or (undefined) removes an optional field. */
  const setField = <K extends keyof CustomerClass>(key: K, value: CustomerClass[K] | undefined) =>
    change((c) => {
      if (value === undefined) Reflect.deleteProperty(c, key);
      else c[key] = value;
    });
  const commitParsed =
    <K extends keyof CustomerClass>(
      key: K,
      parse: (text: string) => Parsed<CustomerClass[K] | undefined>,
    ) =>
    (text: string) => {
      const parsed = parse(text);
      if (!parsed.ok) return numberProblem(parsed.problem);
      setField(key, parsed.value);
      return undefined;
    };
  const target = customerClass.serviceTarget;
  const setTarget = (next: Target | undefined) => setField('serviceTarget', next);
  return (
    <div className="inspector-card" data-class-id={customerClass.id}>
      <TextField
        label={t('inspector.classes.id')}
        value={customerClass.id}
        commitOnBlurOnly
        onCommit={(value) => {
          const id = value.trim();
          if (id === customerClass.id) return undefined;
          const problem = classIdProblem(blueprint, customerClass.id, id);
          if (problem) return t(`inspector.problem.${problem}`);
          edit((draft) => void renameClass(draft, customerClass.id, id));
          return undefined;
        }}
      />
      <LocalizedTextFields
        label={t('inspector.classes.label')}
        text={customerClass.label}
        required
        onChange={(label) => setField('label', label!)}
      />
      <TextField
        label={t('inspector.classes.color')}
        value={customerClass.color ?? ''}
        onCommit={(text) => {
          const color = text.trim();
          if (color !== '' && !/^#[0-9a-fA-F]{6}$/.test(color)) return t('inspector.problem.color');
          setField('color', color === '' ? undefined : color);
          return undefined;
        }}
      />
      <TextField
        label={t('inspector.classes.share')}
        inputMode="decimal"
        value={formatPercent(customerClass.share)}
        onCommit={commitParsed('share', (text) => parsePercent(text, true))}
      />
      {/* Said while the share is still the one it was given (not after the user's own). */}
      {shareOnAdd && customerClass.share === shareOnAdd.share && (
        <p className="inspector-note" role="status" data-testid="class-share-note">
          {shareOnAdd.scaled > 0
            ? t('inspector.classes.shareGiven', {
                share: formatPercent(shareOnAdd.share),
                count: shareOnAdd.scaled,
              })
            : t('inspector.classes.shareAll')}
        </p>
      )}
      <ArrivalsEditor
        target={classArrivals(customerClass.id)}
        title={t('inspector.classes.arrivals')}
      />
      <TextField
        label={t('inspector.classes.priority')}
        inputMode="numeric"
        value={formatNumber(customerClass.priority)}
        onCommit={commitParsed('priority', (text) =>
          parseNumber(text, { integer: true, optional: true }),
        )}
      />
      <TextField
        label={t('inspector.classes.balkAt')}
        inputMode="numeric"
        value={formatNumber(customerClass.balkAt)}
        onCommit={commitParsed('balkAt', (text) =>
          parseNumber(text, { min: 1, integer: true, optional: true }),
        )}
      />
      <p className="inspector-subheading">{t('inspector.classes.patience')}</p>
      <DistributionFields
        noneLabel={t('inspector.classes.patienceNone')}
        startMean={PATIENCE_START_MINUTES}
        distribution={customerClass.patience}
        onChange={(patience) => setField('patience', patience)}
      />
      {customerClass.patience && (
        <TextField
          label={t('inspector.classes.patienceShift')}
          inputMode="decimal"
          value={formatNumber(customerClass.patienceShift ?? 0)}
          onCommit={commitParsed('patienceShift', (text) => {
            // 0, the default, is left out of the file.
            const parsed = parseNumber(text, { min: 0, optional: true });
            return parsed.ok && parsed.value === 0 ? { ok: true, value: undefined } : parsed;
          })}
        />
      )}
      <p className="inspector-subheading">{t('inspector.classes.target')}</p>
      <TextField
        label={t('inspector.classes.targetMinutes')}
        inputMode="decimal"
        value={formatNumber(target?.minutes)}
        onCommit={(text) => {
          const parsed = parseNumber(text, { min: 0, exclusiveMin: true, optional: true });
          if (!parsed.ok) return numberProblem(parsed.problem);
          setTarget(
            parsed.value === undefined
              ? undefined
              : { measure: 'wait', ...target, minutes: parsed.value },
          );
          return undefined;
        }}
      />
      {target && (
        <>
          <SelectField<Target['measure']>
            label={t('inspector.classes.measure')}
            value={target.measure}
            options={(['wait', 'timeInSystem'] as const).map((measure) => ({
              value: measure,
              label: t(`inspector.classes.measures.${measure}`),
            }))}
            onChange={(measure) => setTarget({ ...target, measure })}
          />
          <TextField
            label={t('inspector.classes.targetShare')}
            inputMode="decimal"
            value={formatPercent(target.share)}
            onCommit={(text) => {
              const parsed = parsePercent(text, true);
              if (!parsed.ok) return numberProblem(parsed.problem);
              setTarget(withField(target, 'share', parsed.value));
              return undefined;
            }}
          />
        </>
      )}
      <button
        type="button"
        className="inspector-button inspector-button--danger"
        onClick={() => edit((draft) => removeClass(draft, customerClass.id))}
      >
        {t('inspector.classes.remove')}
      </button>
    </div>
  );
}
