/**
 * The pools whose queues a pool also serves when its own queue is empty (`alsoServes`: a
 * VIP window that calls the next ordinary ticket), in the order it looks at them. Each
 * entry moves up or down or goes; a select and a button add another pool, so arrowing
 * through the select adds nothing by itself. The checks on an entry are shown under it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourcePool } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { Section, SelectField } from './fields.tsx';
import { movedInList, setAlsoServes, updatePool } from './poolCommands.ts';
import { FindingsList } from './StepFindings.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';

type Move = 'up' | 'down';

export function AlsoServesEditor({ pool, poolIndex }: { pool: ResourcePool; poolIndex: number }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const text = useLocalizedText();
  const served = pool.alsoServes ?? [];
  const nameOf = (id: string) => {
    const other = blueprint.resources?.find((candidate) => candidate.id === id);
    return (other && text(other.label)) || id;
  };
  const candidates = (blueprint.resources ?? []).filter(
    (other) => other.id !== pool.id && !served.includes(other.id),
  );
  const [chosen, setChosen] = useState('');
  const toAdd = candidates.some((other) => other.id === chosen) ? chosen : candidates[0]?.id;
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
    edit((draft) => updatePool(draft, pool.id, (p) => setAlsoServes(p, next)));
  const move = (index: number, direction: Move) => {
    commit(movedInList(served, index, direction === 'up' ? -1 : 1));
    refocus.current = { id: served[index]!, move: direction };
  };
  const path = (index: number) => `$.resources[${poolIndex}].alsoServes[${index}]`;

  return (
    <Section title={t('inspector.pools.alsoServes.heading')}>
      <p className="inspector-note">{t('inspector.pools.alsoServes.hint')}</p>
      {served.length === 0 ? (
        <p className="inspector-note" data-testid="also-serves-none">
          {t('inspector.pools.alsoServes.none')}
        </p>
      ) : (
        <ol
          ref={list}
          className="inspector-ordered"
          aria-label={t('inspector.pools.alsoServes.listLabel')}
        >
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
                    aria-label={t('inspector.pools.alsoServes.up', { pool: name })}
                    title={t('inspector.pools.alsoServes.up', { pool: name })}
                    onClick={() => move(index, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="inspector-icon-button"
                    data-move="down"
                    disabled={index === served.length - 1}
                    aria-label={t('inspector.pools.alsoServes.down', { pool: name })}
                    title={t('inspector.pools.alsoServes.down', { pool: name })}
                    onClick={() => move(index, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="inspector-icon-button"
                    aria-label={t('inspector.pools.alsoServes.remove', { pool: name })}
                    title={t('inspector.pools.alsoServes.remove', { pool: name })}
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
        <p className="inspector-note">{t('inspector.pools.alsoServes.noOther')}</p>
      ) : (
        <div className="inspector-add-row">
          <SelectField
            label={t('inspector.pools.alsoServes.choose')}
            value={toAdd}
            options={candidates.map((other) => ({ value: other.id, label: nameOf(other.id) }))}
            onChange={setChosen}
          />
          <button
            type="button"
            className="inspector-button"
            aria-label={t('inspector.pools.alsoServes.addNamed', { pool: nameOf(toAdd) })}
            onClick={() => {
              commit([...served, toAdd]);
              setChosen('');
            }}
          >
            {t('inspector.pools.alsoServes.add')}
          </button>
        </div>
      )}
    </Section>
  );
}
