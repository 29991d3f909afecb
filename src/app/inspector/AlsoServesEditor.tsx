/**
 * The pools whose queues a pool also serves: when its own queue is empty (`alsoServes`: a
 * VIP window that calls the next ordinary ticket) or before its own (`servesFirst`: a
 * teller window that calls VIP tickets first), in the order it looks at them; one
 * section per field. Each entry moves up or down or goes; a select and a button add
 * another pool, so arrowing through the select adds nothing by itself. A pool in one
 * list is not offered for the other. The checks on an entry are shown under it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourcePool } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { Section, SelectField } from './fields.tsx';
import { type ServedField, movedInList, setServed, updatePool } from './poolCommands.ts';
import { FindingsList } from './StepFindings.tsx';
import type { inspectorEn } from './messagesEn.ts';
import { useBlueprint, useEdit } from './useInspector.ts';

type Move = 'up' | 'down';

export function AlsoServesEditor({
  pool,
  poolIndex,
  field,
}: {
  pool: ResourcePool;
  poolIndex: number;
  field: ServedField;
}) {
  const { t: translate } = useTranslation();
  const t = (key: keyof typeof inspectorEn.pools.alsoServes, options: { pool?: string } = {}) =>
    translate(`inspector.pools.${field}.${key}`, options);
  const blueprint = useBlueprint();
  const edit = useEdit();
  const text = useLocalizedText();
  const served = pool[field] ?? [];
  const other = field === 'alsoServes' ? 'servesFirst' : 'alsoServes';
  const listedElsewhere = pool[other] ?? [];
  const nameOf = (id: string) => {
    const named = blueprint.resources?.find((candidate) => candidate.id === id);
    return (named && text(named.label)) || id;
  };
  const candidates = (blueprint.resources ?? []).filter(
    (candidate) =>
      candidate.id !== pool.id &&
      !served.includes(candidate.id) &&
      !listedElsewhere.includes(candidate.id),
  );
  const [chosen, setChosen] = useState('');
  const toAdd = candidates.some((c) => c.id === chosen) ? chosen : candidates[0]?.id;
  // A moved entry's button keeps the focus (React may move its element, which blurs it).
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; move: Move } | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const item = list.current?.querySelector(`[data-served="${CSS.escape(wanted.id)}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-move="${wanted.move}"]`);
    const other = item?.querySelector<HTMLButtonElement>(
      `[data-move="${wanted.move === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  });

  const commit = (next: readonly string[]) =>
    edit((draft) => updatePool(draft, pool.id, (p) => setServed(p, field, next)));
  const move = (index: number, direction: Move) => {
    commit(movedInList(served, index, direction === 'up' ? -1 : 1));
    refocus.current = { id: served[index]!, move: direction };
  };
  const path = (index: number) => `$.resources[${poolIndex}].${field}[${index}]`;

  return (
    <Section title={t('heading')}>
      <p className="inspector-note">{t('hint')}</p>
      {served.length === 0 ? (
        <p
          className="inspector-note"
          data-testid={field === 'alsoServes' ? 'also-serves-none' : 'serves-first-none'}
        >
          {t('none')}
        </p>
      ) : (
        <ol ref={list} className="inspector-ordered" aria-label={t('listLabel')}>
          {served.map((id, index) => {
            const name = nameOf(id);
            return (
              <li key={`${id}-${index}`} data-served={id} className="inspector-ordered__item">
                <div className="inspector-ordered__row">
                  <span className="inspector-ordered__name">{name}</span>
                  <button
                    type="button"
                    className="inspector-icon-button"
                    data-move="up"
                    disabled={index === 0}
                    aria-label={t('up', { pool: name })}
                    title={t('up', { pool: name })}
                    onClick={() => move(index, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="inspector-icon-button"
                    data-move="down"
                    disabled={index === served.length - 1}
                    aria-label={t('down', { pool: name })}
                    title={t('down', { pool: name })}
                    onClick={() => move(index, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="inspector-icon-button"
                    aria-label={t('remove', { pool: name })}
                    title={t('remove', { pool: name })}
                    onClick={() => commit(served.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </div>
                <FindingsList concerns={(finding) => finding.path === path(index)} />
              </li>
            );
          })}
        </ol>
      )}
      {toAdd === undefined ? (
        <p className="inspector-note">{t('noOther')}</p>
      ) : (
        <div className="inspector-add-row">
          <SelectField
            label={t('choose')}
            value={toAdd}
            options={candidates.map((c) => ({ value: c.id, label: nameOf(c.id) }))}
            onChange={setChosen}
          />
          <button
            type="button"
            className="inspector-button"
            aria-label={t('addNamed', { pool: nameOf(toAdd) })}
            onClick={() => {
              commit([...served, toAdd]);
              setChosen('');
            }}
          >
            {t('add')}
          </button>
        </div>
      )}
    </Section>
  );
}
