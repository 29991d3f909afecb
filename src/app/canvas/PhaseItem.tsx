/**
 * One phase in the phase bar: its name (double-click or Enter renames it in place) and
 * small buttons, shown on hover or focus, to move it left or right or remove it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseNameInput } from './PhaseNameInput.tsx';
import type { PhaseEditing } from './usePhaseEditing.ts';

interface Props {
  id: string;
  name: string;
  left: number;
  width: number;
  first: boolean;
  last: boolean;
  editing: PhaseEditing;
}

export function PhaseItem({ id, name, left, width, first, last, editing }: Props) {
  const { t } = useTranslation();
  const isEditing = editing.editingId === id;
  const nameRef = useRef<HTMLSpanElement>(null);
  // After Enter or Escape the keyboard user goes on from the name, not from the page's top.
  const refocus = useRef(false);
  useEffect(() => {
    if (!isEditing && refocus.current) {
      refocus.current = false;
      nameRef.current?.focus();
    }
  }, [isEditing]);

  return (
    <div role="listitem" className="phase-bar__phase" data-phase={id} style={{ left, width }}>
      {isEditing ? (
        <PhaseNameInput
          initial={name}
          label={t('canvas.phaseName', { phase: name })}
          onDone={(value, byKey) => {
            refocus.current = byKey;
            editing.finishRename(id, value);
          }}
        />
      ) : (
        <span
          ref={nameRef}
          className="phase-bar__name"
          tabIndex={0}
          title={t('canvas.renameHint')}
          onDoubleClick={() => editing.startRename(id)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            editing.startRename(id);
          }}
        >
          {name}
        </span>
      )}
      {!isEditing && (
        <span className="phase-bar__tools">
          <button
            type="button"
            className="phase-bar__tool"
            aria-label={t('canvas.movePhaseLeft', { phase: name })}
            title={t('canvas.movePhaseLeft', { phase: name })}
            disabled={first}
            onClick={() => editing.move(id, -1)}
          >
            ‹
          </button>
          <button
            type="button"
            className="phase-bar__tool"
            aria-label={t('canvas.movePhaseRight', { phase: name })}
            title={t('canvas.movePhaseRight', { phase: name })}
            disabled={last}
            onClick={() => editing.move(id, 1)}
          >
            ›
          </button>
          <button
            type="button"
            className="phase-bar__tool"
            aria-label={t('canvas.removePhase', { phase: name })}
            title={t('canvas.removePhase', { phase: name })}
            onClick={() => editing.remove(id)}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}
