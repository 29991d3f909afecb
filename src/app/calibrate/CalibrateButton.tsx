/**
 * The header's Calibrate… button, next to the file commands. The dialog and its charts
 * load only when first opened, so the app's start does not pay for them.
 */
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlueprintStore } from '../store/appStore.ts';

const CalibrateDialog = lazy(() =>
  import('./CalibrateDialog.tsx').then((module) => ({ default: module.CalibrateDialog })),
);

export function CalibrateButton() {
  const { t } = useTranslation();
  const hasBlueprint = useBlueprintStore((state) => Boolean(state.document?.blueprint));
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="files-button"
        disabled={!hasBlueprint}
        title={t('calibrate.openHint')}
        onClick={() => setOpen(true)}
      >
        {t('calibrate.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CalibrateDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
