/**
 * Drag and drop from the palette to the canvas (dnd-kit). Wraps the workspace, so the
 * chips above the canvas and the canvas itself share one drag context; needs the React
 * Flow provider above it to turn screen points into canvas points.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDndMonitor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepKind } from '../../model/index.ts';
import { paletteAnnouncements, paletteInstructions } from './announcements.ts';
import { dropPointCollision, dropPointOf, pointerAtEnd } from './dropPoint.ts';
import { KindChipFace } from './KindChipFace.tsx';
import { PALETTE_KEYBOARD_CODES, paletteKeyboardMove } from './keyboard.ts';
import { CANVAS_DROP_ID, kindOf } from './kinds.ts';
import { usePaletteAdd } from './usePaletteAdd.ts';

/** A pointer must move this far (px) before a press becomes a drag; shorter is a click. */
const DRAG_DISTANCE = 6;

export function PaletteDndContext({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<StepKind | null>(null);
  const { addAtScreenPoint } = usePaletteAdd();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: PALETTE_KEYBOARD_CODES,
      coordinateGetter: paletteKeyboardMove,
    }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: paletteAnnouncements(t),
      screenReaderInstructions: paletteInstructions(t),
    }),
    [t],
  );

  const onDragStart = ({ active }: DragStartEvent) => setDragged(kindOf(active) ?? null);
  const onDragEnd = ({ active, over, activatorEvent, delta }: DragEndEvent) => {
    setDragged(null);
    const kind = kindOf(active);
    // Dropping anywhere but the canvas adds nothing.
    if (!kind || over?.id !== CANVAS_DROP_ID) return;
    const point = dropPointOf(pointerAtEnd(activatorEvent, delta), active.rect.current.translated);
    if (point) addAtScreenPoint(kind, point);
  };

  return (
    <DndContext
      sensors={sensors}
      accessibility={accessibility}
      collisionDetection={dropPointCollision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <CanvasDropTarget />
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className={`palette-chip palette-chip--${dragged} palette-chip--overlay`}>
            <KindChipFace kind={dragged} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/**
 * Makes React Flow's own element the drop target. The canvas belongs to another part of
 * the app, so it is found in the DOM rather than wired through props; looked up again at
 * each drag start because the canvas is replaced when no blueprint can be shown.
 */
const CANVAS_SELECTOR = '.app__canvas .react-flow';

function CanvasDropTarget() {
  const { setNodeRef } = useDroppable({ id: CANVAS_DROP_ID });
  const findCanvas = useCallback(
    () => setNodeRef(document.querySelector<HTMLElement>(CANVAS_SELECTOR)),
    [setNodeRef],
  );
  useEffect(findCanvas, [findCanvas]);
  useDndMonitor({ onDragStart: findCanvas });
  return null;
}
