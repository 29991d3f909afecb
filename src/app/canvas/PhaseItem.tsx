/**
 * One phase in the phase bar: its name (double-click or Enter renames it in place) and
 * small buttons, shown on hover or focus in a tray under the header (phaseBar.css), to
 * move it left or right or remove it. Renamed, the header is at least PHASE_RENAME_WIDTH
 * wide, so the name being typed shows in a narrow column of a whole view.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { headerEnd, nameFits, wrapsWhole } from './phaseHeaderRoom.ts';
import { PhaseNameInput } from './PhaseNameInput.tsx';
import type { PhaseEditing } from './usePhaseEditing.ts';

interface Props {
  id: string;
  name: string;
  left: number;
  width: number;
  /**
   * Whether the header reaches left over the one before it to show its name whole at the
   * pane's edge (phaseHeaderRoom.ts, peekStart).
   */
  peek: boolean;
  first: boolean;
  last: boolean;
  /** Whether the buttons' tray hangs from the header's right end (at the pane's right edge). */
  toolsAtEnd: boolean;
  /**
   * The bar's width, when the header, hovered, grows leftwards from its right end so its
   * name stays inside the pane (phaseHeaderRoom.ts, growsLeft); undefined when it grows right.
   */
  anchorRightIn: number | undefined;
  editing: PhaseEditing;
}

export function PhaseItem({
  id,
  name,
  left,
  width,
  peek,
  first,
  last,
  toolsAtEnd,
  anchorRightIn,
  editing,
}: Props) {
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
    <div
      role="listitem"
      className={`phase-bar__phase${first ? ' phase-bar__phase--first' : ''}${isEditing ? ' phase-bar__phase--editing' : ''}${toolsAtEnd ? ' phase-bar__phase--tools-end' : ''}${peek ? ' phase-bar__phase--peek' : ''}`}
      data-phase={id}
      style={
        anchorRightIn === undefined || isEditing
          ? { left, width: headerEnd(left, left + width, isEditing) - left }
          : { right: anchorRightIn - (left + width), width }
      }
    >
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
          className={`phase-bar__name${wrapsWhole(name, width) ? '' : ' phase-bar__name--one-line'}`}
          tabIndex={0}
          // A name its column cuts short is whole in the tooltip too, not only on hover.
          title={
            nameFits(name, width) ? t('canvas.renameHint') : `${name}\n${t('canvas.renameHint')}`
          }
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
