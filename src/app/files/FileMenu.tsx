/**
 * The header's file commands: New, Open (also by dropping a file on the window), Save,
 * and Export (pictures and print of the whole blueprint). Unsaved work is never replaced without asking.
 */
import '../styles/files.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalibrateButton } from '../calibrate/CalibrateButton.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { confirmReplacingWork } from './confirmReplace.ts';
import { type ImportProblems, ImportProblemsDialog } from './ImportProblemsDialog.tsx';
import { importFile } from './importFile.ts';
import { loadTextOffThread } from './loadOffThread.ts';
import { newDocument } from './newBlueprint.ts';
import { RecoveryNotice } from './RecoveryNotice.tsx';
import { saveBlueprintFile } from './saveFile.ts';
import { useFileDrop } from './useFileDrop.ts';
import { useFilePicker } from './useFilePicker.tsx';

export function FileMenu() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const [problems, setProblems] = useState<ImportProblems | null>(null);
  // The file being read and checked (a big one takes seconds, in a worker).
  const [opening, setOpening] = useState<string | null>(null);

  const openFile = useCallback(async (file: File) => {
    setOpening(file.name);
    const outcome = await importFile(file, loadTextOffThread).finally(() => setOpening(null));
    if (outcome.kind === 'refused') {
      setProblems({ fileName: outcome.fileName, findings: outcome.findings });
      return;
    }
    // Asked only now: a file that cannot be opened replaces nothing.
    if (confirmReplacingWork(useBlueprintStore)) {
      useBlueprintStore.getState().openDocument(outcome.document);
    }
  }, []);
  const dragging = useFileDrop(useCallback((file: File) => void openFile(file), [openFile]));
  const picker = useFilePicker({
    accept: '.json,application/json',
    onFile: (file) => void openFile(file),
    testId: 'open-file-input',
  });

  const createNew = () => {
    if (confirmReplacingWork(useBlueprintStore)) {
      useBlueprintStore.getState().openDocument(newDocument());
    }
  };

  const save = async () => {
    if (!blueprint) return;
    const result = await saveBlueprintFile(blueprint, language);
    // Edits made while the dialog was open are not in the file.
    if (result === 'saved' && useBlueprintStore.getState().document?.blueprint === blueprint) {
      useBlueprintStore.getState().markSaved();
    }
  };

  return (
    <div className="file-menu" role="group" aria-label={t('files.menuLabel')}>
      <button type="button" className="files-button" onClick={createNew}>
        {t('files.new')}
      </button>
      <button type="button" className="files-button" onClick={picker.open}>
        {t('files.open')}
      </button>
      {picker.input}
      <CalibrateButton />
      <button
        type="button"
        className="files-button"
        disabled={!blueprint}
        onClick={() => void save()}
      >
        {t('files.save')}
      </button>
      <ExportMenu blueprint={blueprint} />
      {dragging && (
        <div className="file-drop-overlay" aria-hidden="true">
          {t('files.dropHint')}
        </div>
      )}
      {opening !== null && (
        <span className="file-menu__opening" role="status">
          {t('files.opening', { file: opening })}
        </span>
      )}
      {problems && <ImportProblemsDialog problems={problems} onClose={() => setProblems(null)} />}
      <RecoveryNotice />
    </div>
  );
}
