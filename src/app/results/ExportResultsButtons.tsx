/**
 * Downloads the results as CSV (one table, docs/results-format.md) or as JSON (as they
 * are), and a month's run as the month's JSON too.
 */
import '../styles/results.css';
import { useTranslation } from 'react-i18next';
import type { Month } from '../../analysis/month.ts';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { downloadMonthJson, downloadResultsCsv, downloadResultsJson } from './exportResults.ts';

export interface ExportResultsButtonsProps {
  results: Results;
  blueprint: Blueprint;
  /** The file names are `<fileStem>-results.csv` and `<fileStem>-results.json`. */
  fileStem: string;
  /** A month's run: its month, downloaded as `<fileStem>-month.json`. */
  month?: Month | null;
}

export function ExportResultsButtons({
  results,
  blueprint,
  fileStem,
  month,
}: ExportResultsButtonsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div className="results-export" role="group" aria-label={t('results.export.label')}>
      <button
        type="button"
        className="results-button"
        onClick={() => downloadResultsCsv(results, blueprint, fileStem, language)}
      >
        {t('results.export.csv')}
      </button>
      <button
        type="button"
        className="results-button"
        onClick={() => downloadResultsJson(results, fileStem)}
      >
        {t('results.export.json')}
      </button>
      {month && (
        <button
          type="button"
          className="results-button"
          onClick={() => downloadMonthJson(month, fileStem)}
        >
          {t('month.exportJson')}
        </button>
      )}
    </div>
  );
}
