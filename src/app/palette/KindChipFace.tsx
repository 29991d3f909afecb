/** What a chip shows: the kind's shape and its name. Shared by the chip and its drag overlay. */
import { useTranslation } from 'react-i18next';
import type { StepKind } from '../../model/index.ts';
import { KindIcon } from './KindIcon.tsx';

export function KindChipFace({ kind }: { kind: StepKind }) {
  const { t } = useTranslation();
  return (
    <>
      <KindIcon kind={kind} />
      <span className="palette-chip__label">{t(`palette.kind.${kind}`)}</span>
    </>
  );
}
