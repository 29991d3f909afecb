/** Appointment slots: a booked time and how many customers are booked for it. */
import { useTranslation } from 'react-i18next';
import { TextField } from './fields.tsx';
import { formatNumber, parseNumber, parseTime } from './numbers.ts';
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
  const replace = (index: number, slot: Slot) =>
    onChange(slots.map((s, i) => (i === index ? slot : s)));
  return (
    <table className="inspector-table">
      <caption>{t('inspector.arrivals.slots')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.arrivals.slotAt')}</th>
          <th scope="col">{t('inspector.arrivals.slotCount')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('inspector.periods.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot, index) => (
          <tr key={index}>
            <td>
              <TextField
                hideLabel
                label={`${t('inspector.arrivals.slotAt')} ${index + 1}`}
                value={slot.at}
                onCommit={(value) => {
                  const parsed = parseTime(value);
                  if (!parsed.ok) return t('inspector.problem.time');
                  replace(index, { ...slot, at: parsed.value });
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
                  replace(
                    index,
                    parsed.value === 1 ? { at: slot.at } : { at: slot.at, count: parsed.value },
                  );
                  return undefined;
                }}
              />
            </td>
            <td>
              <button
                type="button"
                className="inspector-icon-button"
                disabled={slots.length <= 1}
                aria-label={`${t('inspector.periods.remove')} ${index + 1}`}
                onClick={() => onChange(slots.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <button
              type="button"
              className="inspector-button"
              onClick={() => onChange([...slots, { at: slots.at(-1)?.at ?? '09:00' }])}
            >
              {t('inspector.periods.add')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
