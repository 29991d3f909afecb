/**
 * Why a file could not be opened: the validator's findings, each with its JSON path.
 * A native modal <dialog>: focus moves into it, Escape closes it, the page behind is inert.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../model/index.ts';
import { useFindingText } from '../findings/findingText.ts';

export interface ImportProblems {
  fileName: string;
  /** The findings, shown in the UI language. */
  findings: readonly Finding[];
}

export function ImportProblemsDialog({
  problems,
  onClose,
}: {
  problems: ImportProblems;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useFindingText();
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
      {/* React renders the findings as text only: a label in a hostile file stays text. */}
      <ul className="files-dialog__findings" data-testid="import-problems">
        {problems.findings.map((finding, index) => (
          <li key={index}>
            <code>{finding.path}</code>: {text(finding)}
            {finding.line !== undefined && <> ({t('details.line', { line: finding.line })})</>}
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
