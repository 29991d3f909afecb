/** Appointment slots: a booked time and how many customers are booked for it. */
import { useTranslation } from 'react-i18next';
import { TextField } from './fields.tsx';
import { formatNumber, parseNumber, parseTime } from './numbers.ts';
import { RowsTable } from './RowsTable.tsx';
import { useNumberProblem } from './useInspector.ts';

interface Slot {
  at: string;
  count?: number;
}

export function SlotsTable({
  slots,
  onChange,
}: {
  slots: readonly Slot[];
  onChange: (slots: Slot[]) => void;
}) {
  const { t } = useTranslation();
  const numberProblem = useNumberProblem();
  return (
    <RowsTable
      caption={t('inspector.arrivals.slots')}
      columns={[t('inspector.arrivals.slotAt'), t('inspector.arrivals.slotCount')]}
      rows={slots}
      onChange={onChange}
      newRow={(rows) => ({ at: rows.at(-1)?.at ?? '09:00' })}
      minRows={1}
      cells={(slot, index, replace) => (
        <>
          <td>
            <TextField
              hideLabel
              label={`${t('inspector.arrivals.slotAt')} ${index + 1}`}
              value={slot.at}
              onCommit={(value) => {
                const parsed = parseTime(value);
                if (!parsed.ok) return t('inspector.problem.time');
                replace({ ...slot, at: parsed.value });
                return undefined;
              }}
            />
          </td>
          <td>
            <TextField
              hideLabel
              label={`${t('inspector.arrivals.slotCount')} ${index + 1}`}
              inputMode="numeric"
              value={formatNumber(slot.count ?? 1)}
              onCommit={(value) => {
                const parsed = parseNumber(value, { min: 1, integer: true });
                if (!parsed.ok) return numberProblem(parsed.problem);
                // A single booking is the default: left out, so the file stays minimal.
                replace(
                  parsed.value === 1 ? { at: slot.at } : { at: slot.at, count: parsed.value },
                );
                return undefined;
              }}
            />
          </td>
        </>
      )}
    />
  );
}
