/**
 * Why a file could not be opened: the validator's findings, each with its JSON path.
 * A native modal <dialog>: focus moves into it, Escape closes it, the page behind is inert.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ImportProblems {
  fileName: string;
  lines: readonly string[];
}

export function ImportProblemsDialog({
  problems,
  onClose,
}: {
  problems: ImportProblems;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: its "close" event would report a dismissal the user never
    // made (StrictMode mounts twice); removing the element ends the modal state anyway.
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="files-dialog"
      aria-labelledby="import-problems-title"
      onClose={onClose}
    >
      <h2 id="import-problems-title" className="files-dialog__title">
        {t('files.importFailedTitle', { file: problems.fileName })}
      </h2>
      <p>{t('files.importFailedIntro')}</p>
      {/* The checks word their findings in English; React renders them as text only. */}
      <ul className="files-dialog__findings" lang="en" data-testid="import-problems">
        {problems.lines.map((line, index) => (
          <li key={index}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <form method="dialog" className="files-dialog__actions">
        <button type="submit" className="files-button" autoFocus>
          {t('files.close')}
        </button>
      </form>
    </dialog>
  );
}
