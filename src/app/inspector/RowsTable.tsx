/**
 * An editable table of small rows (day periods, appointment slots): the caller draws a
 * row's cells and gets `replace` to commit one; this table adds and removes rows whole.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<Row> {
  caption: string;
  /** Headers of the caller's columns, left to right. */
  columns: readonly string[];
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** The row "Add" appends, given the rows so far. */
  newRow: (rows: readonly Row[]) => Row;
  cells: (row: Row, index: number, replace: (row: Row) => void) => ReactNode;
  /** Rows that must stay (a profile needs at least one period). */
  minRows?: number;
}

export function RowsTable<Row>({
  caption,
  columns,
  rows,
  onChange,
  newRow,
  cells,
  minRows = 0,
}: Props<Row>) {
  const { t } = useTranslation();
  const replace = (index: number) => (row: Row) =>
    onChange(rows.map((other, i) => (i === index ? row : other)));
  return (
    <table className="inspector-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('inspector.periods.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {cells(row, index, replace(index))}
            <td>
              <button
                type="button"
                className="inspector-icon-button"
                disabled={rows.length <= minRows}
                aria-label={`${t('inspector.periods.remove')} ${index + 1}`}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={columns.length + 1}>
            <button
              type="button"
              className="inspector-button"
              onClick={() => onChange([...rows, newRow(rows)])}
            >
              {t('inspector.periods.add')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
