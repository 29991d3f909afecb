/**
 * The palette: a row of step kinds above the canvas. Drag a chip onto a lane to add a
 * step there (PaletteDndContext handles the drop), or click it (Enter) to add one next
 * to the selected step.
 */
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { STEP_KINDS, type StepKind } from '../../model/index.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import '../styles/palette.css';
import { KindChipFace } from './KindChipFace.tsx';
import { chipId, type PaletteDragData } from './kinds.ts';
import { PaletteStatus } from './PaletteStatus.tsx';
import { usePaletteAdd } from './usePaletteAdd.ts';

export function Palette() {
  const { t } = useTranslation();
  const { addNextToSelection } = usePaletteAdd();
  const canEdit = useBlueprintStore((state) => Boolean(state.document?.blueprint));

  return (
    <div className="palette" role="group" aria-label={t('palette.toolbarLabel')}>
      <span className="palette__heading" aria-hidden="true">
        {t('palette.toolbarLabel')}
      </span>
      {STEP_KINDS.map((kind) => (
        <PaletteChip key={kind} kind={kind} disabled={!canEdit} onAdd={addNextToSelection} />
      ))}
      <PaletteStatus />
    </div>
  );
}

interface ChipProps {
  kind: StepKind;
  disabled: boolean;
  onAdd: (kind: StepKind) => void;
}

function PaletteChip({ kind, disabled, onAdd }: ChipProps) {
  const { t } = useTranslation();
  const data: PaletteDragData = { kind };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: chipId(kind),
    data,
    disabled,
    attributes: { roleDescription: t('palette.roleDescription') },
  });

  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`palette-chip palette-chip--${kind}${isDragging ? ' palette-chip--dragging' : ''}`}
      data-kind={kind}
      title={t(`palette.kindHint.${kind}`)}
      {...attributes}
      // Its name when its words give way to a note about the canvas (palette.css).
      aria-label={t(`palette.kind.${kind}`)}
      {...listeners}
      disabled={disabled}
      onClick={() => onAdd(kind)}
    >
      <KindChipFace kind={kind} />
    </button>
  );
}
