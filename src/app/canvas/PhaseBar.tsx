/**
 * The phase names in a bar above the canvas, each over its column: like the lane rail,
 * they follow horizontal pans and zooms at a constant, readable size. Designers edit the
 * phases here (PhaseItem) and add new ones with the button after the last column.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { growsLeft, headerEnd, peekStart, PHASE_TOOLS_WIDTH } from './phaseHeaderRoom.ts';
import { PhaseItem } from './PhaseItem.tsx';
import type { PhaseColumn } from '../diagram/types.ts';
import { usePhaseEditing } from './usePhaseEditing.ts';
import { useViewportTransform, visibleSpan } from './useViewportTransform.ts';
import { ADD_PHASE_ROOM } from './viewport.ts';

/** Room kept for the "Add phase" button when it follows the last column. */
const ADD_BUTTON_ROOM = ADD_PHASE_ROOM;
/**
 * Room the button takes pinned to the bar's right edge, where it shows only "+": the
 * columns stop short of it, and a wide one would hide the header of the last phase
 * whose steps are on screen.
 */
const PINNED_BUTTON_ROOM = 40;

export function PhaseBar({ phases }: { phases: PhaseColumn[] }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { x, zoom, width } = useViewportTransform();
  const editing = usePhaseEditing();
  useRevealPhase(phases, editing.editingId, editing.editingId, true);
  // A moved phase is shown too: one moved first, with no steps, lies left of them all.
  useRevealPhase(
    phases,
    editing.moved?.id,
    editing.moved && `${editing.moved.id}#${editing.moved.count}`,
    false,
  );

  // After the last header when there is room (a header being renamed may reach past its
  // column), else pinned to the bar's right edge.
  const end = Math.max(
    0,
    ...phases.map((phase) =>
      headerEnd(x + phase.left * zoom, x + phase.right * zoom, phase.id === editing.editingId),
    ),
  );
  const pinned = end + ADD_BUTTON_ROOM > width;
  const addStyle = pinned ? { right: 8 } : { left: Math.max(8, end + 8) };
  // A pinned button would cover the last column's own buttons: the columns stop short of it.
  const room = pinned ? width - PINNED_BUTTON_ROOM : width;
  const placed = phases.flatMap((phase, index) => {
    const right = x + phase.right * zoom;
    const visible = visibleSpan(x + phase.left * zoom, right, room);
    if (!visible) return [];
    const span = visible.end - visible.start;
    const name = text(phase.label);
    return [{ phase, index, name, start: visible.start, span, cutByEdge: right > room + 0.5 }];
  });

  return (
    <div className="phase-bar">
      <div className="phase-bar__list" role="list" aria-label={t('canvas.phases')}>
        {placed.map(({ phase, index, name, start, span, cutByEdge }, order) => {
          const before = placed[order - 1];
          const peek = peekStart({ name, start, span }, before, cutByEdge);
          const left = peek ?? start;
          const headerWidth = start + span - left;
          return (
            <PhaseItem
              key={phase.id}
              id={phase.id}
              name={name}
              left={left}
              width={headerWidth}
              peek={peek !== undefined}
              first={index === 0}
              last={index === phases.length - 1}
              toolsAtEnd={left + PHASE_TOOLS_WIDTH > room}
              anchorRightIn={growsLeft(left, headerWidth, name, room) ? width : undefined}
              editing={editing}
            />
          );
        })}
      </div>
      <button
        type="button"
        className="phase-bar__add"
        style={addStyle}
        onClick={editing.add}
        aria-label={t('canvas.addPhase')}
        title={t('canvas.addPhase')}
      >
        {pinned ? '+' : `+ ${t('canvas.addPhase')}`}
      </button>
    </div>
  );
}

/**
 * Pans the canvas, once per `request`, so a phase is in view, whole, left of the pinned
 * "+" button: a phase added at the end may lie past the pane's right edge, where its input
 * could not be shown (the one being renamed, `editingId`); an empty phase moved first lies
 * left of the steps, where only "P." of its name showed (the one moved).
 */
function useRevealPhase(
  phases: readonly PhaseColumn[],
  phaseId: string | undefined,
  request: string | undefined,
  renamed: boolean,
): void {
  const { getViewport, setViewport } = useReactFlow();
  const { width } = useViewportTransform();
  const revealed = useRef<string | undefined>(undefined);
  const column = phases.find((phase) => phase.id === phaseId);

  useEffect(() => {
    if (!column || request === undefined || revealed.current === request || width === 0) return;
    revealed.current = request;
    const { x, y, zoom } = getViewport();
    const left = x + column.left * zoom;
    const right = headerEnd(left, x + column.right * zoom, renamed);
    // Clear of the button pinned to the bar's right edge: moved as little as that needs.
    const end = width - PINNED_BUTTON_ROOM - 8;
    let shift = 0;
    if (right > end) shift = end - right;
    if (left + shift < 0) shift = -left;
    if (shift !== 0) void setViewport({ x: x + shift, y, zoom });
  }, [column, request, renamed, getViewport, setViewport, width]);
}
