/**
 * The files of data/logs/ and how each one is made (scripts/generate-logs.ts writes
 * them; a test checks the committed bytes are these).
 */
import { csvLine } from './csvText.ts';
import { encodeGbk } from './gbk.ts';
import { loanEventRows } from './loanEventLog.ts';
import { MESSY_BOM_ROWS, MESSY_GBK_ROWS } from './messyLogs.ts';
import { queueTicketRows } from './queueTicketLog.ts';

function csvOf(rows: Iterable<string[]>): string {
  let text = '';
  for (const row of rows) text += `${csvLine(row)}\n`;
  return text;
}

export const LOG_FILES: Record<string, () => Uint8Array> = {
  'counter-deposit-tickets.csv': () => new TextEncoder().encode(csvOf(queueTicketRows())),
  'loan-application-events.csv': () => new TextEncoder().encode(csvOf(loanEventRows())),
  'messy-tickets-gbk.csv': () => encodeGbk(MESSY_GBK_ROWS.map(([line]) => `${line}\r\n`).join('')),
  'messy-tickets-bom.csv': () =>
    new TextEncoder().encode(`\uFEFF${MESSY_BOM_ROWS.map(([line]) => `${line}\n`).join('')}`),
};
