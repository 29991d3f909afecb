/** What the last read came to: the log's summary line, or why there is nothing to show. */
import { useTranslation } from 'react-i18next';
import type { MapProblem } from '../../calibrate/logs/index.ts';
import type { CalibrationRun } from './useCalibrationRun.ts';

export function ReadStatus({
  run,
  describeProblem,
}: {
  run: CalibrationRun;
  describeProblem: (problem: MapProblem) => string;
}) {
  const { t } = useTranslation();
  const { outcome, file } = run;
  if (outcome === null || file === null) return null;
  if (outcome.kind === 'cancelled')
    return (
      <p className="calibrate-status" role="status">
        {t('calibrate.cancelled')}
      </p>
    );
  if (outcome.kind === 'unreadable' || outcome.kind === 'failed')
    return (
      <p className="calibrate-error" role="alert">
        {t(outcome.kind === 'unreadable' ? 'calibrate.unreadable' : 'calibrate.failed', {
          reason: outcome.message,
        })}
      </p>
    );
  const { read } = outcome.outcome;
  if (!read.ok)
    return (
      <div className="calibrate-error" role="alert" data-testid="calibrate-not-mapped">
        <p>{t('calibrate.notMapped')}</p>
        <ul>
          {read.problems.map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      </div>
    );
  const { summary } = read;
  const values = {
    kind: t(`calibrate.kind.${summary.kind}`),
    encoding: read.encoding.encoding,
    first: summary.firstDay ?? '',
    last: summary.lastDay ?? '',
    count: summary.days,
    rows: summary.rows,
    used: summary.used,
    skipped: summary.skipped,
  };
  const serial = summary.excelSerialColumns ?? [];
  return (
    <>
      <p className="calibrate-status" role="status" data-testid="calibrate-summary">
        <strong>{t('calibrate.file', { file: file.name })}</strong>{' '}
        {summary.firstDay === undefined
          ? t('calibrate.summaryNoDays', values)
          : t('calibrate.summary', values)}
      </p>
      {serial.length > 0 && (
        // Numbers read as dates are a guess the user should be able to check.
        <p className="calibrate-serial" data-testid="calibrate-excel-serial">
          {t('calibrate.excelSerial', {
            count: serial.length,
            columns: serial
              .map((column) => t('calibrate.quoted', { text: column }))
              .join(t('calibrate.listSeparator')),
          })}
        </p>
      )}
    </>
  );
}
