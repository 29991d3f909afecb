/** Downloads the results as CSV (one table, docs/results-format.md) or as JSON (as they are). */
import '../styles/results.css';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { downloadResultsCsv, downloadResultsJson } from './exportResults.ts';

export interface ExportResultsButtonsProps {
  results: Results;
  blueprint: Blueprint;
  /** The file names are `<fileStem>-results.csv` and `<fileStem>-results.json`. */
  fileStem: string;
}

export function ExportResultsButtons({ results, blueprint, fileStem }: ExportResultsButtonsProps) {
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
    </div>
  );
}
