/** How the log's times are read (its time zone, the order of ambiguous dates) and the width of the arrival bins. */
import { useTranslation } from 'react-i18next';
import type { DateOrder } from '../../calibrate/logs/index.ts';
import { BIN_CHOICES } from './useCalibrationRun.ts';
import type { CalibrationRequest } from './workerApi.ts';

export function ReadSettings({
  request,
  onChange,
}: {
  request: CalibrationRequest;
  onChange: (change: Partial<CalibrationRequest>) => void;
}) {
  const { t } = useTranslation();
  // The zone is typed freely and read again only when committed (Enter or leaving the
  // field); the input is keyed by the zone so a map file's zone replaces what it shows.
  const commitZone = (typed: string) => {
    const trimmed = typed.trim();
    if (trimmed !== '' && trimmed !== request.timeZone) onChange({ timeZone: trimmed });
  };

  return (
    <fieldset className="calibrate-settings">
      <legend>{t('calibrate.settings')}</legend>
      <label className="calibrate-field">
        <span>{t('calibrate.timeZone')}</span>
        <input
          type="text"
          key={request.timeZone}
          defaultValue={request.timeZone}
          spellCheck={false}
          title={t('calibrate.timeZoneHint')}
          data-testid="calibrate-time-zone"
          onBlur={(event) => commitZone(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitZone(event.currentTarget.value);
            }
          }}
        />
      </label>
      <label className="calibrate-field">
        <span>{t('calibrate.dateOrder')}</span>
        <select
          value={request.dateOrder ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ dateOrder: value === '' ? undefined : (value as DateOrder) });
          }}
        >
          <option value="">{t('calibrate.dateOrders.unset')}</option>
          <option value="dmy">{t('calibrate.dateOrders.dmy')}</option>
          <option value="mdy">{t('calibrate.dateOrders.mdy')}</option>
        </select>
      </label>
      <label className="calibrate-field">
        <span>{t('calibrate.binWidth')}</span>
        <select
          value={request.binMinutes}
          data-testid="calibrate-bin-width"
          onChange={(event) => onChange({ binMinutes: Number(event.currentTarget.value) })}
        >
          {BIN_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('calibrate.binMinutes', { minutes })}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
