/** Shows the delete notice over the canvas's foot, with Undo (deleteNotice.ts says when). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlueprintStore } from '../store/appStore.ts';
import { undo } from '../store/blueprintStore.ts';
import { useDeleteNotice } from './deleteNotice.ts';

/** Long enough to read and reach for Undo; Ctrl+Z still works after it. */
const NOTICE_MS = 12_000;

export function DeleteNotice() {
  const { t } = useTranslation();
  const shown = useDeleteNotice((state) => state.shown);
  const dismiss = useDeleteNotice((state) => state.dismiss);
  const blueprint = useBlueprintStore((state) => state.document?.blueprint);
  const current = shown !== null && blueprint === shown.after;
  useEffect(() => {
    if (shown === null) return undefined;
    if (!current) {
      dismiss();
      return undefined;
    }
    const timer = setTimeout(dismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shown, current, dismiss]);
  if (!shown || !current) return null;
  return (
    <div className="delete-notice" role="status">
      <span>
        {t('editor.deleted', {
          steps: t('editor.stepCount', { count: shown.steps }),
          flows: t('editor.flowCount', { count: shown.flows }),
        })}
      </span>
      <button
        type="button"
        className="delete-notice__undo"
        onClick={() => {
          dismiss();
          undo(useBlueprintStore);
        }}
      >
        {t('editor.undo')}
      </button>
      <button
        type="button"
        className="delete-notice__close"
        aria-label={t('editor.dismiss')}
        title={t('editor.dismiss')}
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  );
}
