/**
 * Where the log comes from: a drop zone and a file picker, a map file to load or save, the
 * reading's progress with Cancel, and what the last read came to, in plain words.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeMapProblem, parseLogMap } from '../../calibrate/logs/index.ts';
import { carriesFiles, useFilePicker } from '../files/useFilePicker.tsx';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { byteSize } from './format.ts';
import { languageOf } from './language.ts';
import { useProgress } from './progressFeed.ts';
import { ReadStatus } from './ReadStatus.tsx';
import type { CalibrationRun } from './useCalibrationRun.ts';

export function LogSource({ run }: { run: CalibrationRun }) {
  const { t } = useTranslation();
  const language = languageOf(useUiLanguage());
  const [over, setOver] = useState(false);
  const [mapProblem, setMapProblem] = useState<string | null>(null);

  const loadMapFile = async (file: File) => {
    setMapProblem(null);
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMapProblem(t('calibrate.mapRefused', { file: file.name, reason }));
      return;
    }
    const parsed = parseLogMap(value);
    if (!parsed.ok) {
      const reason = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      setMapProblem(t('calibrate.mapRefused', { file: file.name, reason }));
      return;
    }
    run.loadMap(parsed.map);
  };

  const saveMap = () => {
    const map = run.request.map;
    if (map === undefined) return;
    const full = {
      ...map,
      timeZone: run.request.timeZone,
      ...(run.request.dateOrder ? { dateOrder: run.request.dateOrder } : {}),
    };
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(full, null, 2)}\n`], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${run.file?.name.replace(/\.[^.]*$/, '') ?? 'log'}.map.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  // Drops here are the dialog's: stopped before the window's handler opens them as a blueprint.
  const dragProps = {
    onDragOver: (event: React.DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (event: React.DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.stopPropagation();
      setOver(false);
      const file = event.dataTransfer.files[0];
      if (file) run.chooseFile(file);
    },
  };

  const logPicker = useFilePicker({
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    onFile: run.chooseFile,
    testId: 'calibrate-log-input',
  });
  const mapPicker = useFilePicker({
    accept: '.json,application/json',
    onFile: (file) => void loadMapFile(file),
    testId: 'calibrate-map-input',
  });

  const progress = useProgress(run.progress);
  return (
    <section className="calibrate-source" aria-label={t('calibrate.drop')}>
      <div
        className={`calibrate-drop${over ? ' calibrate-drop--over' : ''}`}
        data-testid="calibrate-drop"
        {...dragProps}
      >
        <span>{t('calibrate.drop')}</span>
        <span className="calibrate-drop__or">{t('calibrate.or')}</span>
        <button type="button" className="files-button" onClick={logPicker.open}>
          {t('calibrate.choose')}
        </button>
        <button type="button" className="files-button" onClick={mapPicker.open}>
          {t('calibrate.loadMap')}
        </button>
        <button
          type="button"
          className="files-button"
          disabled={run.request.map === undefined}
          onClick={saveMap}
        >
          {t('calibrate.saveMap')}
        </button>
      </div>
      {logPicker.input}
      {mapPicker.input}
      {mapProblem !== null && (
        <p className="calibrate-error" role="alert">
          {mapProblem}
        </p>
      )}
      {progress !== null && run.file !== null ? (
        <div className="calibrate-progress" role="status">
          <progress value={progress.bytes} max={Math.max(1, progress.size)} />
          <span className="calibrate-progress__text">
            {/* Every byte read: the fits are being made (a second or so for a million rows). */}
            {t(progress.bytes >= progress.size ? 'calibrate.fitting' : 'calibrate.reading', {
              file: run.file.name,
              percent: Math.floor((100 * progress.bytes) / Math.max(1, progress.size)),
              size: byteSize(progress.size),
            })}
          </span>
          <button type="button" className="files-button" onClick={run.cancel}>
            {t('calibrate.cancelReading')}
          </button>
        </div>
      ) : (
        <ReadStatus run={run} describeProblem={(p) => describeMapProblem(p, language)} />
      )}
    </section>
  );
}
