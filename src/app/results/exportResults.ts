/** The two downloads of a run's results: CSV for spreadsheets, JSON in the documented format. */
import type { Month } from '../../analysis/month.ts';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { downloadBlob } from '../files/saveFile.ts';
import { resultsToCsv, resultsToJson } from './csv.ts';

type Save = (blob: Blob, fileName: string) => void;

/**
 * Spreadsheets read a CSV without a byte order mark in the system's legacy encoding,
 * which garbles Chinese names; with it they read UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

export function downloadResultsCsv(
  results: Results,
  blueprint: Blueprint,
  fileStem: string,
  language: string,
  save: Save = downloadBlob,
): void {
  const text = UTF8_BOM + resultsToCsv(results, blueprint, language);
  save(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileStem}-results.csv`);
}

export function downloadResultsJson(
  results: Results,
  fileStem: string,
  save: Save = downloadBlob,
): void {
  save(
    new Blob([resultsToJson(results)], { type: 'application/json' }),
    `${fileStem}-results.json`,
  );
}

/** A month of day types as `simulate --month --json` writes it (docs/results-format.md, 10). */
export function downloadMonthJson(month: Month, fileStem: string, save: Save = downloadBlob): void {
  save(
    new Blob([`${JSON.stringify(month, null, 2)}\n`], { type: 'application/json' }),
    `${fileStem}-month.json`,
  );
}
