/**
 * The recognised columns, for the user to confirm or change: the kind of log and, for
 * each of its fields, the column it is read from. Collapsed once the log reads well.
 */
import { useTranslation } from 'react-i18next';
import {
  type LogField,
  type LogKind,
  type LogMap,
  REQUIRED_FIELDS,
  fieldsOf,
} from '../../calibrate/logs/index.ts';
import { columnIndexOf, withColumn, withKind } from './mapDraft.ts';

export function ColumnMapping({
  map,
  header,
  readable,
  onChange,
  disabled,
}: {
  map: LogMap;
  header: readonly string[];
  /** false: the last read could not use these columns; the section opens. */
  readable: boolean;
  onChange: (map: LogMap) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const required: readonly LogField[] = REQUIRED_FIELDS[map.kind];
  return (
    <details className="calibrate-columns" open={!readable}>
      <summary>{t('calibrate.columns')}</summary>
      <div className="calibrate-columns__grid">
        <label className="calibrate-field">
          <span>{t('calibrate.logKind')}</span>
          <select
            value={map.kind}
            disabled={disabled}
            onChange={(event) =>
              onChange(withKind(map, header, event.currentTarget.value as LogKind))
            }
          >
            <option value="queue">{t('calibrate.kind.queue')}</option>
            <option value="event">{t('calibrate.kind.event')}</option>
          </select>
        </label>
        {fieldsOf(map.kind).map((field) => {
          const column = columnIndexOf(map.columns[field], header);
          return (
            <label key={field} className="calibrate-field">
              <span>
                {t(`calibrate.field.${field}`)}
                {required.includes(field) && ` ${t('calibrate.required')}`}
              </span>
              <select
                value={column === undefined ? '' : String(column)}
                disabled={disabled}
                data-field={field}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  onChange(
                    withColumn(map, header, field, value === '' ? undefined : Number(value)),
                  );
                }}
              >
                <option value="">{t('calibrate.notInFile')}</option>
                {header.map((name, index) => (
                  <option key={index} value={String(index)}>
                    {`${index + 1}. ${name}`}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </details>
  );
}
